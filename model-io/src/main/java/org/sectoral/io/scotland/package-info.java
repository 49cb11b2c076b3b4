/** Reader for the Scottish Government's input-output tables (industry-by-industry workbook sheet). */
package org.sectoral.io.scotland;

/** Reading and writing input-output tables as Excel workbooks (.xlsx), one sheet per block. */
package org.sectoral.io.excel;

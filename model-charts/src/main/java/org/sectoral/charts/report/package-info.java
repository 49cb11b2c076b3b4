/** Self-contained HTML reports of text, tables and exported charts, without network resources. */
package org.sectoral.charts.report;

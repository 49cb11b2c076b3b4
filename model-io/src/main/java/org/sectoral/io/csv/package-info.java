/** Located reading of delimited text: every cell knows its line and column for error messages. */
package org.sectoral.io.csv;

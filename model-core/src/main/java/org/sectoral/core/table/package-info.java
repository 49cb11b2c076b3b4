/** Input-output tables and their labelled blocks: regions, sectors, keyed vectors and matrices. */
package org.sectoral.core.table;

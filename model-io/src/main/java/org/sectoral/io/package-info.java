/** Reading and writing input-output tables in published and exchange file formats. */
package org.sectoral.io;

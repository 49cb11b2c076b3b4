/** EXIOBASE 3 archives as the publisher distributes them, read straight from the zip. */
package org.sectoral.io.exiobase;

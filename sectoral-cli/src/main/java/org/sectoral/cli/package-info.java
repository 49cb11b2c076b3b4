/** The {@code sectoral} command line (picocli). */
package org.sectoral.cli;

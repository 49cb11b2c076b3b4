/**
 * Structural decomposition analysis: splitting the change in output or value added between two
 * tables into technology, final-demand level, final-demand mix and value-added coefficient
 * effects (Miller &amp; Blair 2009, §13.1; Dietzenbacher &amp; Los 1998).
 */
package org.sectoral.core.sda;

/** Headless export of charts to PNG (with DPI metadata) and SVG (Apache Batik), written atomically. */
package org.sectoral.charts.export;

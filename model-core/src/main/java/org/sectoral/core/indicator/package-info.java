/** Indicators: industrial production indices, contributions and implied weights. */
package org.sectoral.core.indicator;

/** Aggregation of input-output tables by concordances of regions and sectors, flows first. */
package org.sectoral.core.aggregation;

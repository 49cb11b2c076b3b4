/** Value added in trade for national tables: domestic, import and tax content of exports. */
package org.sectoral.core.valueadded;

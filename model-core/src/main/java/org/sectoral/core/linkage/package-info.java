/** Inter-industry linkages: Rasmussen–Hirschman indices, key sectors and hypothetical extraction. */
package org.sectoral.core.linkage;

/**
 * Environmental and social footprints of multi-region tables: pymrio's S, M, D_cba, D_pba, D_imp
 * and D_exp.
 */
package org.sectoral.core.footprint;

/** Dense LU factorizations: pure-Java blocked LU and the commons-math3 reference. */
package org.sectoral.core.internal.dense;

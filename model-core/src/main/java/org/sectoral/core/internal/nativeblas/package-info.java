/** Native OpenBLAS LAPACK through JavaCPP, every call on a dedicated big-stack thread. */
package org.sectoral.core.internal.nativeblas;

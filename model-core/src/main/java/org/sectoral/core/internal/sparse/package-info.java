/** Row-wise matrix storage for iterative solvers: dense rows and compressed sparse rows (CSR). */
package org.sectoral.core.internal.sparse;

/** Numerics behind the public API (factorizations, solvers); not part of the API, may change. */
package org.sectoral.core.internal;

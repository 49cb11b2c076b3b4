/** Iterative solvers of (I−A)·x = f for few right-hand sides on large tables. */
package org.sectoral.core.internal.iterative;

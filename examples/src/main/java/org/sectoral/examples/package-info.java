/** Runnable example simulations and the command-line entry point. */
package org.sectoral.examples;

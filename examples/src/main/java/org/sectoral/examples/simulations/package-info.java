/**
 * The seven example simulations on the Viet Nam southeast model, each a readable class that
 * answers one question with numbers, tables, charts and data files.
 */
package org.sectoral.examples.simulations;

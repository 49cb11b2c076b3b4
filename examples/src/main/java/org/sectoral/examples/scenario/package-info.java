/** JSON scenario files: the analyses of {@code sectoral scenario}, run on a table. */
package org.sectoral.examples.scenario;

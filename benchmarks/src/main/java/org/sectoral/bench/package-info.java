/** JMH benchmarks of the Leontief engine and a reproducible random multi-regional table. */
package org.sectoral.bench;

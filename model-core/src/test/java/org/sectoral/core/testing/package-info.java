/** Test support shared through the test-jar: seeded random economies, fixtures and tolerances. */
package org.sectoral.core.testing;

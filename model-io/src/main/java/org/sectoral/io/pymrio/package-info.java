/** Reading and writing pymrio's saved-system folders, so tables travel to and from Python. */
package org.sectoral.io.pymrio;

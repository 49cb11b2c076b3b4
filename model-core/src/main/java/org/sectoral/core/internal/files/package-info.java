/**
 * Crash-safe file output shared by every Sectoral module (temporary sibling, fsync, atomic
 * move); not part of the API, may change without notice.
 */
package org.sectoral.core.internal.files;

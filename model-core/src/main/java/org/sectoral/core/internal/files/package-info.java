/**
 * Crash-safe file output shared by every Sectoral module: single files through a temporary
 * sibling and an atomic move ({@code AtomicFiles}), whole output folders through a transaction
 * with a manifest, a lock and recovery ({@code OutputFolder}); not part of the API, may change
 * without notice.
 */
package org.sectoral.core.internal.files;

/** Saving an {@link org.sectoral.core.analysis.AnalysisResult} in the folder layout of {@code ./sectoral analyze}. */
package org.sectoral.io.analysis;

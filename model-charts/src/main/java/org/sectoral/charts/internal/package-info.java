/** Implementation helpers of model-charts; not API, may change without notice. */
package org.sectoral.charts.internal;

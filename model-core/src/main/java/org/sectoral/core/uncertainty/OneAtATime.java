package org.sectoral.core.uncertainty;

import com.google.common.collect.ImmutableList;

/**
 * One-at-a-time sensitivity of one output: the baseline value and one {@link Swing} per input,
 * widest first (the order of a tornado chart).
 *
 * @param output the output's label
 * @param baseline the output at the baseline
 * @param lowPercentile the low percentile of every input, in (0, 100)
 * @param highPercentile the high percentile of every input, in (0, 100)
 * @param swings the swings, widest first
 */
public record OneAtATime(String output, double baseline, double lowPercentile,
    double highPercentile, ImmutableList<Swing> swings) {}

package org.sectoral.core.uncertainty;

/**
 * Spearman's rank correlation ρ between the draws of one input and of one output: +1 when the
 * output always rises with the input, −1 when it always falls, 0 without monotone association.
 *
 * @param input the input's name
 * @param output the output's label
 * @param rho ρ in [−1, 1]
 */
public record RankCorrelation(String input, String output, double rho) {}

package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the stated assumptions a Viet Nam model is built with, by the assumption's name
 * (the name of its constant in {@link VietNamAssumptions}, as in {@link Assumption#name()}): one
 * number, or one number per sector code. {@link #defaults()} holds the stated values, which build
 * {@link VietNamModels#southeast2024()}; an uncertainty analysis builds models with drawn values
 * ({@link VietNamUncertainty}). Immutable.
 *
 * <p>Held at their stated values in every model, and so not here: the exchange rate's use for
 * the provinces (a figure derived from two published ones), the origins of imports, the
 * provinces' value added by sector, the park's customers, the surge's sectors and January's
 * Tet-inflated rise.
 */
public final class VietNamInputs {
  private static final VietNamInputs DEFAULTS = new VietNamInputs(ImmutableMap.<String, Double>
      builder()
      .put("VND_PER_USD", VietNamAssumptions.VND_PER_USD)
      .put("MAX_EXPORT_SHARE", VietNamAssumptions.MAX_EXPORT_SHARE)
      .put("GOVERNMENT_SHARE_OF_GDP", VietNamAssumptions.GOVERNMENT_SHARE_OF_GDP)
      .put("PRIOR_CONSUMER_IMPORT_FACTOR", VietNamAssumptions.PRIOR_CONSUMER_IMPORT_FACTOR)
      .put("DVA_TARGET_TEXTILES", VietNamAssumptions.DVA_TARGET_TEXTILES)
      .put("DVA_TARGET_ELECTRONICS", VietNamAssumptions.DVA_TARGET_ELECTRONICS)
      .put("LEATHER_SHARE_OF_D13T15", VietNamAssumptions.LEATHER_SHARE_OF_D13T15)
      .put("LABOUR_SHARE", VietNamAssumptions.LABOUR_SHARE)
      .put("HOUSEHOLD_SHARE_OF_SURPLUS", VietNamAssumptions.HOUSEHOLD_SHARE_OF_SURPLUS)
      .put("EMPLOYMENT", VietNamAssumptions.EMPLOYMENT)
      .put("FLQ_DELTA", VietNamAssumptions.FLQ_DELTA)
      .put("DOMESTIC_FIRM_IMPORT_SHARE", VietNamAssumptions.DOMESTIC_FIRM_IMPORT_SHARE)
      .put("BINH_DUONG_BASE_GROWTH", VietNamAssumptions.BINH_DUONG_BASE_GROWTH)
      .put("PARK_TRILLION_VND", VietNamAssumptions.PARK_TRILLION_VND)
      .put("PARK_OUTPUT_PER_INVESTMENT", VietNamAssumptions.PARK_OUTPUT_PER_INVESTMENT)
      .put("EXPORT_SURGE", VietNamAssumptions.EXPORT_SURGE)
      .buildOrThrow(), ImmutableMap.<String, ImmutableMap<String, Double>>builder()
      .put("VALUE_ADDED_PERCENT_OF_GDP", VietNamAssumptions.VALUE_ADDED_PERCENT_OF_GDP)
      .put("VALUE_ADDED_RATIOS", VietNamAssumptions.VALUE_ADDED_RATIOS)
      .put("EXPORT_SHARE_OF_OUTPUT", VietNamAssumptions.EXPORT_SHARE_OF_OUTPUT)
      .put("OTHER_GOODS_EXPORTS", VietNamAssumptions.OTHER_GOODS_EXPORTS)
      .put("SERVICES_EXPORTS", VietNamAssumptions.SERVICES_EXPORTS)
      .put("GOODS_IMPORTS", VietNamAssumptions.GOODS_IMPORTS)
      .put("SERVICES_IMPORTS", VietNamAssumptions.SERVICES_IMPORTS)
      .put("PRIOR_IMPORT_SHARES", VietNamAssumptions.PRIOR_IMPORT_SHARES)
      .put("PRIOR_CAPITAL_IMPORT_SHARES", VietNamAssumptions.PRIOR_CAPITAL_IMPORT_SHARES)
      .put("EMPLOYMENT_SHARES", VietNamAssumptions.EMPLOYMENT_SHARES)
      .put("FDI_OUTPUT_SHARES", VietNamAssumptions.FDI_OUTPUT_SHARES)
      .put("FDI_EXPORT_SHARES", VietNamAssumptions.FDI_EXPORT_SHARES)
      .put("PARK_SPENDING_SPLIT", VietNamAssumptions.PARK_SPENDING_SPLIT)
      .put("PARK_DOMESTIC_SHARES", VietNamAssumptions.PARK_DOMESTIC_SHARES)
      .buildOrThrow());

  private final ImmutableMap<String, Double> scalars;
  private final ImmutableMap<String, ImmutableMap<String, Double>> vectors;

  private VietNamInputs(ImmutableMap<String, Double> scalars,
      ImmutableMap<String, ImmutableMap<String, Double>> vectors) {
    this.scalars = scalars;
    this.vectors = vectors;
  }

  /** The stated values of {@link VietNamAssumptions}. */
  public static VietNamInputs defaults() {
    return DEFAULTS;
  }

  /** The names of the single-number assumptions. */
  public ImmutableSet<String> scalarNames() {
    return scalars.keySet();
  }

  /** The names of the per-sector assumptions. */
  public ImmutableSet<String> vectorNames() {
    return vectors.keySet();
  }

  /**
   * The value of a single-number assumption.
   *
   * @throws IllegalArgumentException when {@code name} is not one of {@link #scalarNames()}
   */
  public double scalar(String name) {
    Double v = scalars.get(name);
    checkArgument(v != null, "No single-number assumption %s (have %s)", name,
        scalars.keySet());
    return v;
  }

  /**
   * The values of a per-sector assumption by sector code (sectors absent are 0).
   *
   * @throws IllegalArgumentException when {@code name} is not one of {@link #vectorNames()}
   */
  public ImmutableMap<String, Double> vector(String name) {
    ImmutableMap<String, Double> v = vectors.get(name);
    checkArgument(v != null, "No per-sector assumption %s (have %s)", name, vectors.keySet());
    return v;
  }

  /** A per-sector assumption in {@link VietNamSectors#ALL} order, 0 for absent sectors. */
  public double[] inSectorOrder(String name) {
    return VietNamAssumptions.inSectorOrder(vector(name));
  }

  /** These values with one single-number assumption replaced. */
  public VietNamInputs with(String name, double value) {
    scalar(name);
    checkArgument(Double.isFinite(value), "Value of %s is %s", name, value);
    Map<String, Double> m = new LinkedHashMap<>(scalars);
    m.put(name, value);
    return new VietNamInputs(ImmutableMap.copyOf(m), vectors);
  }

  /**
   * These values with one per-sector assumption replaced; its sectors must be the stated
   * ones (the sectors a vector names are part of the model's structure).
   */
  public VietNamInputs with(String name, Map<String, Double> values) {
    checkNotNull(values, "values");
    checkArgument(vector(name).keySet().equals(values.keySet()),
        "Sectors of %s must be %s, not %s", name, vector(name).keySet(), values.keySet());
    values.forEach((k, v) -> checkArgument(v != null && Double.isFinite(v),
        "Value of %s[%s] is %s", name, k, v));
    Map<String, ImmutableMap<String, Double>> m = new LinkedHashMap<>(vectors);
    m.put(name, ImmutableMap.copyOf(values));
    return new VietNamInputs(scalars, ImmutableMap.copyOf(m));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VietNamInputs v && v.scalars.equals(scalars) && v.vectors.equals(vectors);
  }

  @Override
  public int hashCode() {
    return scalars.hashCode() * 31 + vectors.hashCode();
  }

  @Override
  public String toString() {
    return "VietNamInputs" + scalars + vectors;
  }
}

package org.sectoral.core.sda;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Structural decomposition analysis between two tables of the same keys and unit, year 0 and
 * year 1 (Miller &amp; Blair 2009, §13.1; Dietzenbacher &amp; Los 1998). With x = L·f,
 * L = (I−A)⁻¹, f = φ·m (level φ = 1'f, mix m = f/φ) and v = VA/x:
 *
 * <ul>
 *   <li>{@link #outputTwoFactor}: Δx = ½ΔL(f⁰+f¹) + ½(L⁰+L¹)Δf, the average of the two polar
 *       decompositions (Miller &amp; Blair 2009, §13.1);
 *   <li>{@link #output}: Δx into technology ΔL, level Δφ and mix Δm effects;
 *   <li>{@link #valueAdded}: Δ(v̂x) into value-added coefficient Δv, ΔL, Δφ and Δm effects.
 * </ul>
 *
 * Every effect is the average over all k! orderings of the k factors of the one-at-a-time
 * change (the "average of all k! decompositions" of Dietzenbacher &amp; Los 1998, i.e. the
 * Shapley value), so the effects sum to the total change exactly, and for two factors equal the
 * polar average. Tables must be in comparable (constant) prices: deflating is the caller's job.
 *
 * <p>Errors, in every method: {@link SectoralException} {@link ErrorCode#UNKNOWN_KEY} naming the
 * keys in only one table, {@link ErrorCode#DIMENSION_MISMATCH} for the same keys in another
 * order, {@link ErrorCode#NOT_PRODUCTIVE} from the Leontief model of either year;
 * {@link IllegalArgumentException} for different units or, in the level/mix split, a total final
 * demand of zero.
 */
public final class StructuralDecomposition {
  private StructuralDecomposition() {}

  /**
   * Δx = ΔL-effect + Δf-effect, each the average of the two polar forms: technology
   * ½·ΔL·(f⁰ + f¹), final demand ½·(L⁰ + L¹)·Δf (Miller &amp; Blair 2009, §13.1;
   * Dietzenbacher &amp; Los 1998).
   */
  public static Decomposition outputTwoFactor(InputOutputTable year0, InputOutputTable year1) {
    Year[] y = years(year0, year1);
    return decompose("output x = L·f", y, List.of(SdaFactor.TECHNOLOGY, SdaFactor.FINAL_DEMAND),
        mask -> y[bit(mask, 0)].model.solve(y[bit(mask, 1)].f));
  }

  /**
   * Δx for x = L·φ·m into technology (ΔL), final-demand level (Δφ) and final-demand mix (Δm)
   * effects, each averaged over the 3! = 6 orderings (Dietzenbacher &amp; Los 1998;
   * Miller &amp; Blair 2009, §13.1.2).
   */
  public static Decomposition output(InputOutputTable year0, InputOutputTable year1) {
    Year[] y = years(year0, year1);
    return decompose("output x = L·φ·m", y, List.of(SdaFactor.TECHNOLOGY,
        SdaFactor.FINAL_DEMAND_LEVEL, SdaFactor.FINAL_DEMAND_MIX),
        mask -> y[bit(mask, 0)].model.solve(
            scaled(y[bit(mask, 2)].mix(), y[bit(mask, 1)].level)));
  }

  /**
   * Δ(value added by sector) for v̂·L·φ·m into value-added coefficient (Δv), technology (ΔL),
   * level (Δφ) and mix (Δm) effects, each averaged over the 4! = 24 orderings. v = VA/x is value
   * added per unit of output (0 for sectors without output); the measure equals the tables'
   * value-added totals by sector.
   */
  public static Decomposition valueAdded(InputOutputTable year0, InputOutputTable year1) {
    Year[] y = years(year0, year1);
    return decompose("value added v̂·L·φ·m", y, List.of(SdaFactor.VALUE_ADDED_COEFFICIENTS,
        SdaFactor.TECHNOLOGY, SdaFactor.FINAL_DEMAND_LEVEL, SdaFactor.FINAL_DEMAND_MIX),
        mask -> {
          double[] x = y[bit(mask, 1)].model.solve(
              scaled(y[bit(mask, 3)].mix(), y[bit(mask, 2)].level));
          double[] v = y[bit(mask, 0)].vaCoefficients;
          for (int i = 0; i < x.length; i++) {
            x[i] *= v[i];
          }
          return x;
        });
  }

  private static Decomposition decompose(String measure, Year[] y, List<SdaFactor> factors,
      IntFunction<double[]> f) {
    int k = factors.size();
    double[][] effects = Shapley.effects(k, f);
    KeyIndex<RegionSector> keys = y[0].keys;
    String unit = y[0].unit;
    Map<SdaFactor, LabelledVector<RegionSector>> byFactor = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      byFactor.put(factors.get(i), LabelledVector.of(keys, effects[i], unit));
    }
    return new Decomposition(measure, LabelledVector.of(keys, f.apply(0), unit),
        LabelledVector.of(keys, f.apply((1 << k) - 1), unit), byFactor);
  }

  private static int bit(int mask, int i) {
    return (mask >> i) & 1;
  }

  private static double[] scaled(double[] v, double factor) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * factor;
    }
    return out;
  }

  private static Year[] years(InputOutputTable year0, InputOutputTable year1) {
    checkNotNull(year0, "year0");
    checkNotNull(year1, "year1");
    checkArgument(year0.unit().equals(year1.unit()),
        "Tables are in different units: %s and %s", year0.unit(), year1.unit());
    KeyIndex<RegionSector> k0 = year0.keys();
    KeyIndex<RegionSector> k1 = year1.keys();
    if (!k0.equals(k1)) {
      List<String> differ = new ArrayList<>();
      for (RegionSector key : k0.keys()) {
        if (!k1.contains(key)) {
          differ.add(key.toString());
        }
      }
      for (RegionSector key : k1.keys()) {
        if (!k0.contains(key)) {
          differ.add(key.toString());
        }
      }
      if (differ.isEmpty()) {
        throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
            "The tables have the same keys in different orders: %s and %s", k0, k1);
      }
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, differ,
          "Keys in only one of the two tables: %s", differ);
    }
    return new Year[] {new Year(year0), new Year(year1)};
  }

  /** One year's factors: the Leontief model, f, φ, m and v. */
  private static final class Year {
    final KeyIndex<RegionSector> keys;
    final String unit;
    final LeontiefModel model;
    final double[] f;
    final double level;
    final double[] mix;
    final double[] vaCoefficients;
    final String name;

    Year(InputOutputTable t) {
      keys = t.keys();
      unit = t.unit();
      model = LeontiefModel.of(t);
      f = t.finalDemandTotal().toArray();
      double sum = 0;
      for (double value : f) {
        sum += value;
      }
      level = sum;
      mix = level == 0 ? null : scaled(f, 1 / level);
      name = t.name();
      double[] x = t.output().toArray();
      double[] va = t.valueAddedTotal().toArray();
      vaCoefficients = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        vaCoefficients[i] = x[i] == 0 ? 0 : va[i] / x[i];
      }
    }

    /** m = f/φ, which needs φ ≠ 0. */
    double[] mix() {
      checkArgument(mix != null, "Total final demand of %s is zero: no level/mix split", name);
      return mix;
    }
  }
}

package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Ready-made {@link ResultFunction}s. Outputs by sector are labelled by sector code in a
 * national table and {@code REGION/CODE} in a multi-region one.
 */
public final class ResultFunctions {
  private ResultFunctions() {}

  /**
   * Domestic value-added content per unit of final demand by sector dⱼ = (v·Lᵈ)ⱼ
   * (dimensionless; Hummels, Ishii &amp; Yi 2001; {@link ExportContent#domesticValueAdded()}):
   * the domestic value-added share of each sector's exports. Needs a national table with imports.
   */
  public static ResultFunction domesticValueAddedContent() {
    return new DomesticContent();
  }

  /**
   * The domestic value-added share of total exports Σⱼ dⱼeⱼ / Σⱼ eⱼ (one output;
   * {@link ExportContent#domesticShareOfExports()}).
   */
  public static ResultFunction domesticShareOfExports() {
    return new DomesticShare();
  }

  /** Type I or II output multipliers by sector, 1'L (Miller &amp; Blair 2009, §6.2). */
  public static ResultFunction outputMultipliers(MultiplierType type) {
    return new OutputMultipliers(checkNotNull(type, "type"));
  }

  /** Value-added effects per unit of final demand by sector v'L (Type I). */
  public static ResultFunction valueAddedEffects() {
    return new ValueAddedEffects();
  }

  /**
   * Consumption-based footprints by stressor and region, D_cba summed per consuming region
   * ({@link Footprints#consumptionBasedByRegion()}, pymrio's D_cba_reg), labelled
   * {@code stressor/REGION}, in the account's unit.
   */
  public static ResultFunction footprints(String account) {
    return new FootprintsByRegion(checkNotNull(account, "account"));
  }

  /**
   * The change of a measure by sector (scenario − baseline; {@link ScenarioResult#change}) for a
   * scenario made in each draw from the draw's table and input values; the baseline is the draw's
   * own table, so a perturbed table gives a perturbed effect.
   *
   * @param measure one of {@link ScenarioResult#OUTPUT}, {@link ScenarioResult#VALUE_ADDED},
   *     {@link ScenarioResult#INCOME}, {@link ScenarioResult#IMPORTS}
   */
  public static ResultFunction scenarioEffects(ScenarioRecipe recipe, String measure) {
    checkNotNull(recipe, "recipe");
    checkNotNull(measure, "measure");
    return new ScenarioEffects(recipe, measure);
  }

  /**
   * A model of the named input values alone, e.g. a calibrated model rebuilt from its
   * assumptions in each draw.
   *
   * @param labels the outputs' labels, unique
   * @param unit their unit
   * @param function values → outputs, one per label
   */
  public static ResultFunction of(List<String> labels, String unit, ValueFunction function) {
    checkNotNull(labels, "labels");
    checkNotNull(unit, "unit");
    checkNotNull(function, "function");
    checkArgument(!labels.isEmpty(), "No output labels");
    checkArgument(labels.stream().distinct().count() == labels.size(), "Labels repeat: %s",
        labels);
    return new OfValues(ImmutableList.copyOf(labels), unit, function);
  }

  /** Sector labels of a table: codes in a national table, REGION/CODE otherwise. */
  public static List<String> sectorLabels(InputOutputTable table) {
    List<String> out = new ArrayList<>(table.size());
    for (RegionSector k : table.keys().keys()) {
      out.add(table.isNational() ? k.sector().code() : k.toString());
    }
    return out;
  }

  private record DomesticContent() implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return sectorLabels(baseline.table());
    }

    @Override
    public String unit() {
      return "1";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return ExportContent.of(draw.table(), draw.model()).domesticValueAdded().toArray();
    }
  }

  private record DomesticShare() implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return List.of("domestic value-added share of exports");
    }

    @Override
    public String unit() {
      return "1";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return new double[] {ExportContent.of(draw.table(), draw.model()).domesticShareOfExports()};
    }
  }

  private record OutputMultipliers(MultiplierType type) implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return sectorLabels(baseline.table());
    }

    @Override
    public String unit() {
      return "1";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return Multipliers.of(draw.table(), draw.model()).output(type).toArray();
    }
  }

  private record ValueAddedEffects() implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return sectorLabels(baseline.table());
    }

    @Override
    public String unit() {
      return "1";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return Multipliers.of(draw.table(), draw.model())
          .valueAddedEffects(MultiplierType.TYPE_I).toArray();
    }
  }

  private record FootprintsByRegion(String account) implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      InputOutputTable t = baseline.table();
      List<String> out = new ArrayList<>();
      for (Stressor s : t.satellite(account).stressors().keys()) {
        for (Region r : t.regions().keys()) {
          out.add(s.name() + "/" + r.code());
        }
      }
      return out;
    }

    @Override
    public String unit() {
      return "stressor unit";
    }

    @Override
    public double[] evaluate(Draw draw) {
      if (draw.state() != null) {
        return fromCoefficients(draw.state(), draw.model());
      }
      InputOutputTable t = draw.table();
      LabelledMatrix<Stressor, Region> d = Footprints.of(t, draw.model(), t.satellite(account))
          .consumptionBasedByRegion();
      double[] out = new double[d.rowCount() * d.columnCount()];
      for (int q = 0; q < d.rowCount(); q++) {
        for (int r = 0; r < d.columnCount(); r++) {
          out[q * d.columnCount() + r] = d.at(q, r);
        }
      }
      return out;
    }

    /**
     * D_cba_reg straight from the drawn coefficient form, without building the table: M = S·L
     * by k transposed solves on the draw's factorization, then D[q][r] = Σᵢ M[q][i]·Y_agg[r][i]
     * + F_Y[q][r] — the same quantity as {@link Footprints#consumptionBasedByRegion()}, summed
     * in another order.
     */
    private double[] fromCoefficients(WorkingTable.Rebuilt state, LeontiefModel model) {
      BaseForm base = state.base;
      int account = base.satelliteIndex(this.account);
      double[][] m = model.solveTransposedAll(state.satellite(account));
      double[][] y = base.finalDemandByRegion(state.finalDemand());
      int regions = y.length;
      double[] out = new double[m.length * regions];
      double[][] fy = base.finalDemandStressorsByRegion(account);
      for (int q = 0; q < m.length; q++) {
        for (int r = 0; r < regions; r++) {
          double acc = 0;
          double[] mq = m[q];
          double[] yr = y[r];
          for (int i = 0; i < mq.length; i++) {
            acc += mq[i] * yr[i];
          }
          out[q * regions + r] = acc + fy[q][r];
        }
      }
      return out;
    }
  }

  private record ScenarioEffects(ScenarioRecipe recipe, String measure)
      implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return sectorLabels(baseline.table());
    }

    @Override
    public String unit() {
      return "table unit";
    }

    @Override
    public double[] evaluate(Draw draw) {
      InputOutputTable t = draw.table();
      ScenarioResult r = recipe.scenario(t, draw.values()).apply(t);
      if (!r.measures().contains(measure)) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(measure),
            "Scenario measure %s is not one of %s", measure, r.measures());
      }
      return r.change(measure).toArray();
    }
  }

  private record OfValues(ImmutableList<String> labels, String unit, ValueFunction function)
      implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return labels;
    }

    @Override
    public double[] evaluate(Draw draw) {
      return function.evaluate(draw.values());
    }
  }
}

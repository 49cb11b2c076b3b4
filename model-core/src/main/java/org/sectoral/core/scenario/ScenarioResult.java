package org.sectoral.core.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.valueadded.ExportContent;

/**
 * A scenario's table beside its baseline, with per-sector comparisons of each measure:
 * {@value #OUTPUT}, {@value #VALUE_ADDED}, {@value #INCOME} (compensation), {@value #IMPORTS}
 * (imported intermediate inputs) and {@code account/stressor} for satellite rows.
 */
public final class ScenarioResult {
  /** Gross output x. */
  public static final String OUTPUT = "output";
  /** Gross value added 1'V. */
  public static final String VALUE_ADDED = "value added";
  /** Compensation of employees. */
  public static final String INCOME = "income";
  /** Imported intermediate inputs 1'Zᵐ. */
  public static final String IMPORTS = "imports";

  private final Scenario scenario;
  private final InputOutputTable baseline;
  private final InputOutputTable result;

  ScenarioResult(Scenario scenario, InputOutputTable baseline, InputOutputTable result) {
    this.scenario = scenario;
    this.baseline = baseline;
    this.result = result;
  }

  /** The scenario applied. */
  public Scenario scenario() {
    return scenario;
  }

  /** The baseline table. */
  public InputOutputTable baseline() {
    return baseline;
  }

  /** The rebuilt scenario table (the baseline itself for an empty scenario). */
  public InputOutputTable table() {
    return result;
  }

  /** The measures available for both tables. */
  public ImmutableList<String> measures() {
    List<String> m = new ArrayList<>(List.of(OUTPUT, VALUE_ADDED));
    if (baseline.hasValueAdded(ValueAddedComponent.Kind.COMPENSATION)) {
      m.add(INCOME);
    }
    if (baseline.imports().isPresent()) {
      m.add(IMPORTS);
    }
    for (SatelliteAccount s : baseline.satellites().values()) {
      for (Stressor st : s.stressors().keys()) {
        m.add(s.name() + "/" + st.name());
      }
    }
    return ImmutableList.copyOf(m);
  }

  /** A measure by sector in the baseline. */
  public LabelledVector<RegionSector> baselineValue(String measure) {
    return measure(baseline, measure);
  }

  /** A measure by sector in the scenario. */
  public LabelledVector<RegionSector> scenarioValue(String measure) {
    return measure(result, measure);
  }

  /** Scenario − baseline of a measure, by sector. */
  public LabelledVector<RegionSector> change(String measure) {
    return scenarioValue(measure).minus(baselineValue(measure));
  }

  /** Domestic value-added share of exports, baseline (national tables with imports). */
  public double baselineDomesticShareOfExports() {
    return ExportContent.of(baseline).domesticShareOfExports();
  }

  /** Domestic value-added share of exports, scenario. */
  public double scenarioDomesticShareOfExports() {
    return ExportContent.of(result).domesticShareOfExports();
  }

  static LabelledVector<RegionSector> measure(InputOutputTable t, String measure) {
    switch (measure) {
      case OUTPUT:
        return t.output();
      case VALUE_ADDED:
        return t.valueAddedTotal();
      case INCOME:
        return t.valueAdded(ValueAddedComponent.Kind.COMPENSATION);
      case IMPORTS:
        return t.requireImports().columnSums();
      default:
        int slash = measure.indexOf('/');
        if (slash > 0) {
          SatelliteAccount s = t.satellite(measure.substring(0, slash));
          int row = s.stressors().indexOf(Stressor.of(measure.substring(slash + 1), ""));
          String unit = s.stressors().get(row).unit();
          return LabelledVector.of(t.keys(), s.byIndustry().rowArray(row), unit);
        }
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(measure),
            "Unknown measure %s (output, value added, income, imports or account/stressor)",
            measure);
    }
  }
}

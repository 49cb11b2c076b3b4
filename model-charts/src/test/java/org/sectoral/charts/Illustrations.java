package org.sectoral.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Chart inputs derived from {@link TestEconomy}'s core results, with an illustrative split of
 * import content by source country (core has none). Not real data.
 */
final class Illustrations {
  /** Illustrative shares of the import content by source country. */
  static final Map<String, Double> SOURCE_SPLIT = sourceSplit();

  private Illustrations() {}

  private static Map<String, Double> sourceSplit() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("China", 0.40);
    m.put("Korea", 0.25);
    m.put("Japan", 0.15);
    m.put("Rest of world", 0.20);
    return m;
  }

  /** Export decomposition with the import content split by {@link #SOURCE_SPLIT}. */
  static ExportDecomposition decompositionBySource(ExportContent content) {
    ExportDecomposition base = ExportDecomposition.of(content);
    ExportDecomposition.Builder b = ExportDecomposition.builder(base.unit());
    for (String s : base.sectors()) {
      double foreign = base.foreignValueAdded(s, ExportDecomposition.IMPORTED_CONTENT);
      Map<String, Double> bySource = new LinkedHashMap<>();
      SOURCE_SPLIT.forEach((country, share) -> bySource.put(country, share * foreign));
      b.sector(s, base.domesticValueAdded(s), bySource, base.taxes(s));
    }
    return b.build();
  }

  /** Flows of value added (domestic, by source country) into each sector's exports. */
  static ValueAddedFlows flows(ExportContent content, String exporter) {
    ExportDecomposition d = decompositionBySource(content);
    ValueAddedFlows.Builder b = ValueAddedFlows.builder(exporter, d.unit());
    for (String s : d.sectors()) {
      b.flow("Domestic", s, d.domesticValueAdded(s) + d.taxes(s));
      for (String country : d.sources()) {
        b.flow(country, s, d.foreignValueAdded(s, country));
      }
    }
    return b.build();
  }

  /**
   * Localization curves of the table: a share θ of each sector's imported inputs is replaced
   * by domestic inputs in the proportions of its domestic inputs, Aᵈ(θ) = Aᵈ + θ·Aᵈ·diag(m/a)
   * with mⱼ the import and aⱼ the domestic input coefficient sums; the domestic value-added
   * content is then v·(I − Aᵈ(θ))⁻¹.
   */
  static LocalizationCurve localization(InputOutputTable table) {
    LeontiefModel base = LeontiefModel.of(table);
    LabelledMatrix<RegionSector, RegionSector> a = base.technicalCoefficients();
    int n = a.rowCount();
    double[] x = table.output().toArray();
    double[] imports = table.requireImports().columnSums().toArray();
    double[] va = table.valueAddedTotal().toArray();
    double[] v = new double[n];
    double[] m = new double[n];
    double[] colA = a.columnSums().toArray();
    for (int j = 0; j < n; j++) {
      v[j] = va[j] / x[j];
      m[j] = imports[j] / x[j];
    }
    int steps = 11;
    double[] theta = new double[steps];
    double[][] share = new double[n][steps];
    for (int s = 0; s < steps; s++) {
      theta[s] = s / (double) (steps - 1);
      double[][] at = a.toArray();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          at[i][j] += theta[s] * a.at(i, j) * m[j] / colA[j];
        }
      }
      LeontiefModel model = LeontiefModel.ofCoefficients(LabelledMatrix.of(a.rows(),
          a.columns(), at, ""));
      double[] d = model.solveTransposed(v);
      for (int j = 0; j < n; j++) {
        share[j][s] = d[j];
      }
    }
    LocalizationCurve.Builder b = LocalizationCurve.builder();
    List<String> names = Labels.fullNames(table.keys().keys());
    for (int j = 0; j < n; j++) {
      b.curve(names.get(j), theta, share[j]);
    }
    return b.build();
  }

  /** Illustrative industrial production index (2015 = 100) of three sub-sectors, 2015–2024. */
  static TimeSeriesData industrialProduction() {
    int[] years = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024};
    return TimeSeriesData.builder("Index, 2015 = 100")
        .series("Electronics", years,
            new double[] {100, 112, 131, 150, 166, 170, 192, 205, 201, 226})
        .series("Textiles and apparel", years,
            new double[] {100, 106, 111, 118, 124, 112, 118, 126, 121, 129})
        .series("Food processing", years,
            new double[] {100, 104, 109, 114, 119, 121, 124, 129, 134, 139})
        .build();
  }

  /** Illustrative projected domestic value-added share of electronics exports to a 2030 target. */
  static TimeSeriesData localContentPath() {
    int[] past = {2018, 2019, 2020, 2021, 2022, 2023, 2024};
    int[] future = {2024, 2025, 2026, 2027, 2028, 2029, 2030};
    return TimeSeriesData.builder("Domestic value added, % of exports")
        .series("Observed", past, new double[] {24.1, 25.0, 25.6, 26.3, 27.5, 28.0, 28.9})
        .series("Projected: current policies", future,
            new double[] {28.9, 29.7, 30.5, 31.3, 32.0, 32.8, 33.5})
        .series("Projected: supplier programme", future,
            new double[] {28.9, 30.8, 33.0, 35.4, 38.0, 40.8, 43.6})
        .target("2030", 45, "2030 target")
        .build();
  }

  /** Illustrative exports of ten sectors with long names, split by source (billion USD). */
  static ExportDecomposition tenSectors() {
    String[] names = {"Computer, electronic and optical products", "Textiles, wearing apparel",
        "Leather and footwear", "Furniture and other manufacturing",
        "Food products, beverages and tobacco", "Agriculture, forestry and fishing",
        "Basic metals and fabricated metal products", "Rubber and plastics products",
        "Electrical equipment", "Wholesale and retail trade"};
    double[] exports = {120, 40, 22, 17, 15, 14, 11, 9, 8, 5};
    double[] foreign = {0.55, 0.42, 0.35, 0.30, 0.20, 0.08, 0.38, 0.40, 0.45, 0.10};
    ExportDecomposition.Builder b = ExportDecomposition.builder("billion USD");
    for (int i = 0; i < names.length; i++) {
      double f = exports[i] * foreign[i];
      Map<String, Double> bySource = new LinkedHashMap<>();
      double fi = f;
      SOURCE_SPLIT.forEach((country, share) -> bySource.put(country, share * fi));
      double taxes = 0.03 * exports[i];
      b.sector(names[i], exports[i] - f - taxes, bySource, taxes);
    }
    return b.build();
  }

  /** A final-demand change of the table (billion USD). */
  static LabelledVector<RegionSector> shock(InputOutputTable table) {
    return TestEconomy.demandShock(table);
  }
}

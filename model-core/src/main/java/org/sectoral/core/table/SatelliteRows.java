package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The satellite-account rows an {@link InputOutputTableBuilder} collects: stressor rows of F by
 * account, and of F_Y (stressors emitted by final demand, one value per final-demand column).
 */
final class SatelliteRows {
  /** Makes a labelled matrix, naming the block in errors. */
  interface Matrices {
    <R, C> LabelledMatrix<R, C> of(String block, KeyIndex<R> rows, KeyIndex<C> cols,
        double[][] values, String unit);
  }

  private final Map<String, Map<Stressor, double[]>> f = new LinkedHashMap<>();
  private final Map<String, Map<Stressor, double[]>> fy = new LinkedHashMap<>();

  /** Copies the accounts of a table, F_Y aligned to the table's final-demand columns. */
  void copy(InputOutputTable t) {
    KeyIndex<FinalDemandColumn> cols = t.finalDemandColumns();
    for (SatelliteAccount s : t.satellites().values()) {
      Map<Stressor, double[]> rows = new LinkedHashMap<>();
      for (int r = 0; r < s.stressors().size(); r++) {
        rows.put(s.stressors().get(r), s.byIndustry().rowArray(r));
      }
      f.put(s.name(), rows);
      s.byFinalDemand().ifPresent(m -> {
        Map<Stressor, double[]> out = new LinkedHashMap<>();
        for (int r = 0; r < m.rowCount(); r++) {
          double[] v = new double[cols.size()];
          for (int c = 0; c < m.columnCount(); c++) {
            v[cols.indexOf(m.columns().get(c))] = m.at(r, c);
          }
          out.put(m.rows().get(r), v);
        }
        fy.put(s.name(), out);
      });
    }
  }

  void clear() {
    f.clear();
    fy.clear();
  }

  void clearFinalDemand() {
    fy.clear();
  }

  void add(String account, Stressor stressor, double[] values) {
    checkNotNull(account, "account");
    checkNotNull(stressor, "stressor");
    Map<Stressor, double[]> rows = f.computeIfAbsent(account, k -> new LinkedHashMap<>());
    checkArgument(!rows.containsKey(stressor), "Stressor %s given twice in %s", stressor, account);
    rows.put(stressor, checkNotNull(values, "values").clone());
  }

  void addFinalDemand(String account, Stressor stressor, double[] values) {
    checkNotNull(account, "account");
    checkNotNull(stressor, "stressor");
    Map<Stressor, double[]> rows = fy.computeIfAbsent(account, k -> new LinkedHashMap<>());
    checkArgument(!rows.containsKey(stressor), "F_Y of stressor %s given twice in %s", stressor,
        account);
    rows.put(stressor, checkNotNull(values, "values").clone());
  }

  /**
   * The accounts, in the order they were first named.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} for F_Y of an account without F,
   *     {@link ErrorCode#UNKNOWN_KEY} for an F_Y stressor without an F row,
   *     {@link ErrorCode#DIMENSION_MISMATCH} for an F_Y row of the wrong length
   */
  ImmutableMap<String, SatelliteAccount> build(String table, KeyIndex<RegionSector> keys,
      KeyIndex<FinalDemandColumn> fdCols, Matrices matrices) {
    for (String account : fy.keySet()) {
      if (!f.containsKey(account)) {
        throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(account),
            "Table %s: F_Y given for satellite account %s, which has no F rows", table, account);
      }
    }
    ImmutableMap.Builder<String, SatelliteAccount> out = ImmutableMap.builder();
    for (Map.Entry<String, Map<Stressor, double[]>> e : f.entrySet()) {
      String account = e.getKey();
      KeyIndex<Stressor> rows = KeyIndex.of(List.copyOf(e.getValue().keySet()));
      String u = e.getValue().keySet().stream().map(Stressor::unit).distinct().count() == 1
          ? rows.get(0).unit() : "per stressor";
      LabelledMatrix<Stressor, FinalDemandColumn> fyMatrix = null;
      Map<Stressor, double[]> fyRows = fy.get(account);
      if (fyRows != null) {
        double[][] v = new double[rows.size()][fdCols.size()];
        for (Map.Entry<Stressor, double[]> r : fyRows.entrySet()) {
          if (!rows.contains(r.getKey())) {
            throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(r.getKey().name()),
                "Table %s: F_Y stressor %s of %s has no F row", table, r.getKey(), account);
          }
          if (r.getValue().length != fdCols.size()) {
            throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(r.getKey().name()),
                "Table %s: F_Y row %s of %s has %d values for %d final-demand columns", table,
                r.getKey(), account, r.getValue().length, fdCols.size());
          }
          v[rows.indexOf(r.getKey())] = r.getValue();
        }
        fyMatrix = matrices.of("F_Y of satellite " + account, rows, fdCols, v, u);
      }
      out.put(account, SatelliteAccount.of(account, matrices.of("satellite " + account, rows,
          keys, e.getValue().values().toArray(new double[0][]), u), fyMatrix));
    }
    return out.build();
  }
}

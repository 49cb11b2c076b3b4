package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.uncertainty.internal.Streams;
import org.sectoral.core.uncertainty.internal.Variates;

/**
 * Footprint draws skip the table: their D_cba_reg, computed from the drawn coefficients and one
 * factorization, equals pymrio's D_cba_reg ({@link Footprints}) of the table the same draw
 * rebuilds.
 */
class FootprintDrawTest {
  private static final InputOutputTable TABLE = RandomEconomies.multiRegion(3, 6, 20261206L);

  @Test
  void footprintsFromCoefficientsEqualFootprintsOfTheRebuiltTable() {
    for (TablePerturbation p : new TablePerturbation[] {TablePerturbation.coefficients(0.2),
        TablePerturbation.stressors("env", 0.2), TablePerturbation.finalDemand(0.2)}) {
      MonteCarlo mc = MonteCarlo.builder().table(TABLE).perturb(p)
          .result(ResultFunctions.footprints("env")).draws(5).seed(11).build();
      for (int i = 0; i < mc.draws(); i++) {
        WorkingTable w = new WorkingTable(new BaseForm(TABLE));
        p.apply(w, new Variates(Streams.of(11, i, 1)));
        InputOutputTable t = w.rebuild("draw").table();
        LabelledMatrix<Stressor, Region> d = Footprints.of(t, LeontiefModel.of(t),
            t.satellite("env")).consumptionBasedByRegion();
        double[] fast = mc.draw(i).outputs();
        for (int q = 0; q < d.rowCount(); q++) {
          for (int r = 0; r < d.columnCount(); r++) {
            double expected = d.at(q, r);
            assertThat(fast[q * d.columnCount() + r]).as("%s draw %s (%s, %s)", p, i, q, r)
                .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
          }
        }
      }
    }
  }

  @Test
  void theBaselineIsTheTablesOwnFootprint() {
    MonteCarlo mc = MonteCarlo.builder().table(TABLE).perturb(TablePerturbation.coefficients(0))
        .result(ResultFunctions.footprints("env")).draws(2).seed(1).build();
    LabelledMatrix<Stressor, Region> d = Footprints.of(TABLE, "env").consumptionBasedByRegion();
    double[] base = mc.baseline();
    for (int q = 0; q < d.rowCount(); q++) {
      for (int r = 0; r < d.columnCount(); r++) {
        assertThat(base[q * d.columnCount() + r])
            .isCloseTo(d.at(q, r), within(1e-10 * Math.abs(d.at(q, r))));
      }
    }
    assertThat(mc.draw(1).outputs()).containsExactly(base);
  }

  @Test
  void flowDrawsKeepOutputWithoutSolvingForIt() {
    WorkingTable w = new WorkingTable(new BaseForm(TABLE));
    TablePerturbation.flows(0.3).apply(w, new Variates(Streams.of(3, 0, 1)));
    InputOutputTable t = w.rebuild("draw").table();
    assertThat(t.output().toArray()).containsExactly(TABLE.output().toArray());
    assertThat(t.intermediate()).isNotEqualTo(TABLE.intermediate());
  }
}

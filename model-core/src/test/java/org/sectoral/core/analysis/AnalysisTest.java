package org.sectoral.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.TivaIndicators;
import org.sectoral.core.valueadded.ExportContent;

/** One call gives what the separate calls give, for the parts that apply to the table. */
class AnalysisTest {
  @Test
  void nationalTableGetsMultipliersLinkagesAndContentsEqualToTheSeparateCalls() {
    InputOutputTable t = RandomEconomies.national(7, 3);
    HouseholdClosure closure = HouseholdClosure.of(HouseholdIncome.compensation()
        .withSurplusShare(0.2));
    AnalysisResult r = Analysis.of(t, AnalysisOptions.builder().closure(closure).build());
    assertThat(r.tables().keySet()).containsExactly("multipliers", "linkages",
        "value_added_content");
    assertThat(r.has(AnalysisPart.TIVA)).isFalse();
    assertThat(r.tiva()).isEmpty();
    LeontiefModel model = LeontiefModel.of(t);
    Multipliers m = Multipliers.of(t, model, closure);
    ResultTable mt = r.tables().get("multipliers");
    assertThat(mt.columns().subList(2, mt.columns().size()))
        .containsExactlyElementsOf(m.columns().keySet());
    for (int j = 0; j < t.size(); j++) {
      assertThat(mt.text(j, "sector")).isEqualTo(t.keys().get(j).sector().code());
      assertThat(mt.number(j, "output_type2")).isEqualTo(m.output(MultiplierType.TYPE_II).at(j));
    }
    Linkages k = Linkages.of(model);
    ResultTable lt = r.table(AnalysisPart.LINKAGES).orElseThrow();
    for (int j = 0; j < t.size(); j++) {
      assertThat(lt.number(j, "backward_total")).isEqualTo(k.backwardTotal().at(j));
      assertThat(lt.text(j, "class")).isEqualTo(KeySectorClass.of(k.backwardTotal().at(j),
          k.forwardTotal().at(j)).name());
    }
    ExportContent c = ExportContent.of(t);
    ResultTable ct = r.tables().get("value_added_content");
    double sum = 0;
    for (int j = 0; j < t.size(); j++) {
      assertThat(ct.number(j, "domestic_value_added")).isEqualTo(c.domesticValueAdded().at(j));
      // the three contents of a unit of output add up to one (Hummels, Ishii & Yi)
      assertThat(ct.number(j, "domestic_value_added") + ct.number(j, "import_content")
          + ct.number(j, "tax_content")).isCloseTo(1, org.assertj.core.api.Assertions.within(
              1e-12));
      sum += ct.number(j, "domestic_value_added_in_exports");
    }
    assertThat(sum / t.exports().sum()).isCloseTo(c.domesticShareOfExports(),
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void multiRegionTableGetsTivaKwwAndFootprintsWhoseIdentitiesHold() {
    InputOutputTable t = RandomEconomies.multiRegion(3, 4, 17);
    AnalysisResult r = Analysis.of(t);
    assertThat(r.tables().keySet()).containsExactly("multipliers", "linkages", "tiva", "kww");
    assertThat(r.exportContent()).isEmpty();
    assertThat(r.footprints().keySet()).isEqualTo(t.satellites().keySet()).isNotEmpty();
    TivaIndicators tiva = TivaIndicators.of(t);
    ResultTable tt = r.tables().get("tiva");
    assertThat(tt.rowCount()).isEqualTo(tiva.rows().size());
    for (int i = 0; i < tt.rowCount(); i++) {
      assertThat(tt.number(i, "value")).isEqualTo(tiva.rows().get(i).value());
    }
    ResultTable kt = r.tables().get("kww");
    assertThat(kt.rowCount()).isEqualTo(KwwDecomposition.of(t).rows().size());
    // the nine KWW terms of the first country add up to its gross exports (EXGR)
    String country = kt.text(0, "country");
    double terms = 0;
    for (int i = 0; i < kt.rowCount(); i++) {
      if (kt.text(i, "country").equals(country)) {
        terms += kt.number(i, "value");
      }
    }
    assertThat(terms).isCloseTo(tiva.value(country, "EXGR"),
        org.assertj.core.api.Assertions.within(1e-9 * Math.abs(terms)));
    String account = t.satellites().keySet().iterator().next();
    // consumption- and production-based footprints both allocate the whole of F (pymrio)
    assertThat(r.footprints().get(account).consumptionBased().rowSums().sum()).isCloseTo(
        r.footprints().get(account).productionBased().rowSums().sum(),
        org.assertj.core.api.Assertions.within(1e-9 * Math.abs(
            r.footprints().get(account).productionBased().rowSums().sum())));
  }

  @Test
  void partsSolverInverseAndStagesFollowTheOptions() {
    InputOutputTable t = RandomEconomies.national(6, 11);
    List<String> stages = new ArrayList<>();
    AnalysisResult r = Analysis.of(t, AnalysisOptions.builder()
        .parts(AnalysisPart.LINKAGES, AnalysisPart.TIVA)
        .solver(SolverOptions.iterative(1e-13)).withInverse(true)
        .progress((stage, done, residual) -> stages.add(stage + " " + (int) done)).build());
    assertThat(r.tables().keySet()).containsExactly("linkages");
    assertThat(r.multipliers()).isEmpty();
    assertThat(r.has(AnalysisPart.LINKAGES)).isTrue();
    assertThat(stages).containsExactly("model 0", "model 1", "linkages 0", "linkages 1");
    assertThat(r.model().leontiefInverse().rowCount()).isEqualTo(6);
    double[] direct = Linkages.of(LeontiefModel.of(t)).backwardTotal().toArray();
    for (int j = 0; j < direct.length; j++) {
      assertThat(r.tables().get("linkages").number(j, "backward_total")).isCloseTo(direct[j],
          org.assertj.core.api.Assertions.within(1e-10));
    }
    assertThatThrownBy(() -> AnalysisOptions.builder().parts(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AnalysisOptions.defaults().toBuilder().build().parts())
        .containsExactly(AnalysisPart.values());
  }

  @Test
  void aClosureATableCannotUseIsAWarningNotAnError() {
    InputOutputTable t = RandomEconomies.multiRegion(2, 3, 5);
    HouseholdClosure given = HouseholdClosure.of(HouseholdIncome.total(1e9));
    AnalysisResult r = Analysis.of(t, AnalysisOptions.builder().closure(given)
        .parts(AnalysisPart.MULTIPLIERS).build());
    Multipliers m = r.multipliers().orElseThrow();
    if (m.hasTypeII()) {
      assertThat(r.warnings()).noneMatch(w -> w.startsWith("no Type II"));
    } else {
      assertThat(r.warnings()).anyMatch(w -> w.startsWith("no Type II"));
    }
    assertThat(r.solverDiagnostics().largestScaledResidual()).isLessThan(1e-12);
  }

  @Test
  void resultTablesWriteTheCsvOfEveryResultFile() {
    ResultTable t = ResultTable.builder("x", "region", "sector", "value", "n")
        .row("R", "02.1, 02.4", 0.1, 2024).row("R", "say \"hi\"", 1e-20, 7L).build();
    assertThat(t.toCsv()).isEqualTo("region,sector,value,n\nR,\"02.1, 02.4\",0.1,2024\n"
        + "R,\"say \"\"hi\"\"\",1.0E-20,7\n");
    assertThatThrownBy(() -> ResultTable.builder("x", "a").row(new Object[] {null}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResultTable.builder("x", "a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.number(0, "sector")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aModelMadeBeforeGivesTheSameAnalysis() {
    InputOutputTable t = RandomEconomies.multiRegion(3, 40, 23); // 120: the native LU if it loads
    AnalysisOptions o = AnalysisOptions.defaults();
    AnalysisResult fresh = Analysis.of(t, o);
    AnalysisResult reused = Analysis.of(t, LeontiefModel.of(t), o);
    for (String name : fresh.tables().keySet()) {
      assertThat(reused.tables().get(name).toCsv()).as(name)
          .isEqualTo(fresh.tables().get(name).toCsv());
    }
    assertThatThrownBy(() -> Analysis.of(RandomEconomies.multiRegion(3, 5, 1),
        LeontiefModel.of(t), o)).hasMessageContaining("keys differ");
  }
}

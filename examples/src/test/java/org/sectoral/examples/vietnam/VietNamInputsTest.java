package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectoral.core.uncertainty.InputValues;

class VietNamInputsTest {
  @Test
  void defaultsAreTheStatedConstantsAndEveryOneHasARange() {
    VietNamInputs d = VietNamInputs.defaults();
    assertThat(d.scalar("FLQ_DELTA")).isEqualTo(VietNamAssumptions.FLQ_DELTA);
    assertThat(d.vector("EMPLOYMENT_SHARES")).isEqualTo(VietNamAssumptions.EMPLOYMENT_SHARES);
    for (String name : d.scalarNames()) {
      Assumption a = VietNamAssumptions.all().stream().filter(x -> x.name().equals(name))
          .findFirst().orElseThrow();
      assertThat(d.scalar(name)).as(name).isBetween(a.low(), a.high());
    }
    assertThat(d.vectorNames()).allSatisfy(name -> assertThat(VietNamAssumptions.all())
        .anyMatch(a -> a.name().equals(name) && a.low() <= 1 && 1 <= a.high()));
  }

  @Test
  void replacingAValueIsCheckedAndBuildsAnotherModel() {
    VietNamInputs d = VietNamInputs.defaults();
    assertThatThrownBy(() -> d.scalar("NO_SUCH")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.with("FLQ_DELTA", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.with("EMPLOYMENT_SHARES", Map.of("TEX", 1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    VietNamInputs wider = d.with("DVA_TARGET_TEXTILES", 0.55);
    assertThat(wider).isNotEqualTo(d);
    assertThat(wider.with("DVA_TARGET_TEXTILES", 0.50)).isEqualTo(d);
    VietNamModel m = VietNamModels.southeast2024(wider);
    assertThat(m.domesticContent("TEX")).isCloseTo(0.55, within(1e-9));
    assertThat(m.domesticContent("ELE")).isCloseTo(0.37, within(1e-9));
    assertThat(m.inputs()).isEqualTo(wider);
  }

  @Test
  void drawnValuesMapOntoTheAssumptions() {
    VietNamUncertainty u = VietNamUncertainty.stated();
    Map<String, Double> drawn = new LinkedHashMap<>();
    drawn.put(VietNamUncertainty.inputName("EXPORT_SURGE"), 0.05);
    drawn.put(VietNamUncertainty.factorName("FDI_OUTPUT_SHARES"), 1.2);
    drawn.put("Park spending split[Construction]", 0.5);
    drawn.put("Park spending split[Machinery & mechanical]", 0.3);
    VietNamInputs in = u.values(InputValues.of(drawn));
    assertThat(in.scalar("EXPORT_SURGE")).isEqualTo(0.05);
    assertThat(in.scalar("FLQ_DELTA")).isEqualTo(VietNamAssumptions.FLQ_DELTA);
    // shares are capped at 1
    assertThat(in.vector("FDI_OUTPUT_SHARES").get("ELE")).isEqualTo(1.0);
    assertThat(in.vector("FDI_OUTPUT_SHARES").get("TEX")).isCloseTo(0.72, within(1e-12));
    // a drawn split keeps the published total (here 1) on the drawn components
    assertThat(in.vector("PARK_SPENDING_SPLIT").get("CON")).isEqualTo(0.5);
    assertThat(in.vector("PARK_SPENDING_SPLIT").get("MAC")).isEqualTo(0.3);
    assertThat(u.inputs()).hasSize(24);
    assertThat(u.shareGroups()).hasSize(7);
    assertThat(VietNamUncertainty.of(0, 0).inputs()).isEmpty();
    assertThat(VietNamUncertainty.of(0, 0).shareGroups()).isEmpty();
  }
}

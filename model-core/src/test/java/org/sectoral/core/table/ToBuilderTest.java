package org.sectoral.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sectoral.core.testing.RandomEconomies;

class ToBuilderTest {
  @Test
  void rebuiltTableIsIdenticalBlockByBlock() {
    InputOutputTable t = RandomEconomies.national(12, 42);
    InputOutputTable u = t.toBuilder().build();
    assertThat(u.intermediate()).isEqualTo(t.intermediate());
    assertThat(u.finalDemand()).isEqualTo(t.finalDemand());
    assertThat(u.imports()).isEqualTo(t.imports());
    assertThat(u.valueAdded()).isEqualTo(t.valueAdded());
    assertThat(u.productTaxes()).isEqualTo(t.productTaxes());
    assertThat(u.output()).isEqualTo(t.output());
    assertThat(u.satellite("employment").byIndustry())
        .isEqualTo(t.satellite("employment").byIndustry());
    assertThat(u.name()).isEqualTo(t.name());
  }

  @Test
  void clearOutputRecomputesFromRows() {
    InputOutputTable t = RandomEconomies.national(5, 7);
    InputOutputTable u = t.toBuilder().clearOutput().balanceTolerance(1e-9).build();
    for (int i = 0; i < 5; i++) {
      assertThat(u.output().at(i)).isEqualTo(
          t.intermediate().rowSums().at(i) + t.finalDemandTotal().at(i));
    }
  }
}

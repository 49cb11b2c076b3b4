package org.sectoral.io.wiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;

class WiodNiotReaderTest {
  static InputOutputTable load(String name) throws IOException {
    try (InputStream in = WiodNiotReaderTest.class.getResourceAsStream(
        "/fixtures/wiod_2016/" + name)) {
      return WiodNiotReader.create().read(name, in);
    }
  }

  @Test
  void australiaLoadsWithImportsBlock() throws IOException {
    InputOutputTable t = load("AUS_NIOT_2014.csv");
    System.out.println("AUS " + t.balanceReport());
    assertThat(t.regions().get(0).code()).isEqualTo("AUS");
    assertThat(t.sectors().size()).isEqualTo(56);
    assertThat(t.output().get(t.key("A01"))).isCloseTo(70292.03, within(0.005));
    assertThat(t.requireImports().rows().size()).isEqualTo(60);
    assertThat(t.importedFinalDemand()).isPresent();
    assertThat(t.balanceReport().maxRelativeGap()).isLessThan(1e-6);
    assertThat(t.sectors().get(0).name()).startsWith("Crop and animal production");
  }

  @Test
  void unitedStatesLoadsWithImportsBlock() throws IOException {
    InputOutputTable t = load("USA_NIOT_2014.csv");
    System.out.println("USA " + t.balanceReport());
    assertThat(t.output().get(t.key("A01"))).isCloseTo(435775, within(0.5));
    assertThat(t.requireImports().columnSums().sum()).isPositive();
    assertThat(t.balanceReport().maxRelativeGap()).isLessThan(1e-6);
  }
}

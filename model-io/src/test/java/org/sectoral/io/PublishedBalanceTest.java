package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.oecd.OecdIotReader;
import org.sectoral.io.ons.OnsIoatReader;
import org.sectoral.io.wiod.WiodNiotReader;

/**
 * The largest row and column gaps of the published fixtures as loaded (in table units), pinned
 * so a mapping change that breaks an identity shows up: BEL is rounded to 0.1, WIOD and ONS are
 * unrounded.
 */
class PublishedBalanceTest {
  static InputStream open(String path) {
    return PublishedBalanceTest.class.getResourceAsStream(path);
  }

  static double maxAbs(LabelledVector<RegionSector> v) {
    double m = 0;
    for (int i = 0; i < v.size(); i++) {
      m = Math.max(m, Math.abs(v.at(i)));
    }
    return m;
  }

  static void check(InputOutputTable t, double maxRow, double maxColumn) {
    double row = maxAbs(t.balanceReport().rowGaps());
    double col = maxAbs(t.balanceReport().columnGaps());
    System.out.printf(Locale.ROOT, "%s: max |row gap| %.4g, max |column gap| %.4g%n", t.name(),
        row, col);
    assertThat(row).isLessThanOrEqualTo(maxRow);
    assertThat(col).isLessThanOrEqualTo(maxColumn);
  }

  @Test
  void gaps() throws IOException {
    try (InputStream in = open("/fixtures/oecd_bel_2020/BEL2020ttl.csv")) {
      check(OecdIotReader.create().readTotal("BEL2020ttl.csv", in), 0.61, 0.61);
    }
    try (InputStream in = open("/fixtures/wiod_2016/AUS_NIOT_2014.csv")) {
      check(WiodNiotReader.create().read("AUS_NIOT_2014.csv", in), 1e-6, 0.008);
    }
    try (InputStream in = open("/fixtures/wiod_2016/USA_NIOT_2014.csv")) {
      check(WiodNiotReader.create().read("USA_NIOT_2014.csv", in), 1e-6, 0.046);
    }
    String dir = "/fixtures/ons_uk_2010/";
    try (InputStream in = open(dir + "uk_2010_siot_domestic_use_basic_prices_product_by_product.csv");
        InputStream im = open(dir + "uk_2010_imports_use_basic_prices_product_by_product.csv")) {
      check(OnsIoatReader.create().read("siot.csv", in, "imports.csv", im), 1e-6, 1e-3);
    }
  }
}

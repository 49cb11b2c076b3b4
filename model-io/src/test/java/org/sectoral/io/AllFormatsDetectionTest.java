package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.InputOutputTable;

/** Every published fixture is recognised by {@link TableFormats#all()} and loads. */
class AllFormatsDetectionTest {
  @TempDir Path dir;

  private Path copy(String resource, String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void detectsAndReadsPublishedLayouts() throws Exception {
    TableFormats all = TableFormats.all();
    Path bel = copy("/fixtures/oecd_bel_2020/BEL2020ttl.csv", "BEL2020ttl.csv");
    assertThat(all.detect(bel)).contains(PublishedFormat.OECD_IOT);
    assertThat(all.read(bel).size()).isEqualTo(50);
    Path aus = copy("/fixtures/wiod_2016/AUS_NIOT_2014.csv", "AUS_NIOT_2014.csv");
    assertThat(all.detect(aus)).contains(PublishedFormat.WIOD_NIOT);
    assertThat(all.read(aus).requireImports().rowCount()).isGreaterThanOrEqualTo(56);
    Path icio = copy("/icio/ICIO_small_2020.csv", "ICIO_small_2020.csv");
    assertThat(all.detect(icio)).contains(PublishedFormat.OECD_ICIO);
    assertThat(all.read(icio).isNational()).isFalse();
  }

  /**
   * A published table rounded to 0.1 (zero-output rows off by up to 0.6) converts through every
   * writable format and reads back: the balance tolerance it was accepted with travels along.
   */
  @Test
  void roundedPublishedTableSurvivesEveryWritableFormat() throws Exception {
    InputOutputTable bel = TableFormats.all().read(copy("/fixtures/oecd_bel_2020/BEL2020ttl.csv",
        "BEL2020ttl.csv"));
    for (String name : new String[] {"bel.json", "bel.csv", "bel.xlsx", "bel-pymrio",
        "bel.zip"}) {
      Path out = dir.resolve(name);
      TableFormat f = name.endsWith(".json") ? StandardFormat.JSON
          : name.endsWith(".csv") ? StandardFormat.TIDY_CSV
          : name.endsWith(".xlsx") ? PublishedFormat.XLSX : StandardFormat.PYMRIO;
      f.write(bel, out);
      InputOutputTable back = TableFormats.all().read(out);
      assertThat(back.output().toArray()).as(name).isEqualTo(bel.output().toArray());
      assertThat(back.intermediate().toRowMajorArray()).as(name)
          .isEqualTo(bel.intermediate().toRowMajorArray());
      assertThat(back.balanceReport().absoluteTolerance()).as(name)
          .isEqualTo(bel.balanceReport().absoluteTolerance());
    }
  }

  @Test
  void xlsxRoundTripsThroughTheRegistryAndReadOnlyFormatsSaySo() throws Exception {
    InputOutputTable t = TableFormats.all().read(copy("/fixtures/wiod_2016/USA_NIOT_2014.csv",
        "USA_NIOT_2014.csv"));
    Path x = dir.resolve("usa.xlsx");
    PublishedFormat.XLSX.write(t, x);
    assertThat(TableFormats.all().detect(x)).contains(PublishedFormat.XLSX);
    assertThat(TableFormats.all().read(x).output().toArray()).isEqualTo(t.output().toArray());
    assertThatThrownBy(() -> PublishedFormat.WIOD_NIOT.write(t, dir.resolve("w.csv")))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
  }
}

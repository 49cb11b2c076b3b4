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

package org.sectoral.io.exiobase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.PublishedFormat;
import org.sectoral.io.TableFormats;
import org.sectoral.io.pymrio.PymrioOracleTest;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.ValueAddedRow;

/**
 * Small archives in the EXIOBASE 3 distribution layout (made with pymrio, see
 * {@code src/test/resources/exiobase/README.md}) read straight from the zip, against what
 * pymrio's {@code parse_exiobase3} + {@code calc_all} computed from the same archives.
 */
class Exiobase3ReaderTest {
  static Path resource(String name) throws Exception {
    return Path.of(Exiobase3ReaderTest.class.getResource("/exiobase/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"IOT_2022_pxp", "IOT_2011_ixi"})
  void readsArchiveAsPymrioParseExiobase3Does(String archive) throws Exception {
    Path zip = resource(archive + ".zip");
    assertThat(Exiobase3Reader.looksLikeExiobase3(zip)).isTrue();
    assertThat(TableFormats.all().detect(zip)).contains(PublishedFormat.EXIOBASE_3);
    PymrioReader reader = Exiobase3Reader.create().pymrioReader().flowsOnly(true);
    PymrioSystem system = reader.readSystem(zip);
    InputOutputTable t = reader.table(system);
    assertThat(t.unit()).isEqualTo("M.EUR");
    PymrioSystem got = system.calcAll(t, LeontiefModel.of(t), true);
    PymrioOracleTest.assertSameAsPymrio(got, PymrioReader.create().readSystem(
        resource(archive + "_expected")));
  }

  @Test
  void olderReleaseNamesAreRenamedAsPymrioDoes() throws Exception {
    InputOutputTable t = Exiobase3Reader.create().read(resource("IOT_2011_ixi.zip"));
    assertThat(t.regions().keys().stream().map(r -> r.code()).toList())
        .containsExactly("AT", "DE", "WM");
    assertThat(t.satellite("satellite").byFinalDemand()).isPresent(); // F_hh read as F_Y
    PymrioSystem plain = PymrioReader.create().readSystem(resource("IOT_2011_ixi.zip"));
    assertThat(plain.extensions().get("satellite").finalDemandMatrices().keySet())
        .containsExactly("F_hh");
  }

  /** The nine factor inputs of the satellite account, mapped explicitly, balance the columns. */
  @Test
  void factorInputsOfTheSatelliteAsValueAdded() throws Exception {
    Exiobase3Reader reader = Exiobase3Reader.create();
    List<String> rows = List.of("Taxes less subsidies on products purchased: Total",
        "Other net taxes on production",
        "Compensation of employees; wages, salaries, & employers' social contributions:"
            + " Low-skilled",
        "Compensation of employees; wages, salaries, & employers' social contributions:"
            + " Medium-skilled",
        "Compensation of employees; wages, salaries, & employers' social contributions:"
            + " High-skilled",
        "Operating surplus: Consumption of fixed capital", "Operating surplus: Rents on land",
        "Operating surplus: Royalties on resources",
        "Operating surplus: Remaining net operating surplus");
    reader = reader.valueAdded(ValueAddedRow.of("satellite", rows.get(0),
        ValueAddedRow.Target.PRODUCT_TAXES));
    for (String row : rows.subList(1, rows.size())) {
      reader = reader.valueAdded(ValueAddedRow.of("satellite", row));
    }
    InputOutputTable t = reader.read(resource("IOT_2022_pxp.zip"));
    assertThat(t.valueAdded().rowCount()).isEqualTo(8);
    assertThat(t.productTaxes().sum()).isPositive();
    assertThat(t.hasValueAdded(ValueAddedComponent.Kind.COMPENSATION)).isTrue();
    assertThat(t.valueAdded(ValueAddedComponent.Kind.TAXES_ON_PRODUCTION).sum()).isPositive();
    assertThat(t.satellite("satellite").stressors().size()).isEqualTo(3);
    assertThat(t.balanceReport().isBalanced()).isTrue();
  }
}

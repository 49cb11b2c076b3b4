package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartStyleTest {
  @Test
  void defaultsAreRootLocaleAndEightHundredByFiveHundred() {
    ChartStyle s = ChartStyle.defaults();
    assertThat(s.locale()).isEqualTo(Locale.ROOT);
    assertThat(s.width()).isEqualTo(800);
    assertThat(s.height()).isEqualTo(500);
    assertThat(s.numberFormat(1).format(1234.56)).isEqualTo("1,234.6");
    assertThat(s.maxLabelLength()).isEqualTo(48);
    assertThat(s.palette()).isEqualTo(ChartStyle.TABLEAU_10);
  }

  @Test
  void builderCopiesAndLocalizes() {
    ChartStyle de = ChartStyle.defaults().toBuilder().locale(Locale.GERMANY)
        .palette(List.of(Color.RED, Color.BLUE)).build();
    assertThat(de.numberFormat(1).format(1234.56)).isEqualTo("1.234,6");
    assertThat(de.seriesColor(3)).isEqualTo(Color.BLUE);
    assertThat(ChartStyle.defaults().locale()).isEqualTo(Locale.ROOT);
    assertThatThrownBy(() -> ChartStyle.builder().palette(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longLabelsAreAbbreviatedWithAnEllipsisAndKeptUnique() {
    assertThat(Labels.abbreviate("Textiles and apparel", 24)).isEqualTo("Textiles and apparel");
    String cut = Labels.abbreviate("Manufacture of computer, electronic and optical products",
        24);
    assertThat(cut).hasSize(24).isEqualTo("Manufacture of computer\u2026");
    List<String> labels = Labels.shortLabels(List.of(
        "Manufacture of food products and beverages",
        "Manufacture of food products and tobacco"), 24);
    assertThat(labels).doesNotHaveDuplicates();
    assertThat(labels).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(24));
  }
}

package org.sectoral.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

class CellReaderTest {
  private static CellReader reader(String text, char delimiter) {
    return CellReader.of("t", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        delimiter, ReadLimits.defaults());
  }

  private static List<List<String>> rows(String text, char delimiter) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (CellReader r = reader(text, delimiter)) {
      while (r.next()) {
        List<String> row = new ArrayList<>(r.texts());
        row.add(0, Integer.toString(r.line()));
        out.add(row);
      }
    }
    return out;
  }

  /** pymrio's %.12g, our shortest text, and awkward doubles all parse as Double.parseDouble. */
  @Test
  void numbersAreTheDoublesJavaParses() throws IOException {
    Random rnd = new Random(20261206);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> Double.longBitsToDouble(rnd.nextLong());
        case 1 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
        case 2 -> rnd.nextInt(1000) / 8.0;
        default -> Math.exp(rnd.nextGaussian() * 10);
      };
      if (!Double.isFinite(v)) {
        continue;
      }
      cells.add(String.format(Locale.ROOT, "%.12g", v).trim());
      cells.add(Double.toString(v));
      cells.add(String.format(Locale.ROOT, "%.17e", v));
    }
    cells.addAll(List.of("0", "0.0", "-0.0", "+1", "1.", ".5", "1e5", "1E-5", "4.9e-324",
        "2.2250738585072011e-308", "1.7976931348623157e308", "9007199254740993",
        "0.1000000000000000055511151231257827", "123456789012345678901234567890"));
    StringBuilder text = new StringBuilder();
    for (String c : cells) {
      text.append(c).append('\t');
    }
    try (CellReader r = reader(text.toString(), '\t')) {
      assertThat(r.next()).isTrue();
      for (int i = 0; i < cells.size(); i++) {
        double want = Double.parseDouble(cells.get(i));
        assertThat(Double.doubleToRawLongBits(r.number(i, false))).as(cells.get(i))
            .isEqualTo(Double.doubleToRawLongBits(want));
      }
    }
  }

  @Test
  void numberErrorsAreTheSameAsBefore() throws IOException {
    String[][] cases = {{"n/a", "not a number"}, {"1.2.3", "not a number"}, {"--5", "not a number"},
        {"1e", "not a number"}, {"NaN", "NaN or infinite value"},
        {"-Infinity", "NaN or infinite value"}, {"1e400", "NaN or infinite value"},
        {"1.5d", "not a plain number"}, {"0x1p3", "not a plain number"},
        {"-0X1P3", "not a plain number"}, {"2F", "not a plain number"}};
    for (String[] c : cases) {
      try (CellReader r = reader("a\t" + c[0] + "\n", '\t')) {
        r.next();
        TableFormatException e = catchThrowableOfType(TableFormatException.class,
            () -> r.number(1, false));
        assertThat(e.problem()).as(c[0]).isEqualTo(c[1]);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.cell()).isEqualTo(c[0]);
      }
    }
  }

  @Test
  void textRulesBomCrlfBlankLinesTrimAndQuotes() throws IOException {
    String text = "\uFEFFa, b ,\"c,d\"\r\n\r\n  \n\"x\"\"y\",\"multi\nline\",3\n\"\"\nlast,,";
    assertThat(rows(text, ',')).containsExactly(
        List.of("1", "a", "b", "c,d"),
        List.of("4", "x\"y", "multi\nline", "3"),
        List.of("7", "last", "", ""));
  }

  @Test
  void rowsAcrossBufferBoundariesAndLongLines() throws IOException {
    StringBuilder text = new StringBuilder();
    int rows = 3000;
    for (int i = 0; i < rows; i++) {
      text.append("r").append(i);
      for (int c = 0; c < 100 + (i % 7) * 300; c++) {
        text.append('\t').append(i * 1000 + c).append(".25");
      }
      text.append('\n');
    }
    try (CellReader r = reader(text.toString(), '\t')) {
      for (int i = 0; i < rows; i++) {
        assertThat(r.next()).isTrue();
        assertThat(r.line()).isEqualTo(i + 1);
        assertThat(r.text(0)).isEqualTo("r" + i);
        assertThat(r.size()).isEqualTo(101 + (i % 7) * 300);
        assertThat(r.number(r.size() - 1, false)).isEqualTo(i * 1000 + r.size() - 2 + 0.25);
      }
      assertThat(r.next()).isFalse();
    }
  }

  @Test
  void labelsAreDecodedOncePerDistinctText() throws IOException {
    try (CellReader r = reader("Việt Nam\tA\nViệt Nam\tA\n", '\t')) {
      r.next();
      String first = r.text(0);
      r.next();
      assertThat(r.text(0)).isEqualTo("Việt Nam").isSameAs(first);
    }
  }

  @Test
  void malformedQuotesAreLocated() {
    TableFormatException e = catchThrowableOfType(TableFormatException.class,
        () -> rows("a,b\n\"c\"x,d\n", ','));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("not readable as delimited text: invalid char");
    e = catchThrowableOfType(TableFormatException.class, () -> rows("a,\"open\n", ','));
    assertThat(e.problem()).contains("EOF reached before encapsulated token finished");
  }

  @Test
  void nulBytesAreRefused() {
    TableFormatException e = catchThrowableOfType(TableFormatException.class,
        () -> rows("a\tb\u0000c\n", '\t').get(0));
    assertThat(e.problem()).startsWith("NUL byte");
    assertThat(e.column()).isEqualTo(2);
  }
}

package org.sectoral.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOutputTest {
  /**
   * Every written number reads back to the identical double, is never longer than Java 17's
   * {@code Double.toString} and has its layout (1.0E-5, 150.0); where the digits differ, ours
   * are fewer (Java 17 is not always shortest).
   */
  @Test
  void numbersRoundTripAndAreNeverLongerThanDoubleToString() throws IOException {
    Random rnd = new Random(42);
    int shorter = 0;
    for (int i = 0; i < 300_000; i++) {
      double v = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong())
          : rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15);
      if (!Double.isFinite(v)) {
        continue;
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (TextOutput o = TextOutput.of(b)) {
        o.number(v);
      }
      String s = b.toString(StandardCharsets.US_ASCII);
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(s))).as(s)
          .isEqualTo(Double.doubleToRawLongBits(v));
      String jdk = Double.toString(v);
      assertThat(s.length()).as(s + " vs " + jdk).isLessThanOrEqualTo(jdk.length());
      assertThat(s.contains("E")).as(s + " vs " + jdk).isEqualTo(jdk.contains("E"));
      if (!s.equals(jdk)) {
        shorter++;
      }
    }
    assertThat(shorter).isLessThan(3_000); // rare: under 1%
  }

  @Test
  void zerosLabelsAndLargeText() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String big = "é".repeat(100_000);
    try (TextOutput o = TextOutput.of(b)) {
      o.number(0.0).ascii('\t').number(-0.0).ascii('\t').number(150).ascii('\t').number(1e-5)
          .ascii('\t').text("Việt Nam").ascii('\n').text(big);
    }
    assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo("0.0\t-0.0\t150.0\t1.0E-5\tViệt Nam\n"
        + big);
  }
}

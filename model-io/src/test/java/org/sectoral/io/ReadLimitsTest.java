package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  @Test
  void defaultsAndTheSystemProperty() {
    assertThat(ReadLimits.defaults().maxFileBytes()).isEqualTo(2L << 30);
    assertThat(ReadLimits.defaults().maxLineBytes()).isEqualTo(64 << 20);
    String old = System.getProperty(ReadLimits.MAX_FILE_BYTES_PROPERTY);
    try {
      System.setProperty(ReadLimits.MAX_FILE_BYTES_PROPERTY, "8g");
      assertThat(ReadLimits.defaults().maxFileBytes()).isEqualTo(8L << 30);
      System.setProperty(ReadLimits.MAX_FILE_BYTES_PROPERTY, "nope");
      assertThatThrownBy(ReadLimits::defaults).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(ReadLimits.MAX_FILE_BYTES_PROPERTY);
    } finally {
      if (old == null) {
        System.clearProperty(ReadLimits.MAX_FILE_BYTES_PROPERTY);
      } else {
        System.setProperty(ReadLimits.MAX_FILE_BYTES_PROPERTY, old);
      }
    }
  }

  @Test
  void sizesAndDescriptions() {
    assertThat(ReadLimits.parseSize("512m", "x")).isEqualTo(512L << 20);
    assertThat(ReadLimits.parseSize(" 1536 ", "x")).isEqualTo(1536);
    assertThat(ReadLimits.describe(2L << 30)).isEqualTo("2 GiB");
    assertThat(ReadLimits.describe(1000)).isEqualTo("1000 bytes");
    assertThatThrownBy(() -> ReadLimits.parseSize("0", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.ofFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReadLimits.ofFileBytes(10).withMaxLineBytes(2048).maxLineBytes()).isEqualTo(2048);
  }
}

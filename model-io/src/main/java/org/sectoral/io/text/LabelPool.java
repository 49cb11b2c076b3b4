package org.sectoral.io.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes UTF-8 labels and hands out one {@code String} per distinct text: a region code read on
 * a million lines is one object. Looked up by the bytes themselves (open addressing), so a label
 * seen before costs no allocation. Stops pooling past {@value #MAX_ENTRIES} distinct texts.
 */
final class LabelPool {
  static final int MAX_ENTRIES = 1 << 20;

  private byte[][] keys = new byte[1024][];
  private String[] values = new String[1024];
  private int size;

  /** The label of {@code len} bytes at {@code off}. */
  String get(byte[] b, int off, int len) {
    int h = 1;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    for (int k = h & mask; ; k = (k + 1) & mask) {
      byte[] key = keys[k];
      if (key == null) {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        if (size < MAX_ENTRIES) {
          keys[k] = Arrays.copyOfRange(b, off, off + len);
          values[k] = s;
          if (++size * 2 > keys.length) {
            grow();
          }
        }
        return s;
      }
      if (key.length == len && Arrays.equals(key, 0, len, b, off, off + len)) {
        return values[k];
      }
    }
  }

  private void grow() {
    byte[][] oldKeys = keys;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new String[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      byte[] key = oldKeys[i];
      if (key != null) {
        int h = 1;
        for (byte x : key) {
          h = 31 * h + x;
        }
        h ^= h >>> 16;
        int k = h & mask;
        while (keys[k] != null) {
          k = (k + 1) & mask;
        }
        keys[k] = key;
        values[k] = oldValues[i];
      }
    }
  }
}

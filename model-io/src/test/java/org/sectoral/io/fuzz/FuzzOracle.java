package org.sectoral.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.io.TableFormatException;

/**
 * The oracle of every fuzz test: a reader either returns a sound table (finite numbers,
 * dimensions that agree) or throws a located {@link TableFormatException} (with its source) or
 * a coded {@link SectoralException}. Any other throwable escapes the fuzz test and is a finding.
 */
final class FuzzOracle {
  private FuzzOracle() {}

  /** A read that may fail with an {@link IOException}. */
  interface Read<T> {
    T read() throws IOException;
  }

  /** Runs {@code read}; a table must be sound, a failure located or coded. */
  static InputOutputTable table(Read<InputOutputTable> read) throws IOException {
    InputOutputTable t = outcome(read);
    if (t != null) {
      checkSound(t);
    }
    return t;
  }

  /** Runs {@code read}: its result (null after an expected failure) or the unexpected throwable. */
  static <T> T outcome(Read<T> read) throws IOException {
    try {
      return read.read();
    } catch (TableFormatException e) {
      if (e.source() == null || e.source().isEmpty()) {
        throw new AssertionError("TableFormatException without a source: " + e.getMessage(), e);
      }
      return null;
    } catch (SectoralException e) {
      if (e.code() == null) {
        throw new AssertionError("SectoralException without a code: " + e.getMessage(), e);
      }
      return null;
    }
  }

  /** Every block finite and of the table's size. */
  static void checkSound(InputOutputTable t) {
    int n = t.size();
    check(t.intermediate(), n, n, "Z");
    check(t.finalDemand(), n, t.finalDemandColumns().size(), "Y");
    check(t.valueAdded(), t.valueAdded().rowCount(), n, "value added");
    check(t.output(), n, "x");
    check(t.productTaxes(), n, "product taxes");
    t.imports().ifPresent(m -> check(m, m.rowCount(), n, "imports"));
    t.importedFinalDemand().ifPresent(m -> check(m, m.rowCount(),
        t.finalDemandColumns().size(), "imported final demand"));
    for (Map.Entry<String, SatelliteAccount> e : t.satellites().entrySet()) {
      check(e.getValue().byIndustry(), e.getValue().stressors().size(), n, e.getKey());
      e.getValue().byFinalDemand().ifPresent(m -> check(m, e.getValue().stressors().size(),
          t.finalDemandColumns().size(), e.getKey() + " F_Y"));
    }
  }

  private static void check(LabelledMatrix<?, ?> m, int rows, int columns, String name) {
    if (m.rowCount() != rows || m.columnCount() != columns) {
      throw new AssertionError(name + " is " + m.rowCount() + " × " + m.columnCount()
          + ", expected " + rows + " × " + columns);
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        if (!Double.isFinite(m.at(i, j))) {
          throw new AssertionError(name + " has " + m.at(i, j) + " at " + i + ", " + j);
        }
      }
    }
  }

  private static void check(LabelledVector<?> v, int size, String name) {
    if (v.size() != size) {
      throw new AssertionError(name + " has " + v.size() + " entries, expected " + size);
    }
    for (int i = 0; i < size; i++) {
      if (!Double.isFinite(v.at(i))) {
        throw new AssertionError(name + " has " + v.at(i) + " at " + i);
      }
    }
  }

  /** A zip of these entries (name → content), in order, dated 1980 (zip's first day). */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(0); // the same bytes on every run
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

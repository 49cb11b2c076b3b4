package org.sectoral.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * Writes a {@link RandomMrio} table in pymrio's folder format, so the same seeded system can be
 * timed with {@code ./sectoral analyze} and with pymrio's {@code calc_all}:
 * {@code java -cp benchmarks/target/benchmarks.jar org.sectoral.bench.WriteRandomMrio ICIO DIR}.
 */
public final class WriteRandomMrio {
  private WriteRandomMrio() {}

  /** Arguments: size (SMALL, ICIO, EXIOBASE) and the output folder. */
  public static void main(String[] args) throws Exception {
    RandomMrio.Size size = RandomMrio.Size.valueOf(args[0].toUpperCase(Locale.ROOT));
    InputOutputTable t = RandomMrio.of(size);
    PymrioWriter.write(t, Path.of(args[1]));
    System.out.printf(Locale.ROOT, "wrote %s (%d regions × %d sectors) to %s%n", size,
        t.regions().size(), t.sectors().size(), args[1]);
  }
}

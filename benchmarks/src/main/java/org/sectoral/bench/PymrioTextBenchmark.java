package org.sectoral.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * Reading and writing a {@link RandomMrio} pymrio folder (Z, Y, x, unit, two extensions) from
 * and to disk (the page cache): {@code read} is {@code PymrioReader.readSystem} of the flows,
 * {@code write} is {@code PymrioWriter} formatting the same system (no verbatim copies). {@code text} is the numbers'
 * text: {@code sectoral} (shortest round-trip, as Sectoral writes) or {@code pymrio} (Python's
 * {@code %.12g}, as pymrio's {@code save_all} writes). Megabytes per second = the folder's bytes
 * (printed at setup for reading, at tear-down for writing) ÷ the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PymrioTextBenchmark {
  /** A {@link RandomMrio.Size}. */
  @Param({"ICIO"})
  public String size;

  /** {@code sectoral} or {@code pymrio}. */
  @Param({"sectoral", "pymrio"})
  public String text;

  Path dir;
  Path folder;
  Path out;
  PymrioSystem system;
  long written;

  /** Writes the folder (not timed) and reads it once. */
  @Setup
  public void setup() throws IOException {
    dir = Files.createTempDirectory("sectoral-bench-");
    folder = dir.resolve("in");
    out = dir.resolve("out");
    PymrioWriter.write(RandomMrio.of(RandomMrio.Size.valueOf(size)), folder);
    if (text.equals("pymrio")) {
      PandasText.rewrite(folder);
    }
    system = read();
    System.out.printf("%n%s %s folder: %,d bytes%n", size, text, bytes(folder));
  }

  /**
   * Deletes the previous write's folder (not timed): replacing an existing folder makes the atomic
   * write flush the new files to disk first, which would time the disk, not the text.
   */
  @Setup(Level.Invocation)
  public void freshOutput() throws IOException {
    if (Files.isDirectory(out)) {
      if (written == 0) {
        written = bytes(out);
      }
      deleteTree(out);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Prints the written folder's size and deletes the folders. */
  @TearDown
  public void tearDown() throws IOException {
    long w = Files.isDirectory(out) ? bytes(out) : written;
    if (w > 0) {
      System.out.printf("%n%s %s written folder: %,d bytes%n", size, text, w);
    }
    deleteTree(dir);
  }

  /** The bytes of every file under a folder. */
  static long bytes(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Reads the flows. */
  @Benchmark
  public PymrioSystem read() throws IOException {
    return PymrioReader.create().flowsOnly(true).readSystem(folder);
  }

  /** Writes them (Sectoral's text, whatever was read: formatted, not copied from the files). */
  @Benchmark
  public Path write() throws IOException {
    PymrioWriter.create().verbatimCopies(false).toFolder(system, out);
    return out;
  }
}

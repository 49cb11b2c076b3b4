package org.sectoral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the command line in this JVM or in a child JVM (which a test may kill or halt at a
 * step), and takes snapshots of folders, for the crash and full-disk tests.
 */
final class CliProcess {
  /** The system property of the test hooks (see {@code FaultPoints} in model-core). */
  static final String FAULTS = "sectoral.internal.faults";
  /** The exit status of a JVM halted at a step. */
  static final int HALTED = 86;

  private static final java.util.concurrent.atomic.AtomicInteger RUNS =
      new java.util.concurrent.atomic.AtomicInteger();

  private CliProcess() {}

  /** What a run printed and returned. */
  record Result(int code, String out, String err) {
    /** The steps of a traced run: "N STEP" lines in order. */
    List<String> steps() {
      List<String> s = new ArrayList<>();
      for (String line : err.split("\n")) {
        if (line.startsWith("sectoral-fault-point ")) {
          s.add(line.substring("sectoral-fault-point ".length()).trim());
        }
      }
      return s;
    }
  }

  /** Runs in this JVM. */
  static Result inProcess(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SectoralCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs in this JVM with the test hooks armed with {@code faults} (e.g. "fail@3"). */
  static Result withFaults(String faults, String... args) {
    System.setProperty(FAULTS, faults + "|" + RUNS.incrementAndGet()); // a new count each run
    try {
      return inProcess(args);
    } finally {
      System.clearProperty(FAULTS);
    }
  }

  /** Starts the command line in a child JVM, the hooks armed with {@code faults} (or null). */
  static Process start(Path logDir, String faults, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path")));
    if (faults != null) {
      cmd.add("-D" + FAULTS + "=" + faults);
    }
    cmd.add(SectoralCli.class.getName());
    cmd.addAll(Arrays.asList(args));
    Files.createDirectories(logDir);
    return new ProcessBuilder(cmd).redirectOutput(logDir.resolve("out.txt").toFile())
        .redirectError(logDir.resolve("err.txt").toFile()).start();
  }

  /** Runs in a child JVM to its end. */
  static Result child(Path logDir, String faults, String... args) throws Exception {
    Process p = start(logDir, faults, args);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child JVM still running after 120 s: " + List.of(args));
    }
    return new Result(p.exitValue(), Files.readString(logDir.resolve("out.txt")),
        Files.readString(logDir.resolve("err.txt")));
  }

  /** Relative path → bytes of every file below {@code root} (empty when it does not exist). */
  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    if (!Files.exists(root)) {
      return m;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return m;
  }

  /** Whether two snapshots hold the same files with the same bytes. */
  static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Which files differ, for messages. */
  static String difference(Map<String, byte[]> a, Map<String, byte[]> b) {
    List<String> d = new ArrayList<>();
    for (String k : a.keySet()) {
      if (!b.containsKey(k)) {
        d.add("-" + k);
      } else if (!Arrays.equals(a.get(k), b.get(k))) {
        String[] x = text(a.get(k)).split("\n");
        String[] y = text(b.get(k)).split("\n");
        int i = 0;
        while (i < Math.min(x.length, y.length) && x[i].equals(y[i])) {
          i++;
        }
        d.add("~" + k + " line " + (i + 1) + ": " + (i < x.length ? x[i] : "(end)") + " | "
            + (i < y.length ? y[i] : "(end)"));
      }
    }
    for (String k : b.keySet()) {
      if (!a.containsKey(k)) {
        d.add("+" + k);
      }
    }
    return d.size() > 12 ? d.subList(0, 12) + " …" : d.toString();
  }

  /** Replaces {@code root} by the files of a snapshot. */
  static void restore(Path root, Map<String, byte[]> snapshot) throws IOException {
    org.sectoral.core.internal.files.AtomicFiles.deleteRecursively(root);
    for (Map.Entry<String, byte[]> e : snapshot.entrySet()) {
      Path p = root.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
  }

  /** The names in a folder, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Text of bytes, for messages. */
  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}

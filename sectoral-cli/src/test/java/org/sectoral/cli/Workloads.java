package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.json.JsonTableWriter;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * Every command that writes, each as an old and a new run into the same output, on seeded
 * inputs: what the crash and full-disk tests replay. Inputs go to {@code root/in}, outputs below
 * {@code root/out}.
 */
final class Workloads {
  /** A command writing {@code target} (inside {@code parent}), first with old then new args. */
  record Workload(String name, Path parent, Path target, List<String> oldArgs,
      List<String> newArgs, boolean markOld) {
    /** The old output, made by running the old args in this JVM. */
    Map<String, byte[]> makeOld() throws IOException {
      CliProcess.Result r = CliProcess.inProcess(oldArgs.toArray(String[]::new));
      assertThat(r.code()).as("%s: %s", name, r.err()).isZero();
      if (markOld) { // the same content as the new output, told apart by a file of its own
        Files.writeString(target.resolve("OLD.txt"), "old");
        Path manifest = target.resolve(".sectoral-output.json");
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8)
            .replace("\"files\": [", "\"files\": [\n    \"OLD.txt\","), StandardCharsets.UTF_8);
      }
      return CliProcess.tree(target);
    }

    String[] newArgv() {
      return newArgs.toArray(String[]::new);
    }

    /** The same workload writing into a sibling of its parent folder ({@code parent-i}). */
    Workload copy(int i) throws IOException {
      if (i == 0) {
        return this;
      }
      Path p = Files.createDirectories(parent.resolveSibling(parent.getFileName() + "-" + i));
      String from = parent.toString();
      String to = p.toString();
      return new Workload(name + " #" + i, p, p.resolve(parent.relativize(target).toString()),
          oldArgs.stream().map(a -> a.replace(from, to)).toList(),
          newArgs.stream().map(a -> a.replace(from, to)).toList(), markOld);
    }

    /** The new output, made by running the new args in this JVM, traced: (steps, tree). */
    Map<Integer, String> traceNew() {
      java.io.PrintStream original = System.err;
      java.io.ByteArrayOutputStream trace = new java.io.ByteArrayOutputStream();
      System.setErr(new java.io.PrintStream(trace, true, StandardCharsets.UTF_8));
      CliProcess.Result r;
      try {
        r = CliProcess.withFaults("trace", newArgv());
      } finally {
        System.setErr(original);
      }
      assertThat(r.code()).as("%s: %s", name, r.err()).isZero();
      return steps(new CliProcess.Result(0, "", trace.toString(StandardCharsets.UTF_8)));
    }
  }

  final Path in;
  final Path out;

  Workloads(Path root) throws IOException {
    in = Files.createDirectories(root.resolve("in"));
    out = Files.createDirectories(root.resolve("out"));
  }

  /** analyze a seeded multi-region pymrio folder, with L: every kind of file analyze writes. */
  Workload analyze(int regions, int sectors) throws IOException {
    String tag = regions + "x" + sectors;
    Path a = in.resolve("mrio-" + tag + "-a");
    Path b = in.resolve("mrio-" + tag + "-b");
    if (!Files.exists(a)) {
      PymrioWriter.write(RandomEconomies.multiRegion(regions, sectors, 1), a);
      PymrioWriter.write(RandomEconomies.multiRegion(regions, sectors, 2), b);
    }
    Path parent = Files.createDirectories(out.resolve("analyze-" + tag));
    Path t = parent.resolve("analysis");
    return new Workload("analyze " + tag, parent, t,
        List.of("analyze", a.toString(), "--out", t.toString(), "--with-inverse"),
        List.of("analyze", b.toString(), "--out", t.toString(), "--with-inverse"), false);
  }

  /** convert a JSON table to a pymrio folder. */
  Workload convert() throws IOException {
    Path a = table("t-a.json", 1);
    Path b = table("t-b.json", 2);
    Path parent = Files.createDirectories(out.resolve("convert"));
    Path t = parent.resolve("converted");
    return new Workload("convert", parent, t, List.of("convert", a.toString(), t.toString()),
        List.of("convert", b.toString(), t.toString()), false);
  }

  /** scenario: a file with four analyses, run with other values the second time. */
  Workload scenario() throws IOException {
    table("t-a.json", 1);
    Path a = scenarioFile("s-a.json", "0.3", "1.1");
    Path b = scenarioFile("s-b.json", "0.4", "1.2");
    Path parent = Files.createDirectories(out.resolve("scenario"));
    Path t = parent.resolve("results");
    return new Workload("scenario", parent, t, List.of("scenario", a.toString(), "--out",
        t.toString()), List.of("scenario", b.toString(), "--out", t.toString()), false);
  }

  private Path scenarioFile(String name, String theta, String exports) throws IOException {
    return Files.writeString(in.resolve(name), """
        {"table": "t-a.json",
         "analyses": [
          {"type": "scenario", "name": "Exports", "shocks": [
             {"verb": "scaleFinalDemand", "category": "EXPORTS", "sectors": "all", "value": %s}]},
          {"type": "localization", "sectors": ["S1", "S2"], "thetas": [0, %s]},
          {"type": "investment", "spending": {"S1": 600, "S2": 400}},
          {"type": "price", "exogenous": {"sector": "S3", "change": 0.08}}
         ]}""".formatted(exports, theta));
  }

  /** report of a table (report.html and data/*.csv), of another table the second time. */
  Workload report() throws IOException {
    Path a = table("t-a.json", 1);
    Path b = table("t-b.json", 2);
    Path parent = Files.createDirectories(out.resolve("report"));
    Path t = parent.resolve("report");
    return new Workload("report", parent, t, List.of("report", a.toString(), "--out",
        t.toString()), List.of("report", b.toString(), "--out", t.toString()), false);
  }

  /** montecarlo with its draws kept, another seed the second time. */
  Workload monteCarlo() throws IOException {
    Path a = table("t-a.json", 1);
    Path parent = Files.createDirectories(out.resolve("montecarlo"));
    Path t = parent.resolve("mc");
    List<String> common = List.of("montecarlo", a.toString(), "--out", t.toString(),
        "--draws", "40", "--threads", "1", "--keep-draws", "--seed");
    List<String> oldArgs = new ArrayList<>(common);
    oldArgs.add("1");
    List<String> newArgs = new ArrayList<>(common);
    newArgs.add("2");
    return new Workload("montecarlo", parent, t, oldArgs, newArgs, false);
  }

  /** run one simulation (tables, PNG and SVG charts, result.json). */
  Workload run() throws IOException {
    Path parent = Files.createDirectories(out.resolve("sims"));
    List<String> args = List.of("run", "hcmc-industrial-index", "--out", parent.toString());
    return new Workload("run", parent, parent.resolve("hcmc-industrial-index"), args, args, true);
  }

  /**
   * demo: seven simulations, the ranges of the headline estimates (a few draws: the files and
   * charts of the ranges are written as with the default thousand) and the HTML report.
   */
  Workload demo() throws IOException {
    Path parent = Files.createDirectories(out.resolve("demo"));
    Path t = parent.resolve("report");
    List<String> args = List.of("demo", "--out", t.toString(), "--draws", "10");
    return new Workload("demo", parent, t, args, args, true);
  }

  private Path table(String name, long seed) throws IOException {
    Path p = in.resolve(name);
    if (!Files.exists(p)) {
      JsonTableWriter.write(RandomEconomies.national(6, seed), p);
    }
    return p;
  }

  /** The steps of a traced run, "N STEP", as (N → STEP). */
  static Map<Integer, String> steps(CliProcess.Result traced) {
    Map<Integer, String> m = new TreeMap<>();
    for (String s : traced.steps()) {
      int space = s.indexOf(' ');
      m.put(Integer.parseInt(s.substring(0, space)), s.substring(space + 1));
    }
    return m;
  }

  /** The number of the last step named {@code name} (the outer transaction's). */
  static int last(Map<Integer, String> steps, String name) {
    int n = -1;
    for (Map.Entry<Integer, String> e : steps.entrySet()) {
      if (e.getValue().equals(name)) {
        n = e.getKey();
      }
    }
    return n;
  }
}

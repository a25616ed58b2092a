package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Child processes and process memory for the benchmark; its main is the "bare JVM start" baseline. */
public final class Processes {
  private Processes() {}

  /**
   * Does nothing: the baseline of a JVM start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // intentionally empty
  }

  /** The class path of this process's classes: the bench jar, or the test class path when run from folders. */
  static String classPath() throws java.net.URISyntaxException {
    String self = Path.of(Processes.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    return self.endsWith(".jar") ? self : System.getProperty("java.class.path");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
    }
  }

  /** Runs {@code cmd} and returns what it printed on stdout; stderr is passed through. */
  static String output(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
    }
    return out;
  }

  /**
   * The command bin/practice-search runs for a short command (no optimising JIT, serial GC, a class cache),
   * after making the class cache in {@code cache} with a training run of the same command.
   *
   * @param args what follows the JVM options: {@code -jar JAR ...} or {@code -cp PATH MAIN ...}
   */
  static List<String> shortCommand(List<String> args, Path cache) throws IOException, InterruptedException {
    List<String> base = List.of(java(), "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC");
    List<String> cmd = new ArrayList<>(base);
    Files.deleteIfExists(Path.of(cache + ".aot"));
    Files.deleteIfExists(Path.of(cache + ".jsa"));
    boolean jarsOnly = java.util.Arrays.stream(args.get(1).split(java.io.File.pathSeparator))
        .allMatch(e -> e.endsWith(".jar")); // class caches hold classes from jars only (tests run from folders)
    if (jarsOnly && Runtime.version().feature() >= 25) {
      String conf = cache + ".conf";
      List<String> record = new ArrayList<>(base);
      record.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf));
      record.addAll(args);
      run(record);
      // made under the default collector, as the launcher does (JDK 25.0.3 crashes making it under SerialGC)
      String cp = args.get(1); // the jar after -jar, or the class path after -cp
      run(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
          "-XX:AOTCache=" + cache + ".aot", "-XX:ErrorFile=" + cache + ".err", "-cp", cp));
      cmd.add("-XX:AOTCache=" + cache + ".aot");
    } else if (jarsOnly) {
      cmd.addAll(List.of("-XX:SharedArchiveFile=" + cache + ".jsa", "-XX:+AutoCreateSharedArchive"));
      List<String> train = new ArrayList<>(cmd);
      train.addAll(args);
      run(train);
    }
    cmd.addAll(args);
    return cmd;
  }

  /** Runs each command {@code runs} times, alternating them, and returns the median wall time of each in ms. */
  static double[] medianMs(int runs, List<List<String>> cmds) throws IOException, InterruptedException {
    List<List<Double>> ms = new ArrayList<>();
    for (List<String> cmd : cmds) {
      run(cmd); // warm the file cache
      ms.add(new ArrayList<>());
    }
    for (int i = 0; i < runs; i++) {
      for (int c = 0; c < cmds.size(); c++) {
        long start = System.nanoTime();
        run(cmds.get(c));
        ms.get(c).add((System.nanoTime() - start) / 1e6);
      }
    }
    double[] medians = new double[cmds.size()];
    for (int c = 0; c < cmds.size(); c++) {
      Collections.sort(ms.get(c));
      medians[c] = ms.get(c).get(runs / 2);
    }
    return medians;
  }

  /** Peak resident set size of this process in kB (VmHWM), or NaN where /proc is not available. */
  static double peakRssKb() {
    return peakRssKb("self");
  }

  /** Peak resident set size of process {@code pid} ({@code self}: this one) in kB, or NaN if it cannot be read. */
  static double peakRssKb(String pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Double.parseDouble(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}

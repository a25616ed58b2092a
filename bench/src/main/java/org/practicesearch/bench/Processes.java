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

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
    }
  }

  static double medianMs(int runs, List<String> cmd) throws IOException, InterruptedException {
    List<Double> ms = new ArrayList<>();
    run(cmd); // warm the file cache
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(cmd);
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    return ms.get(runs / 2);
  }

  /** Peak resident set size of this process in kB (VmHWM), or NaN where /proc is not available. */
  static double peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
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

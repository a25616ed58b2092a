package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our CLI's {@code index} over a generated JSON Lines file, in a child process with {@code -Xmx1g} and the
 * options {@code bin/practice-search} gives {@code index}: entries/s (whole process), peak heap and peak
 * resident set. The peak heap is the largest heap occupancy the collector saw: the used heap before each
 * collection and at exit, from the JVM's own GC log ({@code -Xlog:gc,gc+exit}); the heap only grows
 * between collections, so no higher value existed. The peak RSS is the child's VmHWM, read every 20 ms while it
 * runs (VmHWM only grows; the last reading is at most 20 ms old).
 */
final class CliIndexProbe {
  private static final Pattern BEFORE_GC = Pattern.compile(" (\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
  private static final Pattern USED_AT_EXIT = Pattern.compile(" heap .*used (\\d+)K");

  /**
   * @param docsPerS entries per second, the whole process
   * @param peakHeapMb the peak heap occupancy, MB
   * @param peakRssMb the peak resident set, MB
   */
  record Result(double docsPerS, double peakHeapMb, double peakRssMb) {}

  private CliIndexProbe() {}

  /**
   * Writes entries {@code 0..docs-1} as JSON Lines into {@code work} (kept for the next run with the same seed
   * and size), indexes them with the CLI into a fresh index there, and measures.
   */
  static Result run(Path cliJar, Path work, CorpusGenerator gen, long seed, long docs) throws Exception {
    Path input = work.resolve("corpus-" + seed + "-" + docs + ".jsonl");
    if (!Files.isRegularFile(input)) {
      Path tmp = work.resolve(input.getFileName() + ".tmp");
      WriteCorpus.write(gen, docs, tmp);
      Files.move(tmp, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Path log = work.resolve("cli-index-gc.log");
    Files.deleteIfExists(log);
    List<String> cmd = new ArrayList<>(List.of(Processes.java(), "--enable-native-access=ALL-UNNAMED",
        "--add-modules", "jdk.incubator.vector", "-Xmx1g", "-Xlog:gc,gc+exit:file=" + log, "-jar",
        cliJar.toString(), "index", "--replace", "--quiet", "--index", work.resolve("cli-index").toString(),
        input.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    double rssKb = 0;
    while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      double kb = Processes.peakRssKb(Long.toString(p.pid())); // NaN once the process has ended
      rssKb = Double.isNaN(kb) ? rssKb : Math.max(rssKb, kb);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (p.exitValue() != 0) {
      throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
    }
    return new Result(docs / seconds, peakHeapMb(Files.readAllLines(log)), rssKb / 1e3);
  }

  /** The largest used heap in a GC log: before any collection, or at exit; MB. */
  static double peakHeapMb(List<String> gcLog) {
    double kb = 0;
    for (String line : gcLog) {
      Matcher m = BEFORE_GC.matcher(line);
      if (m.find()) {
        kb = Math.max(kb, Long.parseLong(m.group(1)) * switch (m.group(2)) {
          case "K" -> 1.0;
          case "M" -> 1024.0;
          default -> 1024.0 * 1024;
        });
      }
      Matcher exit = USED_AT_EXIT.matcher(line);
      if (exit.find()) {
        kb = Math.max(kb, Long.parseLong(exit.group(1)));
      }
    }
    return kb * 1024 / 1e6;
  }
}

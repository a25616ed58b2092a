package org.practicesearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One-thread indexing of both sides, alone, for a profiler: the same entries and writer calls as
 * {@link Bench}'s {@code index_docs_per_s_1t}, in alternated runs (ours first in even runs), so that a flight
 * recording of this process shows where each side spends its time. Prints each run's docs/s, then the medians
 * and their ratio. Usage (the jar of {@code bench/run}): {@code java -XX:StartFlightRecording=filename=idx.jfr
 * -cp bench/target/practice-search-bench.jar org.practicesearch.bench.IndexProfile WORK [N] [RUNS] [SIDES]},
 * WORK a scratch folder (its {@code ours} and {@code raw} subfolders are replaced), N entries (100,000), RUNS
 * pairs of runs (3) after one warm-up pair of N/10, SIDES {@code both} (default), {@code ours} or {@code raw}.
 */
public final class IndexProfile {
  private IndexProfile() {}

  /**
   * @param args the work folder, the number of entries, the number of runs and the sides
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    long n = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String sides = args.length > 3 ? args[3] : "both";
    if (!List.of("both", "ours", "raw").contains(sides)) {
      throw new IllegalArgumentException("unknown sides '" + sides + "'; expected both, ours or raw");
    }
    CorpusGenerator gen = new CorpusGenerator(Bench.SEED, Path.of("seeds"));
    boolean ours = !sides.equals("raw");
    boolean raw = !sides.equals("ours");
    warmUp(gen, work, n / 10, ours, raw);
    double[] o = new double[runs];
    double[] r = new double[runs];
    for (int run = 0; run < runs; run++) {
      boolean oursFirst = run % 2 == 0;
      for (int side = 0; side < 2; side++) {
        boolean doOurs = (side == 0) == oursFirst;
        if (doOurs ? !ours : !raw) {
          continue;
        }
        double rate = n / ((doOurs ? ours(gen, work, n) : raw(gen, work, n)) / 1e9);
        (doOurs ? o : r)[run] = rate;
        System.out.println(String.format(Locale.ROOT, "run %d %s %.0f docs/s", run, doOurs ? "ours" : "raw", rate));
      }
    }
    if (ours && raw) {
      System.out.println(String.format(Locale.ROOT, "median ours %.0f raw %.0f ratio %.3f", Bench.median(o),
          Bench.median(r), Bench.median(o) / Bench.median(r)));
    } else {
      System.out.println(String.format(Locale.ROOT, "median %s %.0f", sides, Bench.median(ours ? o : r)));
    }
  }

  private static void warmUp(CorpusGenerator gen, Path work, long n, boolean ours, boolean raw) throws Exception {
    if (ours) {
      ours(gen, work, n);
    }
    if (raw) {
      raw(gen, work, n);
    }
  }

  private static long ours(CorpusGenerator gen, Path work, long n) throws Exception {
    return SideIndexing.ours(gen, work.resolve("ours"), n, 1);
  }

  private static long raw(CorpusGenerator gen, Path work, long n) throws Exception {
    return SideIndexing.raw(gen, work.resolve("raw"), n, 1);
  }
}

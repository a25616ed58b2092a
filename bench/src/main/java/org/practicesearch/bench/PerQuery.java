package org.practicesearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchTuning;

/**
 * Where a query class's ratio against raw Lucene comes from: the very requests {@code bench/run} measures for it
 * (same seed, after as many warm-up requests), each timed on both sides (thread CPU time, the least of 5
 * alternated tries), then the requests ours is slowest on against raw Lucene, and those around our median.
 *
 * <pre>
 * java -Xmx1g --add-modules jdk.incubator.vector -cp bench/target/practice-search-bench.jar \
 *     org.practicesearch.bench.PerQuery QUERY WORKDIR [QUERIES]
 * </pre>
 *
 * run from the repository root; {@code WORKDIR} is a {@code bench/run --work} directory (its {@code ours} and
 * {@code raw} indexes, made with the default seed), QUERIES the run's {@code --queries} (300 by default, as the
 * documented 1M run).
 */
public final class PerQuery {
  private static final int TRIES = 5;
  private static final int SHOWN = 15;

  private PerQuery() {}

  /**
   * @param args the query class, the work directory, and optionally the number of measured queries
   * @throws IOException if an index cannot be read
   */
  public static void main(String[] args) throws IOException {
    String q = args[0];
    Path work = Path.of(args[1]);
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    CorpusGenerator gen = new CorpusGenerator(Bench.SEED, Path.of("seeds"));
    List<String[]> all = Bench.requests(gen, Bench.SEED, q, queries);
    List<String[]> requests = all.subList(Bench.warmUp(queries), all.size());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int n = requests.size();
    long[] ours = new long[n];
    long[] raw = new long[n];
    long[] totals = new long[n];
    Arrays.fill(ours, Long.MAX_VALUE);
    Arrays.fill(raw, Long.MAX_VALUE);
    try (SearchIndex index = SearchIndex.open(work.resolve("ours"), SearchTuning.DEFAULT.withCountCache(false));
        RawLucene lucene = new RawLucene(work.resolve("raw"))) {
      for (int attempt = -2; attempt < TRIES; attempt++) { // two rounds of warm-up
        for (int i = 0; i < n; i++) {
          String[] x = requests.get(i);
          long start = mx.getCurrentThreadCpuTime();
          totals[i] = index.search(Bench.request(q, x[0], x[1])).total();
          long mid = mx.getCurrentThreadCpuTime();
          lucene.search(x[0], Bench.rawFilters(q, x[1]), Bench.countsFacets(q));
          long end = mx.getCurrentThreadCpuTime();
          if (attempt >= 0) {
            ours[i] = Math.min(ours[i], mid - start);
            raw[i] = Math.min(raw[i], end - mid);
          }
        }
      }
    }
    long[] o = ours.clone();
    long[] w = raw.clone();
    Arrays.sort(o);
    Arrays.sort(w);
    System.out.printf(Locale.ROOT, "%s, %d requests: CPU p50 ours %.2f ms, raw %.2f ms, ratio %.3f%n", q, n,
        o[n / 2] / 1e6, w[n / 2] / 1e6, o[n / 2] / (double) w[n / 2]);
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingLong(i -> raw[i] - ours[i]));
    System.out.println("ours slowest against raw Lucene (ours ms, raw ms, total, text | country):");
    for (int k = 0; k < Math.min(SHOWN, n); k++) {
      print(order[k], ours, raw, totals, requests);
    }
    Arrays.sort(order, Comparator.comparingLong(i -> ours[i]));
    System.out.println("around our median:");
    for (int k = Math.max(0, n / 2 - SHOWN / 2); k < Math.min(n, n / 2 + SHOWN / 2 + 1); k++) {
      print(order[k], ours, raw, totals, requests);
    }
  }

  private static void print(int i, long[] ours, long[] raw, long[] totals, List<String[]> requests) {
    System.out.printf(Locale.ROOT, "%7.2f %7.2f %8d  %s | %s%n", ours[i] / 1e6, raw[i] / 1e6, totals[i],
        requests.get(i)[0], requests.get(i)[1]);
  }
}

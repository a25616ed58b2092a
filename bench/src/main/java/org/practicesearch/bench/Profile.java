package org.practicesearch.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchTuning;

/**
 * One query class on one side, alone, for a profiler: the same requests as {@link Bench} makes, repeated, so a
 * flight recording of this process shows where that class spends its time. Prints p50 and p99 in ms, the same
 * percentiles of the thread's CPU time (steadier than wall time on a shared machine), and the ten slowest texts;
 * given texts, each text's p50 instead.
 * Usage (the jar of {@code bench/run}): {@code java -XX:StartFlightRecording=filename=q4.jfr
 * -cp bench/target/practice-search-bench.jar org.practicesearch.bench.Profile ours|raw|cached QUERY INDEX [N
 * [TEXT...]]}, QUERY a name of {@link Bench#QUERIES}, INDEX a side's index from a {@code bench/run --work DIR}
 * (DIR/ours or DIR/raw), N the number of timed queries (2,000) after as many for warm-up, TEXT a query text
 * to time alone (N times after N for warm-up) with the class's filters.
 */
public final class Profile {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private Profile() {}

  /**
   * @param args the side, the query class, the index directory and the number of queries
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String side = args[0];
    String q = args[1];
    Path dir = Path.of(args[2]);
    int n = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    CorpusGenerator gen = new CorpusGenerator(Bench.SEED, Path.of("seeds"));
    Bench.Search search;
    AutoCloseable closer;
    if (side.equals("raw")) {
      RawLucene raw = new RawLucene(dir);
      search = (x, text, country) -> raw.search(text, Bench.rawFilters(x, country), Bench.countsFacets(x));
      closer = raw;
    } else {
      SearchIndex ours = SearchIndex.open(dir, SearchTuning.DEFAULT.withCountCache(side.equals("cached")));
      search = (x, text, country) -> ours.search(Bench.request(x, text, country));
      closer = ours;
    }
    try (closer) {
      if (args.length > 4) {
        for (String text : java.util.Arrays.asList(args).subList(4, args.length)) {
          Histogram h = new Histogram(3);
          Histogram cpu = new Histogram(3);
          for (int i = 0; i < 2 * n; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            search.search(q, text, gen.country(new SplittableRandom(i)));
            if (i >= n) {
              h.recordValue(System.nanoTime() - start);
              cpu.recordValue(THREADS.getCurrentThreadCpuTime() - startCpu);
            }
          }
          System.out.println(String.format(Locale.ROOT, "%s %s p50 %.3f ms, cpu p50 %.3f ms  %s", side, q,
              h.getValueAtPercentile(50) / 1e6, cpu.getValueAtPercentile(50) / 1e6, text));
        }
        return;
      }
      Histogram h = new Histogram(3);
      Histogram cpu = new Histogram(3);
      java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
      SplittableRandom r = new SplittableRandom(q.hashCode());
      for (int i = 0; i < 2 * n; i++) {
        String text = Bench.text(gen, q, r);
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        search.search(q, text, gen.country(r));
        long ns = System.nanoTime() - start;
        if (i >= n) {
          h.recordValue(ns);
          cpu.recordValue(THREADS.getCurrentThreadCpuTime() - startCpu);
          slowest.put(ns, text);
          if (slowest.size() > 10) {
            slowest.pollFirstEntry();
          }
        }
      }
      System.out.println(String.format(Locale.ROOT, "%s %s p50 %.3f p99 %.3f ms, cpu p50 %.3f p90 %.3f p99 %.3f ms",
          side, q, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
          cpu.getValueAtPercentile(50) / 1e6, cpu.getValueAtPercentile(90) / 1e6, cpu.getValueAtPercentile(99) / 1e6));
      slowest.descendingMap().forEach((ns, text) -> System.out.println(
          String.format(Locale.ROOT, "  %.3f ms  %s", ns / 1e6, text)));
    }
  }
}

package org.practicesearch.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchTuning;

/**
 * One query class on one side, alone, for a profiler: the same requests as {@link Bench} makes, repeated, so a
 * flight recording of this process shows where that class spends its time. Prints p50 and p99 in ms and the
 * ten slowest texts.
 * Usage (the jar of {@code bench/run}): {@code java -XX:StartFlightRecording=filename=q4.jfr
 * -cp bench/target/practice-search-bench.jar org.practicesearch.bench.Profile ours|raw|cached QUERY INDEX [N]},
 * QUERY a name of {@link Bench#QUERIES}, INDEX a side's index from a {@code bench/run --work DIR} (DIR/ours or
 * DIR/raw), N the number of timed queries (2,000) after as many for warm-up.
 */
public final class Profile {
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
    CorpusGenerator gen = new CorpusGenerator(20261122L, Path.of("seeds"));
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
      Histogram h = new Histogram(3);
      java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
      SplittableRandom r = new SplittableRandom(q.hashCode());
      for (int i = 0; i < 2 * n; i++) {
        String text = Bench.text(gen, q, r);
        long start = System.nanoTime();
        search.search(q, text, gen.country(r));
        long ns = System.nanoTime() - start;
        if (i >= n) {
          h.recordValue(ns);
          slowest.put(ns, text);
          if (slowest.size() > 10) {
            slowest.pollFirstEntry();
          }
        }
      }
      System.out.println(String.format(Locale.ROOT, "%s %s p50 %.3f p99 %.3f ms", side, q,
          h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6));
      slowest.descendingMap().forEach((ns, text) -> System.out.println(
          String.format(Locale.ROOT, "  %.3f ms  %s", ns / 1e6, text)));
    }
  }
}

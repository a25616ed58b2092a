package org.practicesearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.practicesearch.search.SearchIndex;

/**
 * The memory measure of one side, in a process of its own so that neither side's memory counts against the
 * other: opens the index (ours through {@link SearchIndex}, or {@link RawLucene}), runs the query mix written
 * by the benchmark, and with the index still open prints its heap after a full GC and its peak resident set,
 * in MB, on one line.
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /**
   * @param args {@code ours|raw}, the index directory, the query file (lines of {@code query<TAB>text<TAB>country},
   *     query being the name of a benchmark query such as {@code q3_facets_all})
   * @throws IOException if the index or the query file cannot be read
   */
  public static void main(String[] args) throws IOException {
    boolean ours = args[0].equals("ours");
    Path dir = Path.of(args[1]);
    List<String[]> queries = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
        .map(l -> l.split("\t", -1)).toList();
    if (ours) {
      try (SearchIndex index = SearchIndex.open(dir)) {
        for (String[] q : queries) {
          index.search(Bench.request(q[0], q[1], q[2]));
        }
        report();
      }
    } else {
      try (RawLucene raw = new RawLucene(dir)) {
        for (String[] q : queries) {
          raw.search(q[1], Bench.rawFilters(q[0], q[2]), Bench.countsFacets(q[0]));
        }
        report();
      }
    }
  }

  private static void report() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    System.out.println(String.format(Locale.ROOT, "%.3f %.3f", heap, Processes.peakRssKb() / 1e3));
  }
}

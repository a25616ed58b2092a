package org.practicesearch.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15's targets, each with the value this run measured and whether it is met: the summary at the end of
 * {@code bench/run}. The targets are set at 1M entries with {@code -Xmx1g}; at other sizes they are printed
 * for orientation.
 */
final class TargetTable {
  /** Which figure of a measure a target reads. */
  enum Side { OURS, RATIO }

  /**
   * @param target what the issue asks, in words
   * @param measure the benchmark measure
   * @param side which of its figures
   * @param op {@code <=}, {@code <} or {@code >=}
   * @param limit the limit
   */
  record Target(String target, String measure, Side side, String op, double limit) {
    boolean met(double v) {
      return switch (op) {
        case "<=" -> v <= limit;
        case "<" -> v < limit;
        default -> v >= limit;
      };
    }
  }

  static final double ONE_GIB_MB = 1024 * 1024 * 1024 / 1e6;

  static final List<Target> TARGETS = List.of(
      new Target("Q4 p50 <= 15 ms", "q4_text_drill_sideways_2_p50_ms", Side.OURS, "<=", 15),
      new Target("Q4 p99 <= 60 ms", "q4_text_drill_sideways_2_p99_ms", Side.OURS, "<=", 60),
      new Target("Q5 p50 <= 60 ms", "q5_broad_text_all_facets_p50_ms", Side.OURS, "<=", 60),
      new Target("Q5 p99 <= 120 ms", "q5_broad_text_all_facets_p99_ms", Side.OURS, "<=", 120),
      new Target("both cores per query: throughput under load >= 0.95x one core", "q5_throughput_2_clients_qps",
          Side.RATIO, ">=", 0.95),
      new Target("Q3 uncached p50 <= 25 ms", "q3_facets_all_p50_ms", Side.OURS, "<=", 25),
      new Target("Q3 uncached p50 <= 3x the floor", "q3_vs_floor_p50_ms", Side.RATIO, "<=", 3),
      new Target("Q1 p99 <= 15 ms", "q1_free_text_p99_ms", Side.OURS, "<=", 15),
      new Target("ours / raw Lucene Q3 p50 <= 0.5", "q3_facets_all_p50_ms", Side.RATIO, "<=", 0.5),
      new Target("ours / raw Lucene Q4 p50 <= 0.5", "q4_text_drill_sideways_2_p50_ms", Side.RATIO, "<=", 0.5),
      new Target("ours / raw Lucene Q5 p50 <= 0.5", "q5_broad_text_all_facets_p50_ms", Side.RATIO, "<=", 0.5),
      new Target("ours / SQLite FTS5 Q1 p50 < 1", "sqlite_q1_free_text_p50_ms", Side.RATIO, "<", 1),
      new Target("ours / SQLite FTS5 Q2 p50 < 1", "sqlite_q2_text_2_filters_p50_ms", Side.RATIO, "<", 1),
      new Target("ours / SQLite FTS5 Q3 p50 < 1", "sqlite_q3_facets_all_p50_ms", Side.RATIO, "<", 1),
      new Target("ours / SQLite FTS5 Q4 p50 < 1", "sqlite_q4_text_drill_sideways_2_p50_ms", Side.RATIO, "<", 1),
      new Target("ours / SQLite FTS5 Q5 p50 < 1", "sqlite_q5_broad_text_all_facets_p50_ms", Side.RATIO, "<", 1),
      new Target("CLI index peak heap <= 1 GiB (MB)", "cli_index_peak_heap_mb", Side.OURS, "<=", ONE_GIB_MB),
      new Target("CLI index entries/s >= 0.8x library 2 threads", "cli_index_docs_per_s", Side.RATIO, ">=", 0.8),
      new Target("searching process heap <= 300 MB", "heap_after_gc_mb", Side.OURS, "<=", 300),
      new Target("indexing 1 thread >= 0.9x raw", "index_docs_per_s_1t", Side.RATIO, ">=", 0.9),
      new Target("indexing 2 threads >= 0.9x raw", "index_docs_per_s_2t", Side.RATIO, ">=", 0.9),
      new Target("index size <= 1.1x raw", "index_size_mb", Side.RATIO, "<=", 1.1),
      new Target("ours / raw Lucene Q1 p50 <= 1.2", "q1_free_text_p50_ms", Side.RATIO, "<=", 1.2),
      new Target("ours / raw Lucene Q1 p99 <= 1.2", "q1_free_text_p99_ms", Side.RATIO, "<=", 1.2),
      new Target("ours / raw Lucene Q2 p50 <= 1.2", "q2_text_2_filters_p50_ms", Side.RATIO, "<=", 1.2),
      new Target("ours / raw Lucene Q2 p99 <= 1.2", "q2_text_2_filters_p99_ms", Side.RATIO, "<=", 1.2));

  private TargetTable() {}

  /** Each target with its value (absent when the run did not measure it) and whether it is met. */
  static JsonArray json(Map<String, double[]> results) {
    JsonArray out = new JsonArray();
    for (Target t : TARGETS) {
      JsonObject row = new JsonObject();
      row.addProperty("target", t.target());
      row.addProperty("measure", t.measure() + (t.side() == Side.OURS ? "" : " (" + t.side().name().toLowerCase(Locale.ROOT) + ")"));
      double v = value(results.get(t.measure()), t.side());
      if (Double.isNaN(v)) {
        row.addProperty("status", "not measured");
      } else {
        row.addProperty("value", Math.round(v * 1000) / 1000.0);
        row.addProperty("status", t.met(v) ? "met" : "not met");
      }
      out.add(row);
    }
    return out;
  }

  private static double value(double[] r, Side side) {
    if (r == null) {
      return Double.NaN;
    }
    return switch (side) {
      case OURS -> r[0];
      case RATIO -> r[0] / r[1];
    };
  }

  /** The human table of {@link #json}. */
  static String table(JsonArray rows) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%ntargets (issue 15; set at 1M entries, -Xmx1g)%n"));
    sb.append(String.format(Locale.ROOT, "%-48s %10s  %-13s %s%n", "target", "value", "status", "measure"));
    for (var e : rows) {
      JsonObject r = e.getAsJsonObject();
      sb.append(String.format(Locale.ROOT, "%-48s %10s  %-13s %s%n", r.get("target").getAsString(),
          r.has("value") ? r.get("value").getAsString() : "-", r.get("status").getAsString(),
          r.get("measure").getAsString()));
    }
    return sb.toString();
  }

}

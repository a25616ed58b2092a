package org.practicesearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on a tiny corpus (CI proves it works; figures come from bench/run). */
class BenchTest {
  @Test
  void badOptionsAreOneLineMessagesNamingTheOption() {
    assertEquals("option '--docs' needs a number, not '1M'",
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--docs", "1M"})).getMessage());
    assertEquals("option '--peer-queries' needs a value",
        assertThrows(IllegalArgumentException.class, () -> Bench.parse(new String[] {"--peer-queries"})).getMessage());
    assertEquals(7, Bench.parse(new String[] {"--queries", "7"}).peerQueries()); // the peer follows --queries
  }

  static final Path REPO = Path.of(System.getProperty("practicesearch.repo", "."));

  @Test
  void harnessReportsEveryMeasureWithOursRawAndRatio(@TempDir Path work) throws Exception {
    Bench.Options o = Bench.parse(new String[] {"--docs", "300", "--queries", "20", "--index-runs", "1", "--memory-runs", "1", "--work", work.toString(),
        "--seeds", REPO.resolve("seeds").toString(), "--cli-jar", REPO.resolve("search-cli/target/none.jar").toString()});
    JsonObject out = new Bench(o).run();
    JsonObject m = out.getAsJsonObject("measures");
    for (String name : List.of("index_docs_per_s_1t", "index_docs_per_s_2t", "index_mb_per_s_2t", "index_size_mb",
        "q1_free_text_p50_ms", "q1_free_text_p99_ms", "q1_free_text_p999_ms", "q1_free_text_qps",
        "q2_text_2_filters_p99_ms", "q3_facets_all_p50_ms", "q4_text_drill_sideways_2_p99_ms", "heap_after_gc_mb",
        "q5_broad_text_all_facets_p50_ms", "q6_landing_cached_p50_ms", "q5_parallel_vs_sequential_p50_ms",
        "q3_vs_floor_p50_ms", "q5_throughput_2_clients_qps",
        "peak_rss_mb")) {
      JsonObject v = m.getAsJsonObject(name);
      assertTrue(v.has("ours") && v.has("raw") && v.has("ratio"), name + ": " + v);
      assertTrue(v.get("ours").getAsDouble() > 0, name + ": " + v);
    }
    for (String name : SqliteRows.queryRows()) {
      assertTrue(m.getAsJsonObject(name).get("ratio").getAsDouble() > 0, name + ": " + m.get(name));
    }
    assertTrue(m.getAsJsonObject("sqlite_index_size_mb").get("raw").getAsDouble() > 0, m.get("sqlite_index_size_mb").toString());
    assertEquals(TargetTable.TARGETS.size(), out.getAsJsonArray("targets").size());
    assertTrue(Bench.table(out).contains("ours / SQLite FTS5 Q4 p50 < 1"), Bench.table(out));
    assertTrue(m.getAsJsonObject("search_cache_mb").get("ours").getAsDouble() > 0);
    assertTrue(m.getAsJsonObject("bench_peak_rss_mb").get("ours").getAsDouble() > 0);
    assertTrue(m.getAsJsonObject("cli_search_ms").get("unit").getAsString().startsWith("skipped"));
    assertTrue(Bench.table(out).contains("q3_facets_all_p50_ms"));
  }

  @Test
  void cliStartUpIsMeasuredAgainstRawLuceneAndABareJvm(@TempDir Path work) throws Exception {
    Path jar = REPO.resolve("search-cli/target/practice-search.jar");
    Assumptions.assumeTrue(Files.isRegularFile(jar), "the CLI jar is built by the full build (mvn verify)");
    Bench.Options o = Bench.parse(new String[] {"--cli-only", "--cli-runs", "1", "--work", work.toString(),
        "--seeds", REPO.resolve("seeds").toString(), "--cli-jar", jar.toString()});
    JsonObject m = new Bench(o).run().getAsJsonObject("measures");
    assertEquals(List.of("cli_search_ms", "cli_search_vs_bare_jvm", "raw_search_vs_bare_jvm"), List.copyOf(m.keySet()));
    for (String name : m.keySet()) {
      JsonObject v = m.getAsJsonObject(name);
      assertTrue(v.get("ours").getAsDouble() > 0 && v.get("raw").getAsDouble() > 0, name + ": " + v);
    }
    // a searching process costs more than a JVM that does nothing
    assertTrue(m.getAsJsonObject("raw_search_vs_bare_jvm").get("ratio").getAsDouble() > 1, m.toString());
  }

  @Test
  void rawLuceneProcessSearchesTheSeedsIndex(@TempDir Path work) throws Exception {
    Path idx = work.resolve("idx");
    try (var b = org.practicesearch.indexer.IndexBuilder.replacing(idx)) {
      for (var e : org.practicesearch.indexer.parse.Pages.parse(List.of(REPO.resolve("seeds"))).entries()) {
        b.add(e);
      }
      b.commit();
    }
    var out = new java.io.ByteArrayOutputStream();
    var old = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      RawLucene.main(new String[] {idx.toString(), "trafficking victims refugees"});
    } finally {
      System.setOut(old);
    }
    assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).endsWith(" facet values and snippets\n"), out.toString());
  }

  @Test
  void theGeneratorIsDeterministic() throws Exception {
    CorpusGenerator a = new CorpusGenerator(7, REPO.resolve("seeds"));
    CorpusGenerator b = new CorpusGenerator(7, REPO.resolve("seeds"));
    for (long n = 0; n < 50; n++) {
      assertEquals(a.entry(n), b.entry(n));
    }
    assertTrue(a.vocabularySize() >= CorpusGenerator.SYNTHETIC_WORDS, "vocabulary " + a.vocabularySize());
    int words = a.entry(3).description().split(" ").length;
    assertTrue(words >= 60 && words <= 200, "description of " + words + " words");
  }
}

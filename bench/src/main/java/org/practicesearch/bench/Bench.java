package org.practicesearch.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.HdrHistogram.Histogram;
import org.practicesearch.render.Json;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchTuning;

/**
 * Measures our library through its public API against {@link RawLucene} and the SQLite FTS5 peer
 * ({@link SqlitePeer}), in one run, alternating the sides: indexing (1 and 2 threads), index size, query latency
 * (Q1-Q6, the floor, parallel slices), memory, the CLI's {@code index} and start-up, and issue 15's targets
 * ({@link TargetTable}). Usage: see {@code bench/run} (options in {@link #parse}); a bad option is a one-line
 * error and exit code 2.
 */
public final class Bench {
  private final Options o;
  private final CorpusGenerator gen;
  private final Map<String, double[]> results = new LinkedHashMap<>(); // name -> {ours, raw}
  private final Map<String, String> units = new LinkedHashMap<>();

  record Options(long docs, int queries, long seed, boolean json, Path work, Path cliJar, Path seeds, boolean cliOnly, int cliRuns, int indexRuns,
      int memoryRuns, int peerQueries) {}

  Bench(Options o) throws IOException {
    this.o = o;
    this.gen = new CorpusGenerator(o.seed(), o.seeds());
  }

  /**
   * @param args the options
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) { // NumberFormatException included
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    Files.createDirectories(o.work());
    JsonObject out = new Bench(o).run();
    System.out.println(o.json() ? Json.pretty(out) : table(out));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("option '" + args[i - 1] + "' needs a value");
    }
    return args[i];
  }

  static Options parse(String[] args) {
    long docs = 10_000;
    int queries = 2_000;
    long seed = SEED;
    boolean json = false;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "practice-search-bench");
    Path jar = Path.of("search-cli/target/practice-search.jar");
    Path seeds = Path.of("seeds");
    boolean cliOnly = false;
    int cliRuns = 7;
    int indexRuns = 3;
    int memoryRuns = 3;
    int peerQueries = -1;
    for (int i = 0; i < args.length; i++) {
      try {
        switch (args[i]) {
          case "--docs" -> docs = Long.parseLong(value(args, ++i));
          case "--queries" -> queries = Integer.parseInt(value(args, ++i));
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--json" -> json = true;
          case "--work" -> work = Path.of(value(args, ++i));
          case "--cli-jar" -> jar = Path.of(value(args, ++i));
          case "--seeds" -> seeds = Path.of(value(args, ++i));
          case "--cli-only" -> cliOnly = true;
          case "--cli-runs" -> cliRuns = Integer.parseInt(value(args, ++i));
          case "--index-runs" -> indexRuns = Integer.parseInt(value(args, ++i));
          case "--memory-runs" -> memoryRuns = Integer.parseInt(value(args, ++i));
          case "--peer-queries" -> peerQueries = Integer.parseInt(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option '" + args[i]
              + "'; expected --docs N, --queries N, --seed S, --json, --work DIR, --cli-jar JAR, --seeds DIR, --cli-only, --cli-runs N, --index-runs N, --memory-runs N, --peer-queries N");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("option '" + args[i - 1] + "' needs a number, not '" + args[i] + "'");
      }
    }
    return new Options(docs, queries, seed, json, work, jar, seeds, cliOnly, cliRuns, indexRuns, memoryRuns,
        peerQueries < 0 ? queries : peerQueries);
  }

  /** Runs every measure and returns the JSON document. */
  JsonObject run() throws Exception {
    if (o.cliOnly()) {
      cliStart();
      return json();
    }
    Path ours = o.work().resolve("ours");
    Path raw = o.work().resolve("raw");
    if (o.indexRuns() == 0) {
      // queries only: each side indexed once with one thread (same flushes), no indexing figures; indexes
      // left in --work by such a run are searched again
      if (!Files.isDirectory(ours) || !Files.isDirectory(raw)) {
        indexOurs(ours, 1);
        indexRaw(raw, 1);
      }
      put("index_segments", segments(ours), segments(raw), "segments of the indexes queried");
      queries(ours, raw);
      memory(ours, raw);
      cliIndex();
      return json();
    }
    // warm-up: compile the indexing paths of both sides before anything is measured
    indexOurs(ours, 2);
    indexRaw(raw, 2);
    // 2 threads first: the indexes the queries then run on come from the 1-thread runs, whose flushes and so
    // segments are the same on both sides (with 2 threads they depend on scheduling, and a side with more
    // segments pays more per query)
    for (int threads : new int[] {2, 1}) {
      // --index-runs pairs, the side that goes first alternating; the medians of each side are reported
      double[][] t = new double[2][o.indexRuns()];
      for (int run = 0; run < o.indexRuns(); run++) {
        boolean oursFirst = (run + threads) % 2 == 1;
        for (int k = 0; k < 2; k++) {
          boolean doOurs = (k == 0) == oursFirst;
          long ns = doOurs ? indexOurs(ours, threads) : indexRaw(raw, threads);
          t[doOurs ? 0 : 1][run] = o.docs() * 1e9 / ns;
        }
      }
      put("index_docs_per_s_" + threads + "t", median(t[0]), median(t[1]), "docs/s");
    }
    double mb = sourceMegabytes();
    put("index_mb_per_s_2t", mb * results.get("index_docs_per_s_2t")[0] / o.docs(),
        mb * results.get("index_docs_per_s_2t")[1] / o.docs(), "MB/s");
    put("index_size_mb", size(ours) / 1e6, size(raw) / 1e6, "MB");
    put("index_segments", segments(ours), segments(raw), "segments of the indexes queried");
    queries(ours, raw);
    memory(ours, raw);
    cliIndex();
    cliStart();
    return json();
  }

  private long indexOurs(Path dir, int threads) throws Exception {
    return SideIndexing.ours(gen, dir, o.docs(), threads);
  }

  private long indexRaw(Path dir, int threads) throws Exception {
    return SideIndexing.raw(gen, dir, o.docs(), threads);
  }

  private double sourceMegabytes() {
    long bytes = 0;
    long sample = Math.min(o.docs(), 2_000);
    for (long n = 0; n < sample; n++) {
      bytes += Json.compact(Json.entry(gen.entry(n))).length();
    }
    return bytes * (double) o.docs() / sample / 1e6;
  }

  private static int segments(Path dir) throws IOException {
    try (var d = org.apache.lucene.store.FSDirectory.open(dir);
        var r = org.apache.lucene.index.DirectoryReader.open(d)) {
      return r.leaves().size();
    }
  }

  private static long size(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** The seed of the generated corpus and of the requests, unless {@code --seed} says otherwise. */
  static final long SEED = 20261122L;

  /** The query classes: Q1-Q5 against raw Lucene, Q3 uncached (the count cache off), Q6 cached. */
  static final List<String> QUERIES = List.of("q1_free_text", "q2_text_2_filters", "q3_facets_all",
      "q4_text_drill_sideways_2", "q5_broad_text_all_facets", "q6_landing_cached");

  interface Search {
    void search(String q, String text, String country) throws IOException;
  }

  private void queries(Path oursDir, Path rawDir) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    // one SearchIndex of ours open at a time, as in a searching process: each holds its own search caches (100 MB
    // at 1M), and two more copies in the heap lengthened both sides' collections (Q4 ours 9 -> 12 ms, raw Lucene
    // 21 -> 28 in a 1M probe)
    try (SearchIndex ours = SearchIndex.open(oursDir, SearchTuning.DEFAULT.withCountCache(false));
        RawLucene raw = new RawLucene(rawDir)) {
      Search rawSide = (q, text, country) -> raw.search(text, rawFilters(q, country), countsFacets(q));
      // every class is run on both sides before any is measured: the class measured first would otherwise run
      // on code the later ones compile further (Q1's ratio was 0.05-0.06 higher for it, measured on its sample);
      // Q6, on an index of its own with the count cache, is warmed just before it is measured (its raw side is
      // Q3's code, warm by then)
      SplittableRandom warm = new SplittableRandom(o.seed() ^ 0x7761726dL);
      for (String q : QUERIES) {
        if (!q.startsWith("q6")) {
          warm(q, ours, rawSide, warm);
        }
      }
      for (String q : QUERIES) {
        if (!q.startsWith("q6")) {
          compare(q, q, (x, text, country) -> ours.search(request(x, text, country)), rawSide);
        }
      }
      try (SearchIndex cached = SearchIndex.open(oursDir)) {
        String q = "q6_landing_cached";
        warm(q, cached, rawSide, warm);
        compare(q, q, (x, text, country) -> cached.search(request(x, text, country)), rawSide);
      }
      try (SearchIndex parallel = SearchIndex.open(oursDir,
          SearchTuning.DEFAULT.withCountCache(false).withExecutor(pool))) {
        // both cores for one query (segment slices, large segments split) against one core, same requests
        Search both = (x, text, country) -> parallel.search(request(x, text, country));
        Search one = (x, text, country) -> ours.search(request(x, text, country));
        compare("q5_broad_text_all_facets", "q5_parallel_vs_sequential", both, one);
        // and with as many clients as cores, where a query's second core is taken from another query; in rounds
        // of a few seconds each (rounds of 0.5 s moved the ratio 0.93-1.05 between runs of the same code)
        double[] load = Throughput.compare(gen, "q5_broad_text_all_facets", both, one, 2,
            Math.max(10, o.queries()), 5, o.seed());
        put("q5_throughput_2_clients_qps", load[0], load[1],
            "queries/s, 2 clients at once (raw = ours with one core per query): both cores must not lower it");
      }
      put("q3_vs_floor_p50_ms", results.get("q3_facets_all_p50_ms")[0], FacetFloor.p50Ms(oursDir, o.queries()),
          "ms (raw = the floor: the same ordinals counted by a plain int[] loop over every entry)");
      put("search_cache_mb", ours.cacheBytes() / 1e6, Double.NaN,
          "MB, the facet columns, joint text lengths and frequent words' exact bounds of the index searched"
              + " (in the heap of a searching process)");
      SqliteRows.measure(this, ours);
    } finally {
      pool.shutdown();
    }
  }

  /** Runs {@link #warmUp} requests of class {@code q} on {@code ours} and on raw Lucene. */
  private void warm(String q, SearchIndex ours, Search rawSide, SplittableRandom random) throws IOException {
    for (int i = 0; i < warmUp(o.queries()); i++) {
      String text = text(gen, q, random);
      String country = gen.country(random);
      ours.search(request(q, text, country));
      rawSide.search(q, text, country);
    }
  }

  /** Runs a query class on two sides, alternating query by query, after a warm-up; percentiles and QPS. */
  void compare(String q, String name, Search a, Search b) throws IOException {
    compare(q, name, a, b, o.queries());
  }

  /**
   * As {@link #compare(String, String, Search, Search)} with {@code queries} measured queries (and as many, up
   * to 500, to warm up).
   */
  void compare(String q, String name, Search a, Search b, int queries) throws IOException {
    Histogram ha = new Histogram(3); // resizes itself: a peer query at 1M can take seconds
    Histogram hb = new Histogram(3);
    List<String[]> requests = requests(gen, o.seed(), q, queries);
    int warm = warmUp(queries);
    for (int i = 0; i < requests.size(); i++) {
      boolean aFirst = (i & 1) == 0;
      for (int k = 0; k < 2; k++) {
        boolean doA = (k == 0) == aFirst;
        long start = System.nanoTime();
        (doA ? a : b).search(q, requests.get(i)[0], requests.get(i)[1]);
        long ns = System.nanoTime() - start;
        if (i >= warm) {
          (doA ? ha : hb).recordValue(ns);
        }
      }
    }
    put(name + "_p50_ms", ha.getValueAtPercentile(50) / 1e6, hb.getValueAtPercentile(50) / 1e6, "ms");
    put(name + "_p99_ms", ha.getValueAtPercentile(99) / 1e6, hb.getValueAtPercentile(99) / 1e6, "ms");
    put(name + "_p999_ms", ha.getValueAtPercentile(99.9) / 1e6, hb.getValueAtPercentile(99.9) / 1e6, "ms");
    put(name + "_qps", 1e9 / ha.getMean(), 1e9 / hb.getMean(), "queries/s");
  }

  /** {@return how many requests of a class run to warm up before {@code queries} are measured} */
  static int warmUp(int queries) {
    return Math.min(500, queries);
  }

  /**
   * {@return the requests (text, country) {@link #compare} makes for query class {@code q}} The warm-up ones
   * ({@link #warmUp}) first, then the {@code queries} measured.
   */
  static List<String[]> requests(CorpusGenerator gen, long seed, String q, int queries) {
    SplittableRandom r = new SplittableRandom(seed + q.hashCode());
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < warmUp(queries) + queries; i++) {
      String text = text(gen, q, r);
      out.add(new String[] {text, gen.country(r)});
    }
    return out;
  }

  /** The text of the next request of benchmark query {@code q}: none for Q3 and Q6, broad words for Q5. */
  static String text(CorpusGenerator gen, String q, SplittableRandom r) {
    return q.startsWith("q3") || q.startsWith("q6") ? "" : q.startsWith("q5") ? gen.broadQuery(r) : gen.query(r);
  }

  /** Our request for benchmark query {@code q} (a name such as {@code q1_free_text}). */
  static SearchRequest request(String q, String text, String country) {
    SearchRequest.Builder b = SearchRequest.builder().text(text).expandSynonyms(false);
    if (q.startsWith("q1")) {
      b.facets(List.of());
    } else if (q.startsWith("q2")) {
      b.filter("country", country).filter("kind", "practice").facets(List.of());
    } else if (q.startsWith("q4")) {
      b.filter("country", country).filter("kind", "practice");
    }
    return b.build();
  }

  /** The raw side's filters for benchmark query {@code q}. */
  static Map<String, String> rawFilters(String q, String country) {
    return q.startsWith("q2") || q.startsWith("q4") ? Map.of("country", country, "kind", "practice") : Map.of();
  }

  /** Whether benchmark query {@code q} counts facets (Q3-Q6 do). */
  static boolean countsFacets(String q) {
    return !q.startsWith("q1") && !q.startsWith("q2");
  }

  /**
   * Heap after GC and peak RSS of a searching process of each side ({@link MemoryProbe}: the index open, after
   * a mix of Q1-Q4), on this JVM's flags, {@code --memory-runs} times each, alternating; medians. Then the
   * peak RSS of this process, which indexed and searched with both sides.
   */
  private void memory(Path oursDir, Path rawDir) throws Exception {
    if (o.memoryRuns() < 1) {
      return;
    }
    Path file = o.work().resolve("memory-queries.tsv");
    StringBuilder sb = new StringBuilder();
    SplittableRandom r = new SplittableRandom(o.seed() ^ 0x6d656d);
    int each = Math.min(100, o.queries());
    for (String q : List.of("q1_free_text", "q2_text_2_filters", "q3_facets_all", "q4_text_drill_sideways_2")) {
      for (int i = 0; i < each; i++) {
        String text = q.startsWith("q3") ? "" : gen.query(r);
        sb.append(q).append('\t').append(text).append('\t').append(gen.country(r)).append('\n');
      }
    }
    Files.writeString(file, sb);
    List<String> jvm = new ArrayList<>(List.of(Processes.java()));
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.matches("-Xm[sx].*|-XX:[+-]Use\\w*GC|-XX:MaxRAM.*|--add-modules.*|--enable-native-access.*")) {
        jvm.add(arg); // the heap, collector and module flags this run was given; not agents, recordings, properties
      }
    }
    jvm.addAll(List.of("-cp", Processes.classPath(), MemoryProbe.class.getName()));
    double[][] heap = new double[2][o.memoryRuns()];
    double[][] rss = new double[2][o.memoryRuns()];
    for (int run = 0; run < o.memoryRuns(); run++) {
      for (int k = 0; k < 2; k++) {
        int side = (k + run) % 2; // 0 ours, 1 raw; the first alternates
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(List.of(side == 0 ? "ours" : "raw", (side == 0 ? oursDir : rawDir).toString(), file.toString()));
        String[] out = Processes.output(cmd).trim().split(" ");
        heap[side][run] = Double.parseDouble(out[0]);
        rss[side][run] = Double.parseDouble(out[1]);
      }
    }
    put("heap_after_gc_mb", median(heap[0]), median(heap[1]), "MB, a searching process, index open");
    put("peak_rss_mb", median(rss[0]), median(rss[1]), "MB, a searching process");
    put("bench_peak_rss_mb", Processes.peakRssKb() / 1e3, Double.NaN, "MB, this process: both sides indexing and searching");
  }

  /**
   * A search through the CLI in a fresh process, whole, against the same work done by a raw-Lucene process
   * ({@link RawLucene#main}) and against a bare JVM start. Both searching processes get the options
   * bin/practice-search gives a search (no optimising JIT, serial GC) and a class cache made by a training run
   * of their own: an AOT cache on Java 25+, class-data sharing before.
   */
  private void cliStart() throws Exception {
    if (!Files.isRegularFile(o.cliJar())) {
      units.put("cli_search_ms", "skipped: " + o.cliJar() + " not built");
      return;
    }
    Path idx = o.work().resolve("seeds-index");
    Processes.run(List.of(Processes.java(), "--add-modules", "jdk.incubator.vector", "-jar", o.cliJar().toString(),
        "index", "--replace", "--index", idx.toString()));
    String text = "trafficking victims refugees";
    String self = Processes.classPath();
    List<String> ours = List.of("-jar", o.cliJar().toString(), "search", text, "--index", idx.toString());
    List<String> raw = List.of("-cp", self, RawLucene.class.getName(), idx.toString(), text);
    List<String> oursCmd = Processes.shortCommand(ours, o.work().resolve("ours-start"));
    List<String> rawCmd = Processes.shortCommand(raw, o.work().resolve("raw-start"));
    List<String> bareCmd = List.of(Processes.java(), "-cp", self, Processes.class.getName());
    double[] med = Processes.medianMs(o.cliRuns(), List.of(oursCmd, rawCmd, bareCmd));
    put("cli_search_ms", med[0], med[1], "ms, one search in a fresh process (raw = raw Lucene process)");
    put("cli_search_vs_bare_jvm", med[0], med[2], "ms (raw = bare JVM start; target ratio 2)");
    put("raw_search_vs_bare_jvm", med[1], med[2], "ms (ours = raw Lucene process, raw = bare JVM)");
  }

  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v[v.length / 2];
  }

  /** The CLI's {@code index} over a JSON Lines file of the same entries, -Xmx1g ({@link CliIndexProbe}). */
  private void cliIndex() throws Exception {
    if (!Files.isRegularFile(o.cliJar())) {
      return; // cliStart says it was skipped
    }
    double[] measured = results.get("index_docs_per_s_2t");
    double library = measured != null ? measured[0] : libraryRate();
    CliIndexProbe.Result r = CliIndexProbe.run(o.cliJar(), o.work(), gen, o.seed(), o.docs());
    put("cli_index_docs_per_s", r.docsPerS(), library,
        "docs/s, CLI index of JSON Lines, -Xmx1g, whole process (raw = the library with 2 threads, this run)");
    put("cli_index_peak_heap_mb", r.peakHeapMb(), Double.NaN, "MB, CLI index: peak used heap (GC log: before GCs and at exit)");
    put("cli_index_peak_rss_mb", r.peakRssMb(), Double.NaN, "MB, CLI index: peak resident set (VmHWM)");
  }

  /**
   * The library's 2-thread indexing rate for a run without indexing rows: one run into a directory of its own
   * under {@code --work}, removed afterwards.
   */
  private double libraryRate() throws Exception {
    Path dir = o.work().resolve("library-2t");
    double rate = o.docs() * 1e9 / indexOurs(dir, 2);
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    return rate;
  }

  Options options() {
    return o;
  }

  CorpusGenerator generator() {
    return gen;
  }

  /** A measure taken so far in this run ({ours, raw}), or null. */
  double[] measured(String name) {
    return results.get(name);
  }

  void put(String name, double ours, double raw, String unit) {
    results.put(name, new double[] {ours, raw});
    units.put(name, unit);
  }

  private JsonObject json() {
    JsonObject root = new JsonObject();
    root.addProperty("seed", o.seed());
    root.addProperty("docs", o.docs());
    root.addProperty("queries", o.queries());
    root.addProperty("vocabulary", gen.vocabularySize());
    root.addProperty("java", System.getProperty("java.version"));
    root.addProperty("cores", Runtime.getRuntime().availableProcessors());
    JsonObject m = new JsonObject();
    units.forEach((name, unit) -> {
      JsonObject v = new JsonObject();
      double[] r = results.get(name);
      if (r != null) {
        v.addProperty("ours", round(r[0]));
        if (!Double.isNaN(r[1])) {
          v.addProperty("raw", round(r[1]));
          v.addProperty("ratio", round(r[0] / r[1]));
        }
      }
      v.addProperty("unit", unit);
      m.add(name, v);
    });
    root.add("measures", m);
    if (!o.cliOnly()) {
      root.add("targets", TargetTable.json(results));
    }
    return root;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  static String table(JsonObject out) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "seed %d, %d docs, %d queries, vocabulary %d words, java %s, %d cores%n",
        out.get("seed").getAsLong(), out.get("docs").getAsLong(), out.get("queries").getAsLong(),
        out.get("vocabulary").getAsLong(), out.get("java").getAsString(), out.get("cores").getAsInt()));
    sb.append(String.format(Locale.ROOT, "%-28s %12s %12s %8s  %s%n", "measure", "ours", "raw", "ratio", "unit"));
    out.getAsJsonObject("measures").entrySet().forEach(e -> {
      JsonObject v = e.getValue().getAsJsonObject();
      sb.append(String.format(Locale.ROOT, "%-28s %12s %12s %8s  %s%n", e.getKey(),
          v.has("ours") ? v.get("ours").getAsString() : "-", v.has("raw") ? v.get("raw").getAsString() : "-",
          v.has("ratio") ? v.get("ratio").getAsString() : "-", v.get("unit").getAsString()));
    });
    if (out.has("targets")) {
      sb.append(TargetTable.table(out.getAsJsonArray("targets")));
    }
    return sb.toString();
  }
}

package org.practicesearch.solrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SolrCloud cluster (2 nodes, embedded ZooKeeper, a 2-shard collection made from the configset our
 * CLI generates) answers the same searches as the embedded index, through the same CLI: for every request
 * the totals and all facet counts are identical; hits sorted by year are identical; for relevance order the
 * top-10 overlap is reported (and must be high: scores are global through ExactStatsCache).
 */
class SolrCloudParityTest {
  private static final String COLLECTION = "practices";
  private static final int GENERATED = 3000;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The parity requests: free text, filters, drill-sideways, region drill-down, year range, paging, sort. */
  private static final List<List<String>> REQUESTS = List.of(
      List.of("trafficking victims refugees"),
      List.of("migrants protection", "--filter", "kind=practice"),
      List.of("", "--filter", "country=Jordan", "--filter", "country=Lebanon"),
      List.of("crisis", "--filter", "country=Burkina Faso", "--filter", "guideline=GUIDELINE 3", "--facet-limit", "40"),
      List.of("", "--filter", "region=Africa", "--facet-limit", "30"),
      List.of("assistance", "--filter", "region=Western Africa"),
      List.of("", "--year", "2000..2010", "--filter", "kind=resource"),
      List.of("TIP", "--year", "2015.."),
      List.of("", "--sort", "year_asc", "--page", "3"),
      List.of("emergency shelter", "--sort", "year_desc", "--size", "20"));

  @TempDir static Path tmp;
  private static MiniSolrCloudCluster cluster;
  private static String url;
  private static Path index;

  @BeforeAll
  static void startClusterAndIndex() throws Exception {
    Path repo = Path.of(System.getProperty("practicesearch.repo"));
    Path conf = tmp.resolve("conf");
    assertEquals(0, Cli.practiceSearch(tmp, "solr", "configset", conf.toString()).exit());
    long start = System.nanoTime();
    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).withTraceIdGenerationDisabled().build();
    cluster.uploadConfigSet(conf, "practice-search");
    CollectionAdminRequest.createCollection(COLLECTION, "practice-search", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 2);
    url = cluster.getJettySolrRunner(0).getBaseUrl() + "/" + COLLECTION;
    System.out.printf("cluster and collection up in %.1f s%n", (System.nanoTime() - start) / 1e9);

    Path corpus = tmp.resolve("generated.jsonl");
    Cli.Run gen = Cli.java(tmp, List.of("-cp", Cli.jar("practicesearch.bench.jar").toString(),
        "org.practicesearch.bench.WriteCorpus", Integer.toString(GENERATED), "42", repo.resolve("seeds").toString(),
        corpus.toString()));
    assertEquals(0, gen.exit(), gen.err());
    System.out.printf("corpus written at %.1f s%n", (System.nanoTime() - start) / 1e9);
    index = tmp.resolve("index");
    String seeds = repo.resolve("seeds").toString();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<Cli.Run> embedded = pool.submit(() -> Cli.practiceSearch(tmp, "index", seeds, corpus.toString(),
          "--index", index.toString()));
      Future<Cli.Run> solr = pool.submit(() -> Cli.practiceSearch(tmp, "index", seeds, corpus.toString(), "--solr", url));
      assertEquals(0, embedded.get().exit(), embedded.get().err());
      assertEquals(0, solr.get().exit(), solr.get().err());
      String added = (GENERATED + 22) + " added, 0 updated, 0 deleted, 0 unchanged";
      assertTrue(solr.get().err().contains("index " + url + ": " + added), solr.get().err());
      assertTrue(embedded.get().err().contains(added), embedded.get().err());
    }
    System.out.printf("both indexed at %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void sameTotalsAndFacetCountsAsTheEmbeddedIndex() throws Exception {
    long start = System.nanoTime();
    StringBuilder report = new StringBuilder("request | total | top-10 overlap\n");
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (List<String> request : REQUESTS) {
        Future<JsonNode> embedded = pool.submit(() -> search(request, "--index", index.toString()));
        Future<JsonNode> solr = pool.submit(() -> search(request, "--solr", url));
        JsonNode e = embedded.get();
        JsonNode s = solr.get();
        String name = String.join(" ", request);
        assertEquals(e.get("total"), s.get("total"), name);
        assertTrue(e.get("total").asLong() > 0, name + " finds nothing: not a useful parity request");
        assertEquals(e.get("facets"), s.get("facets"), name);
        assertEquals(e.path("expansions"), s.path("expansions"), name);
        List<String> eIds = ids(e);
        List<String> sIds = ids(s);
        if (request.contains("--sort")) {
          assertEquals(eIds, sIds, name);
        }
        Set<String> common = new LinkedHashSet<>(eIds.subList(0, Math.min(10, eIds.size())));
        common.retainAll(sIds.subList(0, Math.min(10, sIds.size())));
        report.append(name).append(" | ").append(e.get("total")).append(" | ").append(common.size()).append('/')
            .append(Math.min(10, eIds.size())).append('\n');
      }
    }
    Files.writeString(Path.of("target", "solr-parity.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);
    System.out.printf("%d requests on both backends in %.1f s%n", REQUESTS.size(), (System.nanoTime() - start) / 1e9);
  }

  @Test
  void clearErrorsForAnUnreachableClusterAMissingCollectionAndAnotherSchemaVersion() throws Exception {
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Cli.Run down = Cli.practiceSearch(tmp, "search", "x", "--solr", "http://127.0.0.1:" + closed + "/solr/" + COLLECTION);
    assertEquals(1, down.exit());
    assertTrue(down.errors().startsWith("error: cannot reach Solr at http://127.0.0.1:" + closed + "/solr ("), down.err());

    String base = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    Cli.Run missing = Cli.practiceSearch(tmp, "show", "x", "--solr", base + "/nope");
    assertEquals(1, missing.exit());
    assertTrue(missing.errors().startsWith("error: no collection 'nope' at " + base
        + ": create it from the configset of 'practice-search solr configset DIR' (docs/SCALING.md)"), missing.err());

    Path old = tmp.resolve("old-conf");
    assertEquals(0, Cli.practiceSearch(tmp, "solr", "configset", old.toString()).exit());
    Path schema = old.resolve("schema.xml");
    Files.writeString(schema, Files.readString(schema).replaceFirst("name=\"practice-search-[0-9.]+\"",
        "name=\"practice-search-1.0\""));
    cluster.uploadConfigSet(old, "old");
    CollectionAdminRequest.createCollection("old", "old", 1, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("old", 1, 1);
    Cli.Run other = Cli.practiceSearch(tmp, "index", "--solr", base + "/old");
    assertEquals(1, other.exit());
    assertTrue(other.errors().startsWith("error: the collection " + base + "/old has schema 'practice-search-1.0' but "
        + "this version needs 'practice-search-"), other.err());

    Cli.Run bad = Cli.practiceSearch(tmp, "search", "x", "--solr", "localhost:8983");
    assertEquals(2, bad.exit());
    assertEquals("error: bad Solr collection URL 'localhost:8983'; expected http://HOST:PORT/solr/COLLECTION\n", bad.errors());
  }

  private static JsonNode search(List<String> request, String... backend) throws Exception {
    List<String> args = new ArrayList<>(List.of("search"));
    args.addAll(request);
    args.add("--json");
    args.addAll(List.of(backend));
    Cli.Run run = Cli.practiceSearch(tmp, args.toArray(String[]::new));
    assertEquals(0, run.exit(), args + ": " + run.err());
    return JSON.readTree(run.out());
  }

  private static List<String> ids(JsonNode response) {
    List<String> ids = new ArrayList<>();
    response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}

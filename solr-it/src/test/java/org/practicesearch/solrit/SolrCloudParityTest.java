package org.practicesearch.solrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * the totals, all facet counts, the lexicon expansions and the spelling help are identical; hits sorted by
 * year are identical; for relevance order the top-10 overlap is reported (scores differ: Solr has no BM25F).
 */
class SolrCloudParityTest {
  private static final String COLLECTION = "practices";
  private static final int GENERATED = 3000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
  /** The parity requests: free text, filters, drill-sideways, region drill-down, year range, paging, sort. */
  private static final List<List<String>> REQUESTS = List.of(
      List.of("trafficking victims refugees"),
      List.of("migrants protection", "--filter", "kind=practice"),
      List.of("", "--filter", "country=Jordan", "--filter", "country=Lebanon"),
      List.of("crisis", "--filter", "country=Burkina Faso", "--filter", "guideline=GUIDELINE 3", "--facet-limit", "40"),
      List.of("", "--filter", "region=Africa", "--facet-limit", "30"),
      List.of("assistance", "--filter", "region=Western Africa"),
      List.of("", "--year", "2000..2010", "--filter", "kind=resource"),
      List.of("trafficking", "--year", "2015.."),
      List.of("refugees", "--filter", "region=asia", "--filter", "kind=Resource"),
      List.of("", "--sort", "year_asc", "--page", "3"),
      List.of("emergency shelter", "--sort", "year_desc", "--size", "20"),
      // lexicon concepts (an acronym, its long form, with a year range), an acronym among words, a misspelt word
      List.of("TIP"),
      List.of("trafficking in persons"),
      List.of("TIP", "--year", "2015.."),
      List.of("child protection SOPs", "--filter", "kind=practice"),
      List.of("sheltr refugees"),
      List.of("trafficing victims"));

  @TempDir static Path tmp;
  private static MiniSolrCloudCluster cluster;
  private static String url;
  private static Path index;

  @BeforeAll
  static void startClusterAndIndex() throws Exception {
    long start = System.nanoTime();
    Path repo = Path.of(System.getProperty("practicesearch.repo"));
    String seeds = repo.resolve("seeds").toString();
    Path corpus = tmp.resolve("generated.jsonl");
    index = tmp.resolve("index");
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      // the corpus and the embedded index are made while the cluster starts
      Future<Cli.Run> embedded = pool.submit(() -> {
        Cli.Run gen = Cli.java(tmp, List.of("-cp", Cli.jar("practicesearch.bench.jar").toString(),
            "org.practicesearch.bench.WriteCorpus", Integer.toString(GENERATED), "42", seeds, corpus.toString()));
        assertEquals(0, gen.exit(), gen.err());
        return Cli.practiceSearch(tmp, "index", seeds, corpus.toString(), "--index", index.toString());
      });
      Path conf = tmp.resolve("conf");
      assertEquals(0, Cli.practiceSearch(tmp, "solr", "configset", conf.toString()).exit());
      cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).withTraceIdGenerationDisabled().build();
      cluster.uploadConfigSet(conf, "practice-search");
      CollectionAdminRequest.createCollection(COLLECTION, "practice-search", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(COLLECTION, 2, 2);
      url = cluster.getJettySolrRunner(0).getBaseUrl() + "/" + COLLECTION;
      System.out.printf("cluster and collection up in %.1f s%n", (System.nanoTime() - start) / 1e9);
      String added = (GENERATED + 22) + " added, 0 updated, 0 deleted, 0 unchanged";
      Cli.Run e = embedded.get();
      assertEquals(0, e.exit(), e.err());
      assertTrue(e.err().contains(added), e.err());
      Cli.Run solr = Cli.practiceSearch(tmp, "index", seeds, corpus.toString(), "--solr", url);
      assertEquals(0, solr.exit(), solr.err());
      assertTrue(solr.err().contains("index " + url + ": " + added), solr.err());
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
    // one serve process per backend answers the requests (the same JSON as search --json); the first request
    // also goes through search --json on both, in processes of their own
    try (Cli.Server embedded = Cli.serve(tmp, "--index", index.toString(), "--search-timeout", "600000");
        Cli.Server solr = Cli.serve(tmp, "--solr", url, "--search-timeout", "600000")) {
      List<String> first = REQUESTS.get(0);
      compare(List.of(first.get(0) + " (search --json)"), search(first, "--index", index.toString()),
          search(first, "--solr", url), report);
      for (List<String> request : REQUESTS) {
        compare(request, get(embedded, request), get(solr, request), report);
      }
      // an entry by id: every field the same; related entries found by both (more-like-this differs in detail)
      String id = ids(get(embedded, first)).get(0);
      ObjectNode e = (ObjectNode) fetch(embedded, "/api/entries/" + encode(id));
      ObjectNode s = (ObjectNode) fetch(solr, "/api/entries/" + encode(id));
      assertTrue(s.get("related").size() > 0, s.toString());
      e.remove("related");
      s.remove("related");
      assertEquals(e, s);
    }
    Files.writeString(Path.of("target", "solr-parity.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);
    System.out.printf("%d requests on both backends in %.1f s%n", REQUESTS.size() + 1, (System.nanoTime() - start) / 1e9);
  }

  private static void compare(List<String> request, JsonNode e, JsonNode s, StringBuilder report) {
    String name = String.join(" ", request);
    assertEquals(e.get("total"), s.get("total"), name);
    assertTrue(e.get("total").asLong() > 0, name + " finds nothing: not a useful parity request");
    assertEquals(e.get("facets"), s.get("facets"), name);
    assertEquals(e.get("expansions"), s.get("expansions"), name);
    assertEquals(e.get("showing_results_for"), s.get("showing_results_for"), name);
    if (name.equals("trafficing victims")) {
      assertEquals("trafficking victims", s.get("showing_results_for").asText(), name);
    }
    assertEquals(e.get("suggestion"), s.get("suggestion"), name);
    List<String> eIds = ids(e);
    List<String> sIds = ids(s);
    if (request.contains("--sort")) {
      assertEquals(eIds, sIds, name);
    }
    report.append(name).append(" | ").append(e.get("total")).append(" | ").append(overlap(eIds, sIds));
    for (String help : List.of("showing_results_for", "suggestion")) {
      if (!s.get(help).isNull()) {
        report.append(" | ").append(help).append(": ").append(s.get(help).asText());
      }
    }
    report.append('\n');
  }

  /** How many of the embedded top 10 are in Solr's top 10, e.g. {@code 9/10}. */
  private static String overlap(List<String> eIds, List<String> sIds) {
    Set<String> common = new LinkedHashSet<>(eIds.subList(0, Math.min(10, eIds.size())));
    common.retainAll(sIds.subList(0, Math.min(10, sIds.size())));
    return common.size() + "/" + Math.min(10, eIds.size());
  }

  /** The request as {@code /api/search} parameters: {@code --filter dim=value} is {@code filter=dim:value}. */
  private static JsonNode get(Cli.Server server, List<String> request) throws Exception {
    StringBuilder q = new StringBuilder("q=").append(encode(request.get(0)));
    for (int i = 1; i < request.size(); i += 2) {
      String value = request.get(i + 1);
      String name = switch (request.get(i)) {
        case "--filter" -> {
          value = value.replaceFirst("=", ":");
          yield "filter";
        }
        case "--facet-limit" -> "facet_limit";
        default -> request.get(i).substring(2);
      };
      q.append('&').append(name).append('=').append(encode(value));
    }
    return fetch(server, "/api/search?" + q);
  }

  private static JsonNode fetch(Cli.Server server, String path) throws Exception {
    java.net.http.HttpResponse<String> rsp = HTTP.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), path + ": " + rsp.body());
    return JSON.readTree(rsp.body());
  }

  @Test
  void indexingTheSameInputsAgainSendsNothing() throws Exception {
    Path repo = Path.of(System.getProperty("practicesearch.repo"));
    Cli.Run again = Cli.practiceSearch(tmp, "index", repo.resolve("seeds").toString(),
        tmp.resolve("generated.jsonl").toString(), "--solr", url);
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("index " + url + ": 0 added, 0 updated, 0 deleted, " + (GENERATED + 22)
        + " unchanged"), again.err());
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
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
    // (the seeds are parsed, and their repairs summarised, before the collection is opened)
    assertTrue(other.errors().contains("\nerror: the collection " + base + "/old has schema 'practice-search-1.0' but "
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

package org.practicesearch.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.SearchIndex;

class ApiServerTest {
  @TempDir static Path tmp;
  static SearchIndex index;
  static ApiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path f : Files.list(Path.of(System.getProperty("practicesearch.repo"), "seeds")).toList()) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    Files.writeString(in.resolve("evil.jsonl"), "{\"id\": \"evil-1\", \"kind\": \"resource\", \"title\": "
        + "\"<script>alert('x')</script> Handbook\", \"description\": \"A <b>bold</b> handbook about smuggling.\"}\n",
        StandardCharsets.UTF_8);
    ParseResult parsed = Pages.parse(List.of(in));
    Indexing.replace(tmp.resolve("idx"), parsed, parsed.files());
    index = SearchIndex.open(tmp.resolve("idx"));
    server = ApiServer.start(index, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    index.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Test
  void searchGivesTheSameJsonAsTheCli() throws Exception {
    HttpResponse<String> r = get("/api/search?q=trafficking+victims+refugees&size=3");
    assertEquals(200, r.statusCode());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    JsonObject o = json(r);
    assertEquals("trafficking victims refugees", o.get("query").getAsString());
    assertEquals("practice-bc65a110bd65", o.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString());
    assertTrue(o.has("facets") && o.has("took_ms") && o.has("total"));
    assertFalse(o.get("timed_out").getAsBoolean());
  }

  @Test
  void headAnswersTheHeadersWithoutABody() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void filtersYearRangeAndPagingWork() throws Exception {
    JsonObject o = json(get("/api/search?filter=kind:resource&filter=region:Africa&year=2015..2020"));
    assertEquals(1, o.get("total").getAsLong());
    JsonObject p2 = json(get("/api/search?size=5&page=2&sort=year_desc"));
    assertEquals(5, p2.getAsJsonArray("hits").size());
  }

  @Test
  void badParametersAre400WithAMessage() throws Exception {
    HttpResponse<String> r = get("/api/search?filter=regoin:Africa");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("error").getAsString().startsWith("unknown facet 'regoin'"), r.body());
    assertEquals("size '1000' out of range; expected 0 to 100", json(get("/api/search?size=1000")).get("error").getAsString());
    assertEquals("bad year range 'abc'; expected FROM..TO, e.g. 2010..2020",
        json(get("/api/search?year=abc")).get("error").getAsString());
    assertEquals(400, get("/api/search?sort=sideways").statusCode());
    assertEquals(400, get("/api/search?filter=nocolon").statusCode());
  }

  @Test
  void entriesByIdWithRelatedAndUnknownIdsAre404() throws Exception {
    JsonObject e = json(get("/api/entries/practice-bc65a110bd65"));
    assertEquals("practice", e.get("kind").getAsString());
    assertEquals(5, e.getAsJsonArray("related").size());
    HttpResponse<String> missing = get("/api/entries/nope");
    assertEquals(404, missing.statusCode());
    assertEquals("no entry with id 'nope'", json(missing).get("error").getAsString());
    assertEquals(404, get("/nothing-here").statusCode());
  }

  @Test
  void suggestCompletesFromTitlesAndFacetValues() throws Exception {
    JsonObject o = json(get("/api/suggest?q=jor"));
    List<String> s = new ArrayList<>();
    o.getAsJsonArray("suggestions").forEach(x -> s.add(x.getAsString()));
    assertTrue(s.contains("Jordan"), s.toString());
    assertEquals(0, json(get("/api/suggest?q=j")).getAsJsonArray("suggestions").size());
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, r.statusCode());
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void everythingIsEscapedAndThePageComesFromTheJar() throws Exception {
    HttpResponse<String> r = get("/api/search?q=handbook+smuggling");
    JsonObject hit = json(r).getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("evil-1", hit.get("id").getAsString());
    // the title is data (the page sets it as text); the snippet is escaped HTML with <mark> only
    assertFalse(hit.get("snippet").getAsString().contains("<b>"), hit.get("snippet").getAsString());
    assertTrue(hit.get("snippet").getAsString().contains("&lt;b&gt;"), hit.get("snippet").getAsString());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\"></script>"));
    assertEquals("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        page.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    for (String asset : List.of("/app.js", "/dom.js", "/facets.js", "/worldmap.js", "/entry.js", "/app.css")) {
      assertEquals(200, get(asset).statusCode(), asset);
    }
    HttpResponse<String> world = get("/world.json");
    assertEquals("application/json; charset=utf-8", world.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(174, json(world).getAsJsonArray("countries").size());
  }

  @Test
  void countryFacetValuesCarryTheirIsoCode() throws Exception {
    List<String> countries = new ArrayList<>();
    json(get("/api/search?facet_limit=300")).getAsJsonObject("facets").getAsJsonArray("country").forEach(v -> {
      JsonObject o = v.getAsJsonObject();
      countries.add(o.get("value").getAsString() + "=" + (o.has("code") ? o.get("code").getAsString() : "-"));
    });
    assertTrue(countries.containsAll(List.of("Global=-", "Jordan=JO", "Türkiye=TR", "Netherlands Antilles=AN")),
        countries.toString());
    assertEquals("facet_limit '301' out of range; expected 1 to 300",
        json(get("/api/search?facet_limit=301")).get("error").getAsString());
  }

  @Test
  void filterValuesTheIndexDoesNotKnowAreNamedWithTheirDidYouMean() throws Exception {
    assertEquals("[{\"dimension\":\"country\",\"value\":\"Jordn\",\"suggestion\":\"Jordan\"}]",
        json(get("/api/search?filter=country:Jordn")).get("unknown_filters").toString());
    assertEquals("[{\"dimension\":\"region\",\"value\":\"Westen Africa\",\"suggestion\":\"Africa/Western Africa\"}]",
        json(get("/api/search?q=refugees+region:%22Westen+Africa%22")).get("unknown_filters").toString());
    assertEquals("[{\"dimension\":\"author\",\"value\":\"Zzyzx\",\"suggestion\":null}]",
        json(get("/api/search?filter=author:Zzyzx")).get("unknown_filters").toString());
    // aliases, case and sub-region names are known values, not warnings
    assertEquals("[]", json(get("/api/search?filter=country:Turkey&filter=region:western+africa&q=kind:resource"))
        .get("unknown_filters").toString());
  }

  @Test
  void exportGivesEveryEntryOfTheSearchAsCsvOrJsonLines() throws Exception {
    String params = "q=refugees&filter=kind:resource&sort=year_desc";
    JsonObject search = json(get("/api/search?size=1&" + params));
    long total = search.get("total").getAsLong();
    HttpResponse<String> csv = get("/api/export?format=csv&" + params);
    assertEquals(200, csv.statusCode());
    assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(csv.body().startsWith("\uFEFFid,kind,title,title_source,description,url,countries,"), csv.body().substring(0, 60));
    List<List<String>> rows = ExportTest.records(csv.body().substring(1));
    assertEquals(total + 1, rows.size());
    JsonObject first = search.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(first.get("id").getAsString(), rows.get(1).get(0));
    assertEquals(first.get("year").getAsString(), rows.get(1).get(rows.get(0).indexOf("year")));
    assertEquals(String.join("; ", new com.google.gson.Gson().fromJson(first.get("countries"), String[].class)),
        rows.get(1).get(rows.get(0).indexOf("countries")));

    HttpResponse<String> jsonl = get("/api/export?format=jsonl&" + params);
    assertEquals("application/x-ndjson; charset=utf-8", jsonl.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("attachment; filename=\"practice-search.jsonl\"",
        jsonl.headers().firstValue("Content-Disposition").orElseThrow());
    List<String> lines = jsonl.body().lines().toList();
    assertEquals(total, lines.size());
    assertEquals(first.get("id").getAsString(), JsonParser.parseString(lines.get(0)).getAsJsonObject().get("id").getAsString());
    // every entry, in the search's order, across pages
    List<String> all = get("/api/export?format=jsonl").body().lines().toList();
    assertEquals(json(get("/api/search?size=0")).get("total").getAsLong(), all.size());
    var out = new java.io.ByteArrayOutputStream();
    assertEquals(all.size(), Export.of(index, java.util.Map.of("format", List.of("jsonl")), 7).write(out));
    assertEquals(all, out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void badExportParametersAre400WithAMessage() throws Exception {
    HttpResponse<String> r = get("/api/export?format=xlsx");
    assertEquals(400, r.statusCode());
    assertEquals("format 'xlsx' unknown; expected csv or jsonl", json(r).get("error").getAsString());
    assertTrue(json(get("/api/export?filter=regoin:Africa")).get("error").getAsString().startsWith("unknown facet 'regoin'"));
    assertEquals(400, get("/api/export?year=abc").statusCode());
  }
}

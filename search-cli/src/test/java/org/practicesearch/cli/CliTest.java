package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir static Path tmp;
  static Path index;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void indexSeeds() {
    index = tmp.resolve("index");
    Run r = run("index", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  static Map<String, Long> counts(JsonObject response, String dim) {
    Map<String, Long> m = new HashMap<>();
    for (var v : response.getAsJsonObject("facets").getAsJsonArray(dim)) {
      m.put(v.getAsJsonObject().get("value").getAsString(), v.getAsJsonObject().get("count").getAsLong());
    }
    return m;
  }

  @Test
  void searchWithoutAnIndexIndexesTheBundledSeedsFirst() {
    Path fresh = tmp.resolve("fresh-index");
    CommonOptions.environment = Map.of(CommonOptions.INDEX_ENV, fresh.toString()); // only the default index is seeded
    Run r;
    try {
      r = run("search", "trafficking victims refugees", "--json");
    } finally {
      CommonOptions.environment = System.getenv();
    }
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("no index at " + fresh + " yet: indexing the bundled seeds"), r.err());
    JsonObject first = json(r.out()).getAsJsonArray("hits").get(0).getAsJsonObject();
    assertTrue(first.get("title").getAsString().startsWith("UNODC held a Regional Workshop"), first.toString());
  }

  @Test
  void matchAllReportsKindCountsAndEveryDimensionWithValues() {
    Run r = run("search", "", "--index", index.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonObject resp = json(r.out());
    assertEquals(22, resp.get("total").getAsLong());
    assertEquals(Map.of("practice", 11L, "resource", 10L, "guideline", 1L), counts(resp, "kind"));
    for (String dim : new String[] {"kind", "country", "region", "year", "stakeholder_type", "practice_type",
        "crisis_type", "crisis_phase", "guideline", "author"}) {
      assertTrue(resp.getAsJsonObject("facets").has(dim), "missing facet " + dim + " in " + resp.get("facets"));
    }
    assertEquals(10, resp.getAsJsonArray("hits").size());
    assertTrue(resp.has("took_ms"));
  }

  @Test
  void countryFilterNarrowsHitsAndKeepsOtherCountryCounts() {
    Run all = run("search", "", "--index", index.toString(), "--json", "--facet-limit", "100");
    Run r = run("search", "", "--filter", "country=Jordan", "--index", index.toString(), "--json", "--facet-limit", "100");
    assertEquals(0, r.code(), r.err());
    JsonObject resp = json(r.out());
    assertEquals(2, resp.get("total").getAsLong());
    // drill-sideways: the country facet still counts as if no country were selected
    assertEquals(counts(json(all.out()), "country"), counts(resp, "country"));
    assertEquals(Map.of("practice", 2L), counts(resp, "kind"));
  }

  @Test
  void regionFacetIsAHierarchyAndRegionFilterFindsPracticesInAfricanCountries() {
    JsonObject all = json(run("search", "", "--index", index.toString(), "--json", "--facet-limit", "20").out());
    JsonObject africa = null;
    for (var v : all.getAsJsonObject("facets").getAsJsonArray("region")) {
      if (v.getAsJsonObject().get("value").getAsString().equals("Africa")) {
        africa = v.getAsJsonObject();
      }
    }
    assertEquals(6, africa.get("count").getAsLong(), africa.toString());
    assertTrue(africa.getAsJsonArray("children").toString().contains("\"value\":\"Western Africa\""), africa.toString());
    Run r = run("search", "", "--filter", "region=Africa", "--filter", "kind=practice", "--index", index.toString(),
        "--json", "--size", "20");
    JsonObject resp = json(r.out());
    assertEquals(5, resp.get("total").getAsLong());
    for (var h : resp.getAsJsonArray("hits")) {
      assertTrue(h.getAsJsonObject().getAsJsonArray("regions").toString().contains("Africa/"), h.toString());
    }
    Run sub = run("search", "", "--filter", "region=Western Africa", "--index", index.toString(), "--json");
    assertEquals(3, json(sub.out()).get("total").getAsLong());
  }

  @Test
  void countryFilterIsNormalisedLikeThePages() {
    Run r = run("search", "", "--filter", "country=Turkey", "--index", index.toString(), "--json");
    assertEquals(1, json(r.out()).get("total").getAsLong(), r.out());
  }

  @Test
  void unknownFacetIsAUsageErrorNamingTheChoices() {
    Run r = run("search", "x", "--filter", "regoin=Africa", "--index", index.toString());
    assertEquals(2, r.code());
    assertEquals("error: unknown facet 'regoin'; expected one of [kind, country, region, year, stakeholder_type, "
        + "practice_type, crisis_type, crisis_phase, guideline, category, topic, author]\n", r.err().replace("\r", ""));
    assertEquals("", r.out());
  }

  @Test
  void badYearRangeAndUnknownOptionAreUsageErrors() {
    Run year = run("search", "x", "--year", "2020..2010", "--index", index.toString());
    assertEquals(2, year.code());
    assertEquals("error: year range '2020..2010' is empty; expected FROM <= TO\n", year.err());
    Run option = run("search", "x", "--colour");
    assertEquals(2, option.code());
    assertTrue(option.err().startsWith("error: Unknown option: '--colour'"), option.err());
  }

  @Test
  void showUnknownIdFailsWithExitOne() {
    Run r = run("show", "practice-000000000000", "--index", index.toString());
    assertEquals(1, r.code());
    assertEquals("error: no entry with id 'practice-000000000000' in " + index + "\n", r.err());
  }

  @Test
  void showPrintsAnEntryFoundBySearch() {
    Run s = run("search", "IGAD early warning", "--index", index.toString(), "--json", "--size", "1");
    String id = json(s.out()).getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    Run r = run("show", id, "--index", index.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonObject e = json(r.out());
    assertEquals(id, e.get("id").getAsString());
    assertEquals("practice", e.get("kind").getAsString());
  }

  @Test
  void zeroHitsIsSuccess() {
    Run r = run("search", "xylophonequartz", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("0 results for \"xylophonequartz\""), r.out());
  }

  @Test
  void aRejectedInputGivesExitThreeAndTheGoodInputIsStillIndexed() throws IOException {
    Path in = tmp.resolve("mixed");
    Files.createDirectories(in);
    Files.copy(Path.of(System.getProperty("practicesearch.repo"), "seeds", "002_2a6fb45c4a1a1a4a.txt"), in.resolve("good.txt"));
    Files.writeString(in.resolve("bad.txt"), "just some words\nwith no layout at all\n", StandardCharsets.UTF_8);
    Path idx = tmp.resolve("mixed-index");
    Run r = run("index", in.toString(), "--index", idx.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("error: " + in.resolve("bad.txt") + ":1: "), r.err());
    JsonObject resp = json(run("search", "", "--index", idx.toString(), "--json").out());
    assertEquals(1, resp.get("total").getAsLong());
  }

  @Test
  void lookAlikePracticesAreIndexedApartWithAWarningAndExitZero() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("look-alikes"));
    String text = "The ministry set up a hotline for migrants stranded by the floods, in six languages, and trained "
        + "consular staff to answer it around the clock.";
    Files.writeString(in.resolve("a.txt"), "Type of practice: Tools\nCountry: Thailand\n\n" + text, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "Type of practice: Tools\nCountry: Nepal\n\n" + text, StandardCharsets.UTF_8);
    Path idx = tmp.resolve("look-alikes-index");
    Run r = run("index", in.toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    JsonObject resp = json(run("search", "", "--index", idx.toString(), "--json").out());
    assertEquals(2, resp.get("total").getAsLong());
    String first = resp.getAsJsonArray("hits").asList().stream().map(h -> h.getAsJsonObject())
        .filter(h -> h.get("source").getAsString().endsWith("a.txt:1")).findFirst().orElseThrow().get("id").getAsString();
    assertTrue(r.err().contains("warning: " + in.resolve("b.txt") + ":1: same description as " + first + " ("
        + in.resolve("a.txt") + ":1) but another title or other countries; kept as a separate practice\n"), r.err());
  }

  @Test
  void parseJsonPrintsOneDocumentWithEveryEntry() {
    Run r = run("parse", Path.of(System.getProperty("practicesearch.repo"), "seeds").toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonArray entries = json(r.out()).getAsJsonArray("entries");
    assertEquals(22, entries.size());
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"search", "index", "parse", "show"}) {
      Run r = run(cmd, "--help");
      assertEquals(0, r.code());
      assertTrue(r.out().contains("Usage: practice-search " + cmd), r.out());
    }
  }

  @Test
  void topLevelHelpListsEveryCommandEvenThoughARunBuildsOnlyItsOwn() {
    Run help = run("--help");
    assertEquals(0, help.code());
    for (String cmd : new String[] {"search", "index", "parse", "show", "eval", "serve", "help"}) {
      assertTrue(help.out().contains("\n  " + cmd + " "), cmd + " in:\n" + help.out());
    }
    Run sub = run("help", "show");
    assertEquals(0, sub.code());
    assertTrue(sub.out().contains("Usage: practice-search show"), sub.out());
    Run typo = run("serch", "x");
    assertEquals(2, typo.code());
    assertTrue(typo.err().startsWith("error: Unmatched arguments from index 0: 'serch', 'x'"), typo.err());
    Run none = run();
    assertEquals(2, none.code());
    assertEquals("error: a command is required\ntry 'practice-search --help'\n", none.err().replace("\r", ""));
  }
}

package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.cli.crawl.CrawlSummary;
import org.practicesearch.cli.crawl.Crawler;

/** Crawls, re-crawls, resumes and indexes a copy of the sites served on loopback by {@link TestSite}. */
class CrawlCommandTest {
  private static final String G8 = "GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action";
  private static final List<String> SCOPE = List.of("--scope", "/guidelines", "/practice", "/topics", "/resource",
      "/download", "/private", "/files");
  private static final String FIRST_CRAWL = "8 fetched, 0 unchanged, 1 redirected; skipped: 1 robots, 2 scope, "
      + "2 non-HTML, 2 errors (404 ×1, 500 ×1)";
  /** Every request of a full crawl, in order. */
  private static final List<String> FULL_CRAWL = List.of("/robots.txt", "/guidelines/8", "/topics/capacity-building",
      "/download/toolkit", "/practice/training", "/practice/workshop", "/practice/old", "/practice/case-law",
      "/practice/broken", "/guidelines/8?page=1", "/resource/toolkit", "/topics/capacity-building?page=1",
      "/practice/gone");

  @TempDir Path tmp;
  TestSite site;
  Path out;

  @BeforeEach
  void serve() throws IOException {
    site = new TestSite();
    out = tmp.resolve("pages");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private CliTest.Run crawl(String... more) {
    List<String> args = new ArrayList<>(List.of("crawl", site.base() + "/guidelines/8",
        site.base() + "/topics/capacity-building", "--out", out.toString(), "--delay", "0"));
    args.addAll(SCOPE);
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  /** The entries {@code parse DIR --json} gives, by title, without where they were read (file names differ). */
  private static Map<String, JsonObject> entries(Path dir) {
    CliTest.Run r = CliTest.run("parse", dir.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    Map<String, JsonObject> byTitle = new LinkedHashMap<>();
    for (JsonElement e : CliTest.json(r.out()).getAsJsonArray("entries")) {
      JsonObject o = e.getAsJsonObject().deepCopy();
      o.remove("source");
      o.remove("sources");
      o.remove("repairs");
      byTitle.put(o.get("title").getAsString(), o);
    }
    return byTitle;
  }

  private static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : o.getAsJsonArray(key)) {
      out.add(e.getAsString());
    }
    return out;
  }

  @Test
  void crawlAndIndexGiveTheSitesEntriesWithTitlesAndUrlsFromThePages() {
    CliTest.Run r = crawl();
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().endsWith("crawl " + out + ": " + FIRST_CRAWL + "\n"), r.err());
    assertEquals(FULL_CRAWL, site.log()); // robots.txt forbids /private/, /about is out of scope: never asked for
    assertTrue(r.err().contains("skip (robots.txt) " + site.base() + "/private/secret\n"), r.err());
    assertTrue(r.err().contains("skip (scope) https://example.org/partner\n"), r.err());

    Map<String, JsonObject> entries = entries(out);
    String b = site.base();
    Map<String, String> urls = new LinkedHashMap<>();
    entries.forEach((title, e) -> urls.put(e.get("kind").getAsString() + ": " + title, e.get("url").getAsString()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("guideline: " + G8, b + "/guidelines/8");
    expected.put("practice: Case law databases on trafficking and smuggling", b + "/practice/case-law"); // from the sidecar
    expected.put("practice: Training criminal justice practitioners on trafficking and smuggling", b + "/practice/training");
    expected.put("practice: Regional workshop on victims of trafficking among refugees", b + "/practice/workshop");
    expected.put("resource: Harnessing Accumulated Knowledge to Respond to Trafficking in Persons: A Toolkit", b + "/resource/toolkit");
    expected.put("resource: Institutional Framework for Addressing Gender-Based Violence in Crises", "");
    expected.put("resource: Caring for Trafficked Persons: Guidance for Health Providers", "");
    expected.put("practice: The IFRC has engaged in a comprehensive analysis of smart practices", "");
    expected.put("practice: The IFRC has engaged in a 45-month project", "");
    assertEquals(expected, urls);

    JsonObject training = entries.get("Training criminal justice practitioners on trafficking and smuggling");
    assertEquals("page", training.get("title_source").getAsString());
    assertEquals(List.of("Algeria", "Colombia", "Côte d'Ivoire", "South Korea"), strings(training, "countries"));
    assertEquals(List.of(G8), strings(training, "guidelines")); // its teaser on the guideline page merged into it
    assertFalse(training.get("summary").getAsBoolean());
    JsonObject workshop = entries.get("Regional workshop on victims of trafficking among refugees");
    assertEquals(List.of("Egypt", "Iraq", "Jordan", "Lebanon", "Türkiye"), strings(workshop, "countries"));
    assertEquals(List.of("Crisis Preparedness", "Emergency Response"), strings(workshop, "crisis_phases"));
    JsonObject teaser = entries.get("The IFRC has engaged in a 45-month project");
    assertTrue(teaser.get("summary").getAsBoolean()); // its page answered 404
    assertEquals("derived", teaser.get("title_source").getAsString());

    Path index = tmp.resolve("index");
    CliTest.Run indexed = CliTest.run("index", out.toString(), "--index", index.toString());
    assertEquals(0, indexed.code(), indexed.err());
    assertTrue(indexed.err().contains("read 8 files: 9 entries"), indexed.err());
    CliTest.Run found = CliTest.run("search", "criminal justice practitioners", "--index", index.toString(), "--json");
    JsonObject hit = CliTest.json(found.out()).getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(b + "/practice/training", hit.get("url").getAsString());
  }

  @Test
  void theSameSiteSavedFromABrowserGivesTheSameEntries() throws IOException {
    assertEquals(0, crawl().code());
    Path saved = tmp.resolve("saved");
    Files.createDirectories(saved);
    int n = 0;
    for (String target : FULL_CRAWL) {
      String html = target.equals("/robots.txt") ? null : site.page(target);
      if (html != null) {
        String url = site.base() + target;
        // what a browser writes at the top of a page it saves
        String mark = String.format("<!-- saved from url=(%04d)%s -->%n", url.length(), url);
        Files.writeString(saved.resolve("page-" + n++ + ".htm"), mark + html, StandardCharsets.UTF_8);
      }
    }
    assertEquals(8, n);
    assertEquals(entries(out), entries(saved));
  }

  @Test
  void secondCrawlAsksWithTheEtagsAndFetchesOnlyWhatChanged() throws IOException {
    assertEquals(0, crawl().code());
    Path host = out.resolve(site.base().substring("http://".length()).replace(':', '_'));
    site.change("/practice/workshop", "This pilot activity was held in Jordan.", "This pilot activity was held in Amman, Jordan.");
    site.remove("/topics/capacity-building?page=1");
    site.clearLog();
    CliTest.Run again = crawl();
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().endsWith("crawl " + out + ": 1 fetched, 6 unchanged, 1 redirected; skipped: 1 robots, "
        + "2 scope, 2 non-HTML, 3 errors (404 ×2, 500 ×1)\n"), again.err());
    List<String> conditional = site.log().stream().filter(l -> l.endsWith(" (if-none-match)")).toList();
    assertEquals(8, conditional.size(), site.log().toString());
    assertTrue(again.err().contains("304 " + site.base() + "/practice/training unchanged"), again.err());
    try (Stream<Path> files = Files.list(host)) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
      assertEquals(7, names.size(), names.toString()); // the page gone from the site is gone from the folder
      assertTrue(names.stream().noneMatch(n -> n.startsWith("topics-capacity-building-page-1-")), names.toString());
      String workshop = names.stream().filter(n -> n.startsWith("practice-workshop-")).findFirst().orElseThrow();
      assertTrue(Files.readString(host.resolve(workshop)).contains("held in Amman, Jordan."));
    }
  }

  @Test
  void killedCrawlResumesWhereItStoppedWithoutAskingAgain() throws Exception {
    Crawler.Options options = new Crawler.Options(List.of(URI.create(site.base() + "/guidelines/8"),
        URI.create(site.base() + "/topics/capacity-building")), out, 1000, 0, SCOPE.subList(1, SCOPE.size()),
        Duration.ofSeconds(5), "practice-search/test", CrawlCommand.ROBOT_NAME, false);
    RuntimeException kill = new RuntimeException("killed");
    Crawler first = new Crawler(options, line -> {
      if (line.contains("/practice/workshop ->")) {
        throw kill; // dies after saving the page, before the state records it
      }
    });
    assertEquals(kill, assertThrows(RuntimeException.class, first::crawl));
    assertEquals(FULL_CRAWL.subList(0, 6), site.log());
    site.clearLog();

    List<String> progress = new ArrayList<>();
    CrawlSummary resumed = new Crawler(options, progress::add).crawl();
    assertEquals("resuming the unfinished crawl in " + out + ": 6 queued", progress.get(0));
    assertEquals("scope: " + String.join(" ", SCOPE.subList(1, SCOPE.size()).stream().map(p -> site.base() + p)
        .toList()), progress.get(1));
    assertEquals(FIRST_CRAWL, resumed.toString()); // counted over the whole run
    List<String> expected = new ArrayList<>(List.of("/robots.txt"));
    expected.addAll(FULL_CRAWL.subList(5, FULL_CRAWL.size()));
    assertEquals(expected, site.log()); // the pages fetched before the kill are not asked for again

    Path whole = tmp.resolve("whole");
    out = whole;
    assertEquals(0, crawl().code());
    assertEquals(entries(whole), entries(tmp.resolve("pages")));
  }

  @Test
  void maxPagesStopsTheCrawlAndTheNextRunContinues() {
    CliTest.Run r = crawl("--max-pages", "3");
    assertEquals(0, r.code(), r.err());
    assertEquals(FULL_CRAWL.subList(0, 4), site.log());
    assertTrue(r.err().contains("2 fetched, 0 unchanged, 0 redirected; skipped: 1 robots, 2 scope, 2 non-HTML, "
        + "0 errors; 7 pending\nstopped at --max-pages 3; run the same command again to continue\n"), r.err());
    site.clearLog();
    CliTest.Run rest = crawl();
    assertTrue(rest.err().endsWith(FIRST_CRAWL + "\n"), rest.err());
    assertEquals(FULL_CRAWL.subList(4, FULL_CRAWL.size()), site.log().subList(1, site.log().size()));
  }

  @Test
  void dryRunListsWhatItWouldFetchAndReadsOnlyRobotsTxt() throws IOException {
    CliTest.Run r = CliTest.run("crawl", site.base() + "/guidelines/8", site.base() + "/private/x", "--out",
        out.toString(), "--dry-run");
    assertEquals(0, r.code(), r.err());
    assertEquals("fetch " + site.base() + "/guidelines/8\nskip " + site.base() + "/private/x (robots.txt)\n", r.out());
    assertEquals(List.of("/robots.txt"), site.log());
    assertFalse(Files.exists(out));
  }

  @Test
  void aPageThatAsksNotToBeIndexedIsNeitherSavedNorFollowed() throws IOException {
    CliTest.Run r = CliTest.run("crawl", site.base() + "/noindex", "--out", out.toString(), "--delay", "0");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("[1/1000] 200 " + site.base() + "/noindex skipped: the page asks not to be indexed "
        + "(meta robots)\n"), r.err());
    assertTrue(r.err().endsWith(": 0 fetched, 0 unchanged, 0 redirected; skipped: 1 robots, 0 scope, 0 non-HTML, "
        + "0 errors\n"), r.err());
    assertEquals(List.of("/robots.txt", "/noindex"), site.log()); // its link to the guideline is not followed
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".html")).toList());
    }
  }

  @Test
  void robotsTxtIsFollowedWhereItRedirects() {
    site.moveRobots();
    CliTest.Run r = CliTest.run("crawl", site.base() + "/private/x", "--out", out.toString(), "--dry-run");
    assertEquals("skip " + site.base() + "/private/x (robots.txt)\n", r.out());
    assertEquals(List.of("/robots.txt", "/moved/robots.txt"), site.log());
  }

  @Test
  void busyServerIsAskedLessOftenAndANothingFetchedCrawlFails() {
    CliTest.Run r = CliTest.run("crawl", site.base() + "/busy", "--out", out.toString(), "--delay", "0");
    assertEquals(1, r.code(), r.err());
    assertEquals("scope: " + site.base() + "/\n[1/1000] 503 " + site.base() + "/busy error\n"
        + "server busy: at least 2000 ms between requests to " + site.base() + " from now on\n"
        + "crawl " + out + ": 0 fetched, 0 unchanged, 0 redirected; skipped: 0 robots, 0 scope, 0 non-HTML, "
        + "1 errors (503 ×1)\n", r.err());
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    CliTest.Run r = CliTest.run("crawl", "ftp://example.org/", "--out", out.toString());
    assertEquals(2, r.code());
    assertEquals("error: bad URL 'ftp://example.org/'; expected http://host/... or https://host/...\n", r.err());
    r = CliTest.run("crawl", site.base() + "/", "--out", out.toString(), "--max-pages", "0");
    assertEquals(2, r.code());
    assertEquals("error: --max-pages 0 must be at least 1\n", r.err());
    r = CliTest.run("crawl", site.base() + "/", "--out", out.toString(), "--scope", "practices");
    assertEquals("error: bad --scope 'practices'; expected a path (/practices) or a URL prefix\n", r.err());
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    r = CliTest.run("crawl", site.base() + "/", "--out", file.toString());
    assertEquals(2, r.code());
    assertEquals("error: --out " + file + " is a file; expected a folder\n", r.err());
    assertEquals(List.of(), site.log());
  }
}

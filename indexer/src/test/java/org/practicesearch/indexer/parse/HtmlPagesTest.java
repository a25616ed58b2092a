package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.TitleSource;

class HtmlPagesTest {
  private static final String G8 = "GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action";

  /** A practice page in Drupal's field markup: a label element, one element a value. */
  static final String DRUPAL_PRACTICE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <title>Case law databases | MICIC</title>
      <link rel="canonical" href="https://example.org/practice/case-law-databases">
      <script>var x = "Country: Nowhere";</script>
      </head>
      <body>
      <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
      <header role="banner"><h1 class="site-name">MICIC</h1><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
      <main role="main">
      <h1 class="page-title"><span>Case law&nbsp;databases</span></h1>
      <div class="field field--name-field-type-of-practice field--label-inline">
        <div class="field__label">Type of practice</div>
        <div class="field__items"><div class="field__item">Tools</div></div>
      </div>
      <div class="field field--name-field-country field--label-inline">
        <div class="field__label">Country</div>
        <div class="field__items">
          <div class="field__item">Korea, Republic of</div>
          <div class="field__item">Tanzania, United Republic of</div>
        </div>
      </div>
      <div class="field field--name-field-stakeholder field--label-inline">
        <div class="field__label">Name of Stakeholder</div>
        <div class="field__item">United Nations Office on Drugs and Crime (UNODC)</div>
      </div>
      <div class="field field--name-field-crisis-type field--label-inline">
        <div class="field__label">Type of crisis</div>
        <div class="field__items"><div class="field__item">Conflict</div><div class="field__item">Natural Disaster</div></div>
      </div>
      <div class="field field--name-body">
        <p>Through its <strong>Case Law</strong> Databases, UNODC analyses &amp; disseminates information
        on the prosecution of trafficking in persons.<br>It serves prosecutors, judges&nbsp;and investigators.</p>
      </div>
      <form class="search"><input name="q"><label>Country: Somewhere</label></form>
      </main>
      <footer role="contentinfo"><p>Country: Footerland</p></footer>
      </body>
      </html>
      """;

  @Test
  void drupalPracticePageKeepsValuesWholeAndTakesTitleAndUrlFromThePage() {
    ParseResult r = Pages.parseText("practice.html", DRUPAL_PRACTICE);
    assertEquals(List.of(), r.problems());
    Entry e = r.entries().get(0);
    assertEquals(Kind.PRACTICE, e.kind());
    assertEquals("Case law databases", e.title());
    assertEquals(TitleSource.PAGE, e.titleSource());
    assertEquals("https://example.org/practice/case-law-databases", e.url());
    assertEquals(List.of("South Korea", "Tanzania"), e.countries());
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("United Nations Office on Drugs and Crime (UNODC)"), e.stakeholders());
    assertEquals(List.of("Conflict", "Natural Disaster"), e.crisisTypes());
    assertEquals("Through its Case Law Databases, UNODC analyses & disseminates information on the prosecution of "
        + "trafficking in persons.\nIt serves prosecutors, judges and investigators.", e.description());
    assertEquals("practice.html:14", e.source()); // the HTML line of the first label
  }

  @Test
  void chromeScriptsAndFormsAreNotText() {
    HtmlPage page = HtmlPage.read(DRUPAL_PRACTICE, "");
    String text = String.join("\n", page.lines());
    assertFalse(text.contains("Skip to main content"), text);
    assertFalse(text.contains("Nowhere") || text.contains("Somewhere") || text.contains("Footerland"), text);
    assertFalse(text.contains("MICIC"), text);
    assertEquals("Case law databases", page.lines().get(0));
  }

  @Test
  void readMoreLinksAreDroppedButOtherLinksStay() {
    HtmlPage page = HtmlPage.read("<html><body><p>A teaser... <a href=\"/p/1\">Read more</a></p>"
        + "<p><a href=\"/more\">More information on trafficking</a></p><p><a href=\"/p/2\">Lire la suite »</a></p>", "");
    assertEquals(List.of("A teaser...", "", "More information on trafficking"), page.lines());
  }

  @Test
  void formLayoutWithListsUnderHeadingsGivesOneValueAListItem() {
    String html = """
        <html><head><meta property="og:title" content="Regional workshop"><meta property="og:url" content="https://example.org/p/2"></head>
        <body><div id="content">
        <h3>Type of practice</h3><ul><li>Training and capacity building</li></ul>
        <h3>Country (Check all that apply)</h3>
        <ul><li>Egypt</li><li>Iraq</li><li>Jordan</li></ul>
        <h3>Crisis phase (Check all that apply)</h3><ul><li>Crisis Preparedness</li><li>Emergency Response</li></ul>
        <h3>Description of the practice</h3>
        <p>UNODC held a Regional Workshop on the identification of victims of trafficking among refugees.</p>
        <p>The discussions showed the need for training.</p>
        </div></body></html>
        """;
    Entry e = Pages.parseText("form.htm", html).entries().get(0);
    assertEquals(List.of("Egypt", "Iraq", "Jordan"), e.countries());
    assertEquals(List.of("Training and capacity building"), e.practiceTypes());
    assertEquals(List.of("Crisis Preparedness", "Emergency Response"), e.crisisPhases());
    assertEquals("UNODC held a Regional Workshop on the identification of victims of trafficking among refugees.\n\n"
        + "The discussions showed the need for training.", e.description());
    assertEquals("Regional workshop", e.title());
    assertEquals("https://example.org/p/2", e.url());
  }

  @Test
  void guidelinePageGivesTheGuidelineAndTeasersWithWholeCountries() {
    String html = """
        <html><head><title>Guideline 8 | MICIC</title></head><body><main>
        <h1>GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action</h1>
        <p>Limited resources, funding, and technical skills can all affect the robustness of emergency responses.</p>
        <div class="view-content">
         <div class="views-row">
          <div class="views-field views-field-field-country"><span class="views-label">Country: </span>
            <div class="field-content"><div class="field__item">Korea, Republic of</div><div class="field__item">Jordan</div></div></div>
          <div class="views-field views-field-field-type"><span class="views-label">Type of Practice: </span>
            <div class="field-content">Tools</div></div>
          <div class="views-field views-field-body"><div class="field-content">A teaser of a practice that nobody saved in full, long enough to count...</div></div>
          <div class="views-field views-field-view-node"><a href="/practice/x">Read more<span class="visually-hidden"> about it</span></a></div>
         </div>
        </div>
        <nav class="pager"><a href="?page=1">next</a></nav>
        </main></body></html>
        """;
    ParseResult r = Pages.parseText("g8.html", html);
    assertEquals(List.of(), r.problems());
    assertEquals(2, r.entries().size());
    Entry g = r.entries().get(0);
    assertEquals(G8, g.title());
    assertEquals(Kind.GUIDELINE, g.kind());
    Entry t = r.entries().get(1);
    assertTrue(t.summary());
    assertEquals(List.of("South Korea", "Jordan"), t.countries());
    assertEquals(List.of("Tools"), t.practiceTypes());
    assertEquals("A teaser of a practice that nobody saved in full, long enough to count...", t.description());
    assertEquals("g8.html:6", t.source());
  }

  @Test
  void resourceListingTakesEachTitlesLinkAsItsUrl() {
    String html = """
        <html><body><main><h1>Capacity Building</h1>
        <div class="views-row">
          <h3><a href="https://example.org/resource/toolkit">A Toolkit for Counter-Trafficking Programmes</a></h3>
          <p>Practical tools developed jointly by the member agencies of ICAT.</p>
          <div class="field"><div class="field__label">Country</div><div class="field__item">Worldwide</div></div>
          <div class="field"><div class="field__label">Year</div><div class="field__item">2016</div></div>
        </div>
        <div class="views-row">
          <h3>Caring for Trafficked Persons (2009)</h3>
          <p>Guidance for health providers.</p>
          <div class="field"><div class="field__label">Authors</div><div class="field__item">Zimmerman, C.</div><div class="field__item">Borland, R.</div></div>
          <div class="field"><div class="field__label">Region</div><div class="field__item">Worldwide</div></div>
        </div>
        </main></body></html>
        """;
    ParseResult r = Pages.parseText("topic.html", html);
    assertEquals(2, r.entries().size(), r.problems().toString());
    Entry a = r.entries().get(0);
    assertEquals("A Toolkit for Counter-Trafficking Programmes", a.title());
    assertEquals("https://example.org/resource/toolkit", a.url());
    assertEquals(Integer.valueOf(2016), a.year());
    assertEquals(List.of("Capacity building"), a.topics()); // the listing's heading, through the vocabulary
    Entry b = r.entries().get(1);
    assertEquals("", b.url());
    assertEquals(Integer.valueOf(2009), b.year());
  }

  @Test
  void pageOfNoKnownLayoutIsADocumentWithAWarningAtItsHtmlLine() {
    String html = "<!doctype html>\n<html><head><title>About us - Example site</title><meta property=\"og:site_name\" "
        + "content=\"Example site\"></head>\n<body>\n<p>" + "This is a long paragraph about the project. ".repeat(4)
        + "</p></body></html>";
    ParseResult r = Pages.parseText("about.txt", html);
    Entry e = r.entries().get(0);
    assertEquals(Kind.DOCUMENT, e.kind());
    assertEquals("About us", e.title());
    assertEquals(TitleSource.PAGE, e.titleSource());
    assertEquals("about.txt:4: no practice or resource fields found; indexed as a plain document",
        r.problems().get(0).toString());
  }

  /** A text page as a web page would give it: a {@code <p>} per paragraph, a {@code <br>} after each line. */
  static String asHtml(String text) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<p>");
    for (String line : Text.lines(text)) {
      if (line.isBlank()) {
        html.append("</p>\n<p>");
      } else {
        html.append(line.replace("&", "&amp;").replace("<", "&lt;")).append("<br>\n");
      }
    }
    return html.append("</p>\n</body></html>\n").toString();
  }

  @Test
  void seedsAsWebPagesGiveTheSameEntriesAsTheirText(@TempDir Path dir) throws IOException {
    Path paragraphs = Files.createDirectories(dir.resolve("p"));
    Path preformatted = Files.createDirectories(dir.resolve("pre"));
    try (var seeds = Files.list(Seeds.DIR)) {
      for (Path seed : seeds.toList()) {
        String text = Files.readString(seed);
        Files.writeString(paragraphs.resolve(seed.getFileName() + ".html"), asHtml(text));
        Files.writeString(preformatted.resolve(seed.getFileName() + ".html"), "<html><body><pre>\n"
            + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>");
      }
    }
    List<Entry> text = withoutSources(Seeds.parseAll().entries());
    for (Path html : List.of(paragraphs, preformatted)) {
      ParseResult r = Pages.parse(List.of(html));
      assertEquals(List.of(), r.problems());
      assertEquals(text, withoutSources(r.entries()), html.toString());
    }
  }

  /** Entries without where they were read and the repairs that name it (the file names differ). */
  private static List<Entry> withoutSources(List<Entry> entries) {
    return entries.stream().map(e -> e.toBuilder().sources(List.of()).repairs(e.repairs().stream()
        .filter(r -> !r.field().equals("source")).toList()).build()).toList();
  }

  @Test
  void siteNameIsDroppedFromTheHeadTitle() {
    assertEquals("Page", HtmlMeta.withoutSiteName("Page | Site", ""));
    assertEquals("Page - with dash", HtmlMeta.withoutSiteName("Page - with dash | Site", ""));
    assertEquals("Page", HtmlMeta.withoutSiteName("Site - Page", "Site"));
    assertEquals("Just a title", HtmlMeta.withoutSiteName("Just a title", "Site"));
  }

  @Test
  void sidecarGivesTheUrlOfASavedPageWithoutOneAndIsNotAnInput(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("p.html");
    Files.writeString(page, DRUPAL_PRACTICE.replace("<link rel=\"canonical\" href=\"https://example.org/practice/case-law-databases\">", ""));
    new CrawlSidecar("https://example.org/node/7", "2026-01-01T00:00:00Z", 200, "\"e1\"", "", "text/html").write(page);
    ParseResult r = Pages.parse(List.of(dir));
    assertEquals(1, r.files());
    assertEquals(List.of(), r.problems());
    assertEquals("https://example.org/node/7", r.entries().get(0).url());
  }
}

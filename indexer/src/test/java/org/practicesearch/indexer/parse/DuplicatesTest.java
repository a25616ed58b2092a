package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicesearch.model.Entry;

/** Only true duplicates merge, and a merged entry keeps every source; look-alikes stay apart, with a warning. */
class DuplicatesTest {
  private static final String DESC = "The ministry set up a hotline for migrants stranded by the floods, in six "
      + "languages, and trained consular staff to answer it around the clock during the emergency.";
  private static final String LISTING = "Skip to main content\n\n%s\n\nCaring for Trafficked Persons\n\nA handbook for "
      + "health providers who meet victims of trafficking at different stages of their recovery.\nCountry\nWorldwide\n"
      + "Year\n2009\n";

  private static ParseResult parse(String... namesAndTexts) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      pages.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return Pages.parseTexts(pages);
  }

  private static List<String> problems(ParseResult r) {
    return r.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void lookAlikesWithOtherCountriesStayApartWithAWarningNamingTheOther() {
    ParseResult r = parse("a.txt", "Type of practice: Tools\nCountry: Thailand\n\n" + DESC,
        "b.txt", "Type of practice: Tools\nCountry: Nepal\n\n" + DESC);
    assertEquals(2, r.entries().size());
    Entry a = r.entries().get(0);
    assertNotEquals(a.id(), r.entries().get(1).id());
    assertEquals(List.of("b.txt:1: same description as " + a.id() + " (a.txt:1) but another title or other countries; "
        + "kept as a separate practice"), problems(r));
    // the same in the other order: the same ids, the warning still on the later file
    ParseResult reversed = parse("b.txt", "Type of practice: Tools\nCountry: Nepal\n\n" + DESC,
        "a.txt", "Type of practice: Tools\nCountry: Thailand\n\n" + DESC);
    assertEquals(r.entries().stream().map(Entry::id).sorted().toList(),
        reversed.entries().stream().map(Entry::id).sorted().toList());
    assertEquals(problems(r), problems(reversed));
  }

  @Test
  void lookAlikesWithOtherTitlesStayApart() {
    ParseResult r = parse("a.txt", "Hotline in Thailand\n\nType of practice: Tools\nCountry: Thailand\n\n" + DESC,
        "b.txt", "Floods hotline\n\nType of practice: Tools\nCountry: Thailand\n\n" + DESC);
    assertEquals(List.of("Hotline in Thailand", "Floods hotline"), r.entries().stream().map(Entry::title).toList());
    assertEquals(1, r.problems().size(), problems(r).toString());
  }

  @Test
  void theSamePageSavedTwiceIsOneEntryWithBothSources() {
    String page = "Type of practice: Tools\nCountry: Turkey\n\n" + DESC;
    ParseResult r = parse("a.txt", page, "b.txt", page.replace("Turkey", "Türkiye"));
    Entry e = r.entries().get(0);
    assertEquals(1, r.entries().size());
    assertEquals(List.of("a.txt:1", "b.txt:1"), e.sources());
    assertEquals(List.of(), r.problems());
  }

  @Test
  void pagesOfOneUrlAreOneEntryWhateverTheFileOrder() {
    String url = "https://micicinitiative.iom.int/micicinitiative/practices/floods-hotline";
    PageText before = new PageText("old.txt", "Type of practice: Tools\nCountry: Thailand\n\n" + DESC, "", url);
    PageText after = new PageText("new.txt", "Type of practice: Tools\nCountry: Thailand, Laos\n\n" + DESC, "", url);
    Entry e = Pages.parseTexts(List.of(before, after)).entries().get(0);
    Entry f = Pages.parseTexts(List.of(after, before)).entries().get(0);
    assertEquals(1, Pages.parseTexts(List.of(before, after)).entries().size());
    assertEquals(e.id(), f.id());
    assertEquals(e.sources(), f.sources());
    assertEquals(java.util.Set.of("new.txt:1", url, "old.txt:1"), java.util.Set.copyOf(f.sources()));
    assertEquals(url, e.url());
  }

  @Test
  void aListingEntryRepeatedOnTwoTopicPagesKeepsBothSourcesAndTopics() {
    ParseResult r = parse("health.txt", LISTING.formatted("Health"), "ct.txt", LISTING.formatted("Counter-Trafficking"));
    Entry e = r.entries().get(0);
    assertEquals(1, r.entries().size());
    assertEquals(List.of("health.txt:5", "ct.txt:5"), e.sources());
    assertEquals(List.of("Health", "Counter-Trafficking"), e.topics());
    assertEquals(List.of(), e.categories());
  }

  @Test
  void resourcesWithOneTitleButOtherDescriptionsAreTwoEntries() {
    ParseResult r = parse("a.txt", LISTING.formatted("Health"),
        "b.txt", LISTING.formatted("Health").replace("health providers", "community health workers"));
    assertEquals(2, r.entries().stream().map(Entry::id).distinct().count());
    assertEquals(List.of(), r.problems());
  }
}

package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/** Relevance behaviour on the seeds index: synonyms, typos, syntax, snippets, explain, related entries. */
class RelevanceTest {
  static final String WORKSHOP = "practice-bc65a110bd65";
  @TempDir static Path dir;
  static SearchIndex index;

  @BeforeAll
  static void open() throws IOException {
    ParseResult parsed = Pages.parse(List.of(Path.of(System.getProperty("practicesearch.repo"), "seeds")));
    Indexing.replace(dir, parsed, parsed.files());
    index = SearchIndex.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResponse search(String text) throws IOException {
    return index.search(SearchRequest.of(text));
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void anAcronymAndItsLongFormsGiveTheSameRanking() throws IOException {
    SearchResponse tip = search("TIP refugees");
    assertEquals(WORKSHOP, tip.hits().get(0).id());
    assertEquals(10, tip.hits().size());
    assertEquals(ids(tip), ids(search("trafficking in persons refugees")));
    assertEquals(ids(tip), ids(search("trafficked persons refugees")));
    assertEquals(ids(tip), ids(search("THB refugees")));
    assertTrue(tip.expansions().get(0).startsWith("TIP -> TiP | THB | trafficking in persons"), tip.expansions().toString());
  }

  @Test
  void synonymsCanBeSwitchedOff() throws IOException {
    SearchResponse off = index.search(SearchRequest.builder().text("THB").expandSynonyms(false).build());
    assertEquals(List.of(), off.expansions());
    assertEquals(List.of("resource-1e62151cae71", "resource-4cb57c6253de"), off.hits().stream().map(Hit::id).sorted().toList());
    SearchResponse on = search("THB");
    assertTrue(on.total() > off.total());
  }

  @Test
  void misspeltWordsAreSearchedAsTheirClearCorrectionAndTheResponseSaysSo() throws IOException {
    SearchResponse r = search("trafficing refugess");
    assertEquals("trafficking refugees", r.correction());
    assertEquals("trafficing refugess", r.query());
    assertNull(r.suggestion());
    assertEquals(ids(search("trafficking refugees")), ids(r));
    SearchResponse asTyped = index.search(SearchRequest.builder().text("trafficing refugess").correctSpelling(false).build());
    assertNull(asTyped.correction());
    assertEquals("trafficking refugees", asTyped.suggestion());
    assertNull(search("trafficking").correction());
  }

  @Test
  void stemmedMatchesAreHighlighted() throws IOException {
    SearchResponse r = search("refugee");
    assertEquals(WORKSHOP, r.hits().get(0).id());
    assertTrue(r.hits().get(0).snippet().contains("<mark>refugees</mark>"), r.hits().get(0).snippet());
  }

  @Test
  void fieldFiltersPhrasesExclusionAndOr() throws IOException {
    assertEquals(List.of(WORKSHOP), search("trafficking country:Jordan kind:practice").hits().stream()
        .filter(h -> h.entry().countries().contains("Jordan")).map(Hit::id).filter(WORKSHOP::equals).toList());
    SearchResponse phrase = search("\"early warning\"");
    assertEquals(List.of("practice-43fe2ab3c86d"), phrase.hits().stream().map(Hit::id).toList());
    SearchResponse excluded = search("trafficking -refugees");
    assertFalse(excluded.hits().stream().anyMatch(h -> h.id().equals(WORKSHOP)));
    // an exclusion among other words narrows the words' hits; it never adds every entry without the word
    assertEquals(List.of(11L, 9L), List.of(search("trafficking").total(), excluded.total()));
    assertEquals(List.of(8L, 8L), List.of(search("migrants").total(), search("migrants -children").total()));
    SearchResponse or = search("Angolan OR IGAD");
    assertEquals(2, or.total());
  }

  @Test
  void unbalancedQuotesFallBackToWordsWithANotice() throws IOException {
    SearchResponse r = search("\"early warning");
    assertEquals(List.of("unbalanced quotes or parentheses: searched for the words only"), r.notices());
    assertEquals("practice-43fe2ab3c86d", r.hits().get(0).id());
  }

  @Test
  void filtersThatLeaveNothingSayWhichToDrop() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder().text("trafficking").filter("country", "Kenya")
        .filter("kind", "resource").build());
    assertEquals(0, r.total());
    // without the country, 8 resources on trafficking; without the kind, 1 Kenyan practice
    assertEquals(new SearchResponse.Relaxation("country", List.of("Kenya"), 8), r.relaxation());
  }

  @Test
  void explainSaysWhichFieldsAndTermsMatched() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder().text("refugees").explain(true).size(1).build());
    Hit.Explanation e = r.hits().get(0).explanation();
    assertEquals(new Hit.Contribution("text", "refuge", e.contributions().get(0).score()), e.contributions().get(0));
    assertTrue(e.lucene().contains("BM25F((description meta stakeholders title^2.0 title_curated)(refuge))"),
        e.lucene());
  }

  @Test
  void relatedEntriesShareTheTheme() throws IOException {
    List<Hit> related = index.related(WORKSHOP, 3);
    assertEquals(3, related.size());
    assertFalse(related.stream().anyMatch(h -> h.id().equals(WORKSHOP)));
    // the other UNODC practices share the guideline and the theme
    assertTrue(related.stream().map(Hit::id).toList().contains("practice-867ec70fd581"), related.toString());
  }
}

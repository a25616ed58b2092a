package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

class SearchIndexTest {
  @TempDir static Path dir;
  static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    TestIndexes.write(dir, TestIndexes.sample());
    index = SearchIndex.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static Map<String, Long> counts(SearchResponse r, String dim) {
    return r.facets().getOrDefault(dim, List.of()).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void anExecutorRunsASearchThatRunsAloneButNotOneBesideAnother(@TempDir Path other) throws IOException {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: one slice, no executor used");
    TestIndexes.write(other, TestIndexes.sample());
    AtomicInteger tasks = new AtomicInteger();
    AtomicReference<SearchIndex> opened = new AtomicReference<>();
    List<SearchResponse> beside = new ArrayList<>();
    int[] tasksOfTheOther = new int[1];
    Executor executor = command -> {
      if (tasks.incrementAndGet() == 1) { // within the first search, a second one starts
        int before = tasks.get();
        try {
          beside.add(opened.get().search(SearchRequest.of("trafficking")));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        tasksOfTheOther[0] = tasks.get() - before;
      }
      command.run();
    };
    try (SearchIndex parallel = SearchIndex.open(other, SearchTuning.DEFAULT.withExecutor(executor))) {
      opened.set(parallel);
      SearchResponse alone = parallel.search(SearchRequest.of("trafficking"));
      assertTrue(tasks.get() > 0, "the search running alone used the executor");
      assertEquals(0, tasksOfTheOther[0], "the search beside it did not");
      SearchResponse expected = index.search(SearchRequest.of("trafficking"));
      for (SearchResponse r : List.of(alone, beside.get(0))) {
        assertEquals(ids(expected), ids(r));
        assertEquals(counts(expected, "country"), counts(r, "country"));
      }
    }
  }

  @Test
  void aFilterFewEntriesPassScoresEachOfThemAsTheFacetedSearchRanksThem(@TempDir Path other) throws IOException {
    // Chad: 40 entries of 2,000, few enough for every one to be scored (ScoreEvery); Jordan: the others
    TestIndexes.write(other, TestIndexes.numbered(2_000, i -> Entry.builder(String.format("p%05d", i),
            i % 3 == 0 ? Kind.RESOURCE : Kind.PRACTICE)
        .title(i % 7 == 0 ? "Refugees and migrants" : "Workshop " + i)
        .description("migrants " + "refugees ".repeat(i / 3 % 5) + "in crisis " + "x".repeat(i / 2 % 11))
        .countries(List.of(i % 50 == 0 ? "Chad" : "Jordan")).build()));
    try (SearchIndex idx = SearchIndex.open(other)) {
      for (String country : List.of("Chad", "Jordan")) {
        for (String text : List.of("migrants refugees", "refugees")) {
          SearchRequest.Builder b = SearchRequest.builder().text(text).filter("country", country)
              .filter("kind", "practice").size(20);
          SearchResponse plain = idx.search(b.facets(List.of()).build());
          SearchResponse faceted = idx.search(b.facets(List.of(org.practicesearch.schema.Dimension.values())).build());
          String what = text + " in " + country;
          assertEquals(ids(faceted), ids(plain), what);
          assertEquals(faceted.hits().stream().map(Hit::score).toList(), plain.hits().stream().map(Hit::score).toList(),
              what);
          assertTrue(plain.hits().size() > 3, what + ": " + plain.hits().size());
        }
      }
    }
  }

  @Test
  void rankedFreeTextPutsTheBestMatchFirst() throws IOException {
    SearchResponse r = index.search(SearchRequest.of("trafficking victims refugees"));
    assertEquals("p1", r.hits().get(0).id());
    assertEquals(4, r.total());
  }

  @Test
  void stemmingMatchesPluralsAndSnippetMarksTheWord() throws IOException {
    SearchResponse r = index.search(SearchRequest.of("refugee"));
    assertEquals(List.of("p1", "r2"), ids(r));
    assertTrue(r.hits().get(0).snippet().contains("<mark>refugees</mark>"), r.hits().get(0).snippet());
  }

  @Test
  void emptyQueryMatchesEverythingWithKindCounts() throws IOException {
    SearchResponse r = index.search(SearchRequest.of(""));
    assertEquals(5, r.total());
    assertEquals(Map.of("practice", 3L, "resource", 2L), counts(r, "kind"));
  }

  @Test
  void drillSidewaysKeepsOtherCountryCounts() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder().filter("country", "Jordan").build());
    assertEquals(List.of("p1"), ids(r));
    Map<String, Long> countries = counts(r, "country");
    assertEquals(1L, countries.get("Jordan"));
    assertEquals(1L, countries.get("Kenya"));
    assertEquals(1L, countries.get("Albania"));
    // dimensions without a filter count only the hits
    assertEquals(Map.of("practice", 1L), counts(r, "kind"));
    assertTrue(r.facets().get("country").stream().filter(FacetValue::selected).map(FacetValue::value)
        .toList().equals(List.of("Jordan")));
  }

  @Test
  void valuesOfOneDimensionAreOredAndDimensionsAnded() throws IOException {
    SearchResponse or = index.search(SearchRequest.builder().filter("country", "Jordan").filter("country", "Kenya").build());
    assertEquals(List.of("p1", "p3"), ids(or));
    SearchResponse and = index.search(SearchRequest.builder().filter("country", "Jordan").filter("kind", "resource").build());
    assertEquals(0, and.total());
  }

  @Test
  void regionFilterMatchesTopLevelAndSubRegionCaseInsensitively() throws IOException {
    assertEquals(List.of("p1", "p3"), ids(index.search(SearchRequest.builder().filter("region", "Africa").build())));
    assertEquals(List.of("p3"), ids(index.search(SearchRequest.builder().filter("region", "eastern africa").build())));
    SearchResponse all = index.search(SearchRequest.of(""));
    FacetValue africa = all.facets().get("region").stream().filter(v -> v.value().equals("Africa")).findFirst().orElseThrow();
    assertEquals(2, africa.count());
    assertEquals(List.of("Eastern Africa", "Northern Africa"), africa.children().stream().map(FacetValue::value).sorted().toList());
  }

  @Test
  void filterValuesResolveExactlyThenIgnoringCaseAndAccentsInEveryDimension() throws IOException {
    String author = ids(index.search(SearchRequest.builder().filter("author", "Jacqueline Berman").build())).toString();
    assertEquals(author, ids(index.search(SearchRequest.builder().filter("author", "jacqueline  BERMAN").build())).toString());
    assertEquals(author, ids(index.search(SearchRequest.builder().filter("author", "Jacquéline Berman").build())).toString());
    assertEquals(1, index.search(SearchRequest.builder().filter("author", "Jacqueline Berman").build()).total());
    assertEquals(0, index.search(SearchRequest.builder().filter("author", "Jacqueline").build()).total());
    assertEquals(List.of("p3"), ids(index.search(SearchRequest.builder().filter("region", "Africa/Eastern Africa").build())));
    assertEquals(List.of("p3"), ids(index.search(SearchRequest.builder().filter("region", "africa/eastern africa").build())));
    assertEquals(0, index.search(SearchRequest.builder().filter("region", "Africa/Atlantis").build()).total());
  }

  @Test
  void yearRangeAndYearSort() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder().years(2010, 2020).build());
    assertEquals(List.of("r2"), ids(r));
    SearchResponse sorted = index.search(SearchRequest.builder().sort(SortOrder.YEAR_DESC).build());
    assertEquals(List.of("r2", "r1", "p1", "p2", "p3"), ids(sorted));
  }

  @Test
  void pagingReturnsTheRequestedSlice() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder().sort(SortOrder.YEAR_ASC).size(2).page(2).build());
    assertEquals(List.of("p1", "p2"), ids(r));
    assertEquals(5, r.total());
  }

  @Test
  void getFindsAnEntryByIdWithAllItsFields() throws IOException {
    Entry e = index.get("r2").orElseThrow();
    assertEquals(2014, e.year());
    assertEquals(List.of("Albania", "Serbia"), e.countries());
    assertEquals(List.of("Jacqueline Berman"), e.authors());
    assertEquals(TestIndexes.sample().get(4), e);
    assertFalse(index.get("nope").isPresent());
  }

  @Test
  void badRequestsNameTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder().filter("regoin", "Africa"));
    assertEquals("unknown facet 'regoin'; expected one of [kind, country, region, year, stakeholder_type, "
        + "practice_type, crisis_type, crisis_phase, guideline, category, topic, author]", e.getMessage());
    assertEquals("size 1000 out of range; expected 0 to 100",
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().size(1000).build()).getMessage());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefused(@TempDir Path other) throws IOException {
    TestIndexes.write(other, TestIndexes.sample(), Map.of("practice_search.schema_version", "0"));
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> SearchIndex.open(other));
    assertEquals("the index at " + other + " was built by schema version 0 but this version reads " + org.practicesearch.schema.Schema.VERSION + ": "
        + "re-index with 'practice-search index'", e.getMessage());
  }
}

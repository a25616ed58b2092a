package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/** Totals past {@link SearchRequest#TRACK_TOTAL}: a lower bound without facets unless asked, exact with them. */
class TotalHitsTest {
  static final int ENTRIES = SearchRequest.TRACK_TOTAL + 500;

  @Test
  void withoutFacetsTheTotalStopsAtTheThresholdUnlessExactIsAsked(@TempDir Path dir) throws IOException {
    TestIndexes.write(dir, TestIndexes.numbered(ENTRIES, i -> Entry.builder(String.format("p%05d", i), Kind.PRACTICE)
        .title("Workshop number " + i).description(i % 2 == 0 ? "refugees and migrants" : "migrants in crisis")
        .countries(List.of("Jordan")).build()));
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchResponse bounded = index.search(SearchRequest.builder().text("migrants").facets(List.of()).build());
      assertTrue(bounded.totalIsLowerBound());
      assertEquals(SearchRequest.TRACK_TOTAL, bounded.total());
      assertEquals(10, bounded.hits().size());

      SearchResponse exact = index.search(SearchRequest.builder().text("migrants").facets(List.of()).exactTotal(true).build());
      assertFalse(exact.totalIsLowerBound());
      assertEquals(ENTRIES, exact.total());
      assertEquals(ids(bounded), ids(exact), "the same top hits, in the same order");

      SearchResponse faceted = index.search(SearchRequest.of("migrants"));
      assertFalse(faceted.totalIsLowerBound());
      assertEquals(ENTRIES, faceted.total());
      assertEquals(ENTRIES, faceted.facets().get("country").get(0).count());

      SearchResponse few = index.search(SearchRequest.builder().text("refugees").facets(List.of()).build());
      assertFalse(few.totalIsLowerBound(), "5,250 matches are under the threshold: counted exactly");
      assertEquals(ENTRIES / 2, few.total());
    }
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}

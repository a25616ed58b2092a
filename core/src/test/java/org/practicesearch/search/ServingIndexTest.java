package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.schema.Schema;

/** What a long-running server needs from an open index: a time budget per search, statistics, refresh. */
class ServingIndexTest {
  @Test
  void aSearchOverItsBudgetStopsAndSaysSo(@TempDir Path dir) throws IOException {
    TestIndexes.write(dir, TestIndexes.sample());
    try (SearchIndex index = SearchIndex.open(dir)) {
      // with facets, without, and filtered with facets (drill sideways)
      for (SearchRequest request : List.of(SearchRequest.of(""),
          SearchRequest.builder().text("").facets(List.of()).build(),
          SearchRequest.builder().text("").filter("kind", "practice").build())) {
        SearchResponse spent = index.search(request, Duration.ZERO);
        assertTrue(spent.timedOut());
        assertEquals(0, spent.hits().size());
        SearchResponse enough = index.search(request, Duration.ofMinutes(1));
        assertFalse(enough.timedOut());
        assertEquals(index.search(request).hits().stream().map(Hit::id).toList(),
            enough.hits().stream().map(Hit::id).toList());
        assertEquals(request.filters().isEmpty() ? 5 : 3, enough.hits().size());
      }
    }
  }

  @Test
  void statsShowWhatIsServedAndRefreshSeesTheNextCommit(@TempDir Path dir) throws IOException {
    TestIndexes.write(dir, TestIndexes.sample());
    try (SearchIndex index = SearchIndex.open(dir)) {
      IndexStats before = index.stats();
      assertEquals(5, before.entries());
      assertEquals(Map.of("practice", 3L, "resource", 2L, "guideline", 0L, "document", 0L), before.byKind());
      assertEquals(Schema.VERSION, before.schemaVersion());
      assertNotNull(before.committedAt());

      TestIndexes.write(dir, TestIndexes.sample());
      assertEquals(before.generation(), index.stats().generation(), "not refreshed yet");
      index.refresh();
      IndexStats after = index.stats();
      assertEquals(before.generation() + 1, after.generation());
      assertEquals(10, after.entries());
    }
  }
}

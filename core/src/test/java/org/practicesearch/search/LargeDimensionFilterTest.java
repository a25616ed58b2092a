package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * Filter values of a dimension with more values than {@link ReaderState#EXACT_MAP_LIMIT} (authors of a large
 * library) resolve like those of a small one: exact, then ignoring case and accents.
 */
class LargeDimensionFilterTest {
  static final int AUTHORS = ReaderState.EXACT_MAP_LIMIT + 1;

  @Test
  void authorFiltersResolveExactlyThenIgnoringCaseAndAccents(@TempDir Path dir) throws IOException {
    TestIndexes.write(dir, TestIndexes.numbered(AUTHORS, i -> Entry.builder(String.format("r%05d", i), Kind.RESOURCE)
        .title("Handbook " + i).description("a handbook").authors(List.of("Ana Núñez " + i)).build()));
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(List.of("r00042"), ids(index.search(SearchRequest.builder().filter("author", "Ana Núñez 42").build())));
      assertEquals(List.of("r00042"), ids(index.search(SearchRequest.builder().filter("author", "ana  NUNEZ 42").build())));
      assertEquals(List.of("r10000"), ids(index.search(SearchRequest.builder().filter("author", "Ana Nunez 10000").build())));
      assertEquals(0, index.search(SearchRequest.builder().filter("author", "Ana Núñez").build()).total());
      assertEquals(AUTHORS, index.search(SearchRequest.builder().filter("kind", "resource").build()).total());
    }
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}

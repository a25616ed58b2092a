package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.model.Entry;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/** A listing page's topic and a practice's thematic area are one facet, filterable and stored. */
class TopicFacetTest {
  @Test
  void theListingHeadingAndThematicAreasAreTheTopicFacet(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("idx");
    Indexing.replace(dir, Pages.parse(List.of(IncrementalIndexingTest.SEEDS)), 5);
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchResponse all = index.search(SearchRequest.builder().size(0).build());
      assertEquals(List.of("Capacity building=13"),
          all.facets().get("topic").stream().map(v -> v.value() + "=" + v.count()).toList());
      SearchResponse topic = index.search(SearchRequest.builder().filter("topic", "capacity building").size(20).build());
      assertEquals(13, topic.total());
      Entry merged = topic.hits().stream().map(h -> h.entry())
          .filter(e -> e.description().startsWith("UNODC has a long-standing")).findFirst().orElseThrow();
      assertEquals(List.of("Capacity building"), merged.topics());
      assertEquals(List.of("000_7a85830c2fad2333.txt:1", "003_b4c621bd4ebf8aab.txt:33"),
          merged.sources().stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList());
    }
  }
}

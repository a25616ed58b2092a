package org.practicesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.practicesearch.schema.Dimension;

/**
 * A search with drill-sideways facet counts. With text: the top hits and every dimension's counts in one
 * pass over the base query's matches ({@link SidewaysCounter}). Browsing without text: the counts (from
 * this reader's cache, or counted without scoring and cached) and a search for the page of hits only.
 */
final class FacetSearch {
  /**
   * @param top the top hits, total exact
   * @param facets the counts
   */
  record Result(TopDocs top, Facets facets) {}

  private FacetSearch() {}

  /**
   * @param state the reader's state (columns, cache)
   * @param searcher the searcher to run on (possibly timed)
   * @param base the query without its facet filters
   * @param filters the resolved filters
   * @param drillDown the base query with the filters
   * @param request the request (text, sort)
   * @param topN how many hits to collect
   */
  static Result search(ReaderState state, IndexSearcher searcher, Query base, Map<Dimension, List<String>> filters,
      Query drillDown, SearchRequest request, int topN) throws IOException {
    Sort sort = Sorts.of(request.sort());
    boolean browsing = request.text() == null || request.text().isBlank();
    CountCache.Key key = browsing && state.countCache() != null ? new CountCache.Key(base, filters) : null;
    CountCache.Counts cached = key == null ? null : state.countCache().get(key);
    TopDocs top;
    int[] counts;
    if (browsing) {
      // no text: all matches score alike, so counting needs no scorer and no top-hits collector; the page of
      // hits comes from a search that may stop early, as the total is counted anyway
      if (cached == null) {
        SidewaysCounter.Counted c = searcher.search(base,
            new SidewaysCounter(state.facetColumns(), state.facetState().getField(), filters, null));
        cached = new CountCache.Counts(c.counts(), c.hits());
        if (key != null && !searcher.timedOut()) { // a timed-out count is partial: not kept
          state.countCache().put(key, cached);
        }
      }
      TopDocs page = searcher.search(drillDown, new TopFieldCollectorManager(sort, topN, null, SearchRequest.TRACK_TOTAL));
      top = new TopDocs(new TotalHits(cached.hits(), TotalHits.Relation.EQUAL_TO), page.scoreDocs);
      counts = cached.counts();
    } else {
      SidewaysCounter.Counted c = searcher.search(base, new SidewaysCounter(state.facetColumns(),
          state.facetState().getField(), filters, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE)));
      top = c.top();
      counts = c.counts();
    }
    if (request.sort() == SortOrder.RELEVANCE) {
      TopFieldCollector.populateScores(top.scoreDocs, state, drillDown);
    }
    return new Result(top, new ColumnFacets(state.facetState(), counts));
  }
}

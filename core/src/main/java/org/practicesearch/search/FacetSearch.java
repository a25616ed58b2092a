package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * A search with drill-sideways facet counts ({@link SidewaysCounter}). With text: the counts in a pass without
 * scores, then the page from the filtered query alone, which may skip what cannot enter it (scoring every match
 * while counting it cost more than the two passes). Browsing without text: the counts (from this reader's
 * cache, or counted without scoring, straight from the columns for match-all, and cached) and a search for the
 * page of hits only.
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
    // match-all is counted and paged outside the searcher, within its budget unless that is spent already
    boolean all = base instanceof MatchAllDocsQuery && !TimedSearcher.spent(searcher);
    SidewaysCounter counter = new SidewaysCounter(state.facetColumns(), state.facetState().getField(), filters,
        !browsing);
    if (browsing) {
      // no text: all matches score alike, so counting needs no scorer and no top-hits collector; the page of
      // hits comes from a search that may stop early, as the total is counted anyway
      if (cached == null) {
        SidewaysCounter.Counted c = all ? counter.countAll(searcher.getIndexReader())
            : searcher.search(base, counter);
        cached = new CountCache.Counts(c.counts(), c.hits());
        if (key != null && !searcher.timedOut()) { // a timed-out count is partial: not kept
          state.countCache().put(key, cached);
        }
      }
      top = all && filters.isEmpty() && request.sort() == SortOrder.RELEVANCE
          ? firstById(searcher.getIndexReader(), topN, cached.hits())
          : page(searcher, drillDown, Sorts.browsing(request.sort()), topN, cached.hits());
      counts = cached.counts();
    } else {
      // text: most matches of the text miss a filter, or all are counted, and only the page needs a score; so
      // the counts (and the exact total) come from a pass without scores, and the page from the filtered query,
      // whose matches that pass found: the page scores them without intersecting the filters again
      SidewaysCounter.Counted c = searcher.search(nearMatches(base, filters), counter);
      if (c.matches() == null || searcher.timedOut()) {
        top = page(searcher, drillDown, sort, topN, c.hits());
      } else {
        Query matched = new BooleanQuery.Builder().add(base, Occur.MUST).add(c.matches(), Occur.FILTER).build();
        // few matches: scoring each is cheaper than skipping by score, which reads every match of the text
        boolean few = ScoreEvery.few(c.hits(), searcher.getIndexReader());
        top = page(searcher, matched, ScoreEvery.when(few, manager(sort, topN)), c.hits());
      }
      counts = c.counts();
    }
    if (request.sort() == SortOrder.RELEVANCE) {
      if (browsing) {
        TopFieldCollector.populateScores(top.scoreDocs, state, drillDown);
      } else {
        // sorted by relevance, the score is the first sort value: no need to score the hits again
        for (ScoreDoc sd : top.scoreDocs) {
          sd.score = Rescoring.scoreOf(sd);
        }
      }
    }
    return new Result(top, new ColumnFacets(state.facetState(), state.facetColumns(), counts));
  }

  /**
   * The matches of {@code base} that satisfy all filters but one at most: the only ones drill-sideways counts
   * (a match that misses two filters counts for no dimension). With fewer than two filters, all matches.
   */
  static Query nearMatches(Query base, Map<Dimension, List<String>> filters) {
    if (filters.size() < 2) {
      return base;
    }
    BooleanQuery.Builder dims = new BooleanQuery.Builder();
    filters.forEach((d, values) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      values.forEach(v -> any.add(new TermQuery(Schema.drillDownTerm(d, v)), Occur.SHOULD));
      dims.add(any.build(), Occur.SHOULD);
    });
    dims.setMinimumNumberShouldMatch(filters.size() - 1);
    return new BooleanQuery.Builder().add(base, Occur.MUST).add(dims.build(), Occur.FILTER).build();
  }

  /**
   * The landing page (every entry, by relevance, so by id): the first live entries in the order of the id
   * terms, without visiting the others.
   */
  private static TopDocs firstById(IndexReader reader, int topN, long hits) throws IOException {
    List<ScoreDoc> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.ID);
    Bits live = MultiBits.getLiveDocs(reader);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef id = te.next(); id != null && out.size() < topN; id = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            out.add(new FieldDoc(doc, Float.NaN, new Object[] {BytesRef.deepCopyOf(id)}));
            break; // ids are unique among live entries
          }
        }
      }
    }
    return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), out.toArray(new ScoreDoc[0]));
  }

  /**
   * The page of hits of the filtered query, whose total was counted already: the collector may skip
   * documents that cannot enter the page as soon as it holds one.
   */
  private static TopDocs page(IndexSearcher searcher, Query drillDown, Sort sort, int topN, long hits)
      throws IOException {
    return page(searcher, drillDown, manager(sort, topN), hits);
  }

  private static TopDocs page(IndexSearcher searcher, Query query, CollectorManager<?, ? extends TopDocs> manager,
      long hits) throws IOException {
    TopDocs page = searcher.search(query, manager);
    return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), page.scoreDocs);
  }

  private static TopFieldCollectorManager manager(Sort sort, int topN) {
    return new TopFieldCollectorManager(sort, topN, null, topN);
  }
}

package org.practicesearch.search;

import java.io.IOException;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;

/**
 * A searcher that tells a {@link SidewaysCounter}'s collectors which documents of a segment they are about to
 * collect ({@link SidewaysCounter#partition}), so that a segment split between slices is still counted by its
 * non-matches when most documents match.
 */
class CountingSearcher extends IndexSearcher {
  /**
   * @param reader the reader to search
   * @param executor runs the slices of a search in parallel, or null
   */
  CountingSearcher(IndexReader reader, Executor executor) {
    super(reader, executor);
  }

  @Override
  protected void searchLeaf(LeafReaderContext ctx, int minDocId, int maxDocId, Weight weight, Collector collector)
      throws IOException {
    SidewaysCounter.partition(collector, ctx, minDocId, maxDocId);
    super.searchLeaf(ctx, minDocId, maxDocId, weight, collector);
  }
}

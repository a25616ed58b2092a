package org.practicesearch.search;

import java.util.concurrent.Executor;

/**
 * How an open {@link SearchIndex} spends the machine on a search.
 *
 * @param executor runs the slices of one search (groups of segments, large segments split) in parallel, or
 *     null to search on the calling thread only. Used only by a search that starts while no other search of
 *     the index runs: under concurrent load every core is busy with searches already and the split would only
 *     add overhead, so those searches run on their calling threads. The caller owns it and shuts it down after
 *     closing the index.
 * @param countCache whether the facet counts of browsing without text (match-all, filters only) are kept
 *     per reader, keyed by the filters, and served again until the next refresh
 */
public record SearchTuning(Executor executor, boolean countCache) {
  /** Sequential, with the count cache: the default. */
  public static final SearchTuning DEFAULT = new SearchTuning(null, true);

  /**
   * The slices of one search with an executor: one per core, by documents, large segments split (Lucene's
   * default keeps up to 250,000 documents in one slice, so an index of that size would get no parallelism).
   *
   * @param leaves the segments
   * @return the slices
   */
  static org.apache.lucene.search.IndexSearcher.LeafSlice[] slices(
      java.util.List<org.apache.lucene.index.LeafReaderContext> leaves) {
    long docs = 0;
    for (var leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int perSlice = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (docs + cores - 1) / cores));
    return org.apache.lucene.search.IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  /**
   * A copy of this tuning that searches the slices of an index in parallel on an executor.
   *
   * @param executor the executor for the slices of one search, or null for none
   * @return this tuning with that executor
   */
  public SearchTuning withExecutor(Executor executor) {
    return new SearchTuning(executor, countCache);
  }

  /**
   * A copy of this tuning with the cache of browsing counts turned on or off.
   *
   * @param on whether to cache the counts of browsing without text
   * @return this tuning with the cache on or off
   */
  public SearchTuning withCountCache(boolean on) {
    return new SearchTuning(executor, on);
  }
}

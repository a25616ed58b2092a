package org.practicesearch.search;

import java.util.concurrent.Executor;

/**
 * How an open {@link SearchIndex} spends the machine on a search.
 *
 * @param executor runs the slices of one search (groups of segments, large segments split) in parallel, or
 *     null to search on the calling thread only. Worth it when searches are few and cores idle (the CLI, a
 *     quiet server); under concurrent load every core is busy with searches already and the split only adds
 *     overhead. The caller owns it and shuts it down after closing the index.
 * @param countCache whether the facet counts of browsing without text (match-all, filters only) are kept
 *     per reader, keyed by the filters, and served again until the next refresh
 */
public record SearchTuning(Executor executor, boolean countCache) {
  /** Sequential, with the count cache: the default. */
  public static final SearchTuning DEFAULT = new SearchTuning(null, true);

  /**
   * @param executor the executor for the slices of one search, or null for none
   * @return this tuning with that executor
   */
  public SearchTuning withExecutor(Executor executor) {
    return new SearchTuning(executor, countCache);
  }

  /**
   * @param on whether to cache the counts of browsing without text
   * @return this tuning with the cache on or off
   */
  public SearchTuning withCountCache(boolean on) {
    return new SearchTuning(executor, on);
  }
}

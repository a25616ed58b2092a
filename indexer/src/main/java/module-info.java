/**
 * practice-search's indexer: reads pages and JSON Lines into entries ({@code parse}), normalises them and
 * writes the index ({@code Indexer}, {@code IndexRun}). Exported: the root package and {@code parse}; the
 * normaliser's tables ({@code normalise}) are internal.
 */
module org.practicesearch.indexer {
  requires transitive org.practicesearch.core;
  requires org.jsoup;
  requires com.ibm.icu;

  exports org.practicesearch.indexer;
  exports org.practicesearch.indexer.parse;
}

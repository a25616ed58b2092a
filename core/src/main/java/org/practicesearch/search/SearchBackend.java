package org.practicesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.practicesearch.model.Entry;

/**
 * What answers searches: the embedded Lucene index ({@link SearchIndex}) or a distributed engine (the
 * {@code practice-search-solr} module's SolrCloud backend), chosen when opening, with the same requests and
 * responses. No Lucene or Solr type appears here. Implementations are thread-safe: open one and share it.
 */
public interface SearchBackend extends AutoCloseable {
  /**
   * Runs a search.
   *
   * @param request what to search for
   * @return total, the page of hits with snippets and drill-sideways facet counts, and what the backend can
   *     add (expansions used, a "did you mean", the filter to drop when filters leave nothing)
   * @throws IOException if the index or the cluster cannot be read
   */
  SearchResponse search(SearchRequest request) throws IOException;

  /**
   * Runs a search within a time budget: past it the response holds what was found until then and says
   * {@link SearchResponse#timedOut()}.
   *
   * @param request what to search for
   * @param budget the time budget, or null for none
   * @return as {@link #search(SearchRequest)}, possibly partial
   * @throws IOException if the index or the cluster cannot be read
   */
  SearchResponse search(SearchRequest request, java.time.Duration budget) throws IOException;

  /**
   * Finds one entry by id.
   *
   * @param id the entry id
   * @return the entry, or empty when there is none with that id
   * @throws IOException if the index or the cluster cannot be read
   */
  Optional<Entry> get(String id) throws IOException;

  /**
   * The entries most like one entry, best first, without the entry itself.
   *
   * @param id the entry id
   * @param n how many at most (1 to {@link SearchRequest#MAX_SIZE})
   * @return the related entries; empty for an unknown id
   * @throws IOException if the index or the cluster cannot be read
   */
  List<Hit> related(String id, int n) throws IOException;

  /**
   * The number of entries searchable now.
   *
   * @return the count
   * @throws IOException if the index or the cluster cannot be read
   */
  int size() throws IOException;

  /**
   * What the searches see now: entries by kind, a generation that grows with every commit, the schema version.
   *
   * @return the statistics
   * @throws IOException if the index or the cluster cannot be read
   */
  IndexStats stats() throws IOException;

  /**
   * Makes later searches see the latest commit.
   *
   * @return true when later searches see a commit they did not see before
   * @throws IOException if the index or the cluster cannot be read
   */
  boolean refresh() throws IOException;

  /** Releases what the backend holds (readers, connections). */
  @Override
  void close() throws IOException;
}

package org.practicesearch.search;

import java.io.IOException;
import java.util.Map;
import org.practicesearch.model.Entry;

/**
 * Where normalised entries are written: the embedded index (the indexer's {@code IndexBuilder}) or a
 * distributed engine (the {@code practice-search-solr} module). Nothing is visible to searchers until
 * {@link #commit(Map)}; adding an entry whose id is already there replaces it. No Lucene or Solr type appears
 * here.
 */
public interface EntryWriter extends AutoCloseable {
  /**
   * Adds an entry, replacing any entry with the same id.
   *
   * @param entry the entry
   * @throws IOException if it cannot be written
   */
  void add(Entry entry) throws IOException;

  /**
   * Deletes the entry with this id, if any.
   *
   * @param id the entry id
   * @throws IOException if it cannot be written
   */
  void delete(String id) throws IOException;

  /**
   * What the target holds now: for each entry id, its content fingerprint and source file, so that an
   * incremental run rewrites only what changed.
   *
   * @return id to what is known of the entry
   * @throws IOException if it cannot be read
   */
  Map<String, ? extends Known> existing() throws IOException;

  /**
   * Reads back entries written in this run or before (what a second read of an id is merged into).
   *
   * @param ids the entry ids
   * @return the entries found, by id; an id not held is absent
   * @throws IOException if they cannot be read
   */
  Map<String, Entry> entries(java.util.Collection<String> ids) throws IOException;

  /**
   * Makes every change so far durable and visible to searchers.
   *
   * @param userData what to record of the run (e.g. the inputs); a backend that cannot keep it may drop it
   * @throws IOException if the commit fails
   */
  void commit(Map<String, String> userData) throws IOException;

  /** Closes the writer; what a backend can roll back, it does for changes not committed. */
  @Override
  void close() throws IOException;

  /** What a target holds of one entry. */
  interface Known {
    /** {@return the content hash of the entry as written} */
    String fingerprint();

    /** {@return the file the entry came from} */
    String file();
  }
}

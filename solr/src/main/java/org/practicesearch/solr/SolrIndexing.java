package org.practicesearch.solr;

import java.io.IOException;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.ParseResult;

/**
 * Brings a collection up to date with parsed inputs, with the embedded index's semantics and code
 * ({@link Indexing#update(org.practicesearch.search.EntryWriter, ParseResult, int, boolean, boolean)}): new
 * entries are added, changed ones replaced by id, unchanged ones not sent, entries that a file read in this
 * run no longer gives deleted, and with {@code sync} entries of files that are gone deleted too; or, with
 * {@code replace}, the collection holds exactly these entries afterwards. One commit at the end.
 */
public final class SolrIndexing {
  private SolrIndexing() {}

  /**
   * Updates (or replaces) the collection's entries.
   *
   * @param collection the collection
   * @param parsed the parsed inputs
   * @param sync whether to delete entries of files that are gone
   * @param replace whether to delete every entry first
   * @return what was added, updated, deleted and left unchanged
   * @throws IOException for an unreachable cluster, a missing collection, another version or a failed request
   */
  public static IndexReport update(SolrCollection collection, ParseResult parsed, boolean sync, boolean replace)
      throws IOException {
    try (SolrEntryWriter writer = SolrEntryWriter.open(collection)) {
      if (replace) {
        writer.deleteAll();
      }
      return Indexing.update(writer, parsed, parsed.files(), replace, sync);
    }
  }
}

package org.practicesearch.solr;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.EntryDocuments;

/**
 * Brings a collection up to date with parsed inputs, with the embedded index's semantics: new entries are
 * added, changed ones replaced by id, unchanged ones not sent, entries that a file read in this run no
 * longer gives deleted, and with {@code sync} entries whose file was not read deleted too; or, with
 * {@code replace}, the collection holds exactly these entries afterwards. One commit at the end.
 */
public final class SolrIndexing {
  private SolrIndexing() {}

  /**
   * Updates (or replaces) the collection's entries.
   *
   * @param collection the collection
   * @param parsed the parsed inputs
   * @param sync whether to delete entries of files not among the inputs
   * @param replace whether to delete every entry first
   * @return what was added, updated, deleted and left unchanged
   * @throws IOException for an unreachable cluster, a missing collection, another version or a failed request
   */
  public static IndexReport update(SolrCollection collection, ParseResult parsed, boolean sync, boolean replace)
      throws IOException {
    try (SolrEntryWriter writer = SolrEntryWriter.open(collection)) {
      Map<String, SolrEntryWriter.Known> known = replace ? Map.of() : writer.existing();
      if (replace) {
        writer.deleteAll();
      }
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      Set<String> produced = new HashSet<>();
      for (Entry e : parsed.entries()) {
        produced.add(e.id());
        SolrEntryWriter.Known k = known.get(e.id());
        if (k == null) {
          added++;
        } else if (!EntryDocuments.fingerprint(e).equals(k.fingerprint())) {
          updated++;
        } else {
          unchanged++;
          continue;
        }
        writer.add(e);
      }
      Set<String> inputs = new HashSet<>(parsed.inputs());
      int deleted = 0;
      for (Map.Entry<String, SolrEntryWriter.Known> k : known.entrySet()) {
        if (!produced.contains(k.getKey()) && (sync || inputs.contains(k.getValue().file()))) {
          writer.delete(k.getKey());
          deleted++;
        }
      }
      writer.commit(Map.of());
      int repaired = (int) parsed.entries().stream().filter(e -> !e.repairs().isEmpty()).count();
      int repairs = parsed.entries().stream().mapToInt(e -> e.repairs().size()).sum();
      int rejected = (int) parsed.problems().stream().filter(Problem::rejected).count();
      List<Problem> problems = parsed.problems().subList(0, Math.min(IndexReport.MAX_PROBLEMS, parsed.problems().size()));
      return new IndexReport(parsed.files(), parsed.entries().size(), repaired, repairs, rejected,
          parsed.problems().size() - rejected, problems, added, updated, deleted, unchanged);
    }
  }
}

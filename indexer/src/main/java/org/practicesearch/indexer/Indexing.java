package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * Writes parsed entries into an index directory in one atomic commit: a failure or a kill before the commit
 * leaves the previous index as it was.
 */
public final class Indexing {
  /** Commit user-data key listing the input files of the last run, one a line. */
  public static final String USER_DATA_SOURCES = "practice_search.sources";

  private Indexing() {}

  /**
   * Replaces the whole index at {@code dir} with the parsed entries.
   *
   * @param dir the index directory
   * @param parsed the parsed inputs
   * @param files how many input files were read
   * @return the report (every entry counts as added)
   * @throws IOException if the index cannot be written
   */
  public static IndexReport replace(Path dir, ParseResult parsed, int files) throws IOException {
    try (IndexBuilder builder = IndexBuilder.replacing(dir)) {
      for (Entry e : parsed.entries()) {
        builder.add(e);
      }
      builder.commit(userData(parsed));
      return report(parsed, files, parsed.entries().size(), 0, 0, 0);
    }
  }

  /**
   * Brings the index at {@code dir} up to date with the parsed inputs, incrementally: new entries are added,
   * changed ones replaced (by id), unchanged ones left alone, and entries that a file read in this run no
   * longer gives are deleted. With {@code sync}, entries whose file was not read in this run (a file that is
   * gone) are deleted too. An index of another schema version is rebuilt from these inputs.
   *
   * @param dir the index directory (created if missing)
   * @param parsed the parsed inputs
   * @param sync whether to delete entries of files not among the inputs
   * @return what was added, updated, deleted and left unchanged
   * @throws IOException if the index cannot be written
   */
  public static IndexReport update(Path dir, ParseResult parsed, boolean sync) throws IOException {
    String version = IndexBuilder.version(dir);
    if (version != null && !version.equals(Integer.toString(Schema.VERSION))) {
      return replace(dir, parsed, parsed.files());
    }
    try (IndexBuilder builder = IndexBuilder.updating(dir)) {
      Map<String, IndexBuilder.Known> known = builder.existing();
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      Set<String> produced = new HashSet<>();
      for (Entry e : parsed.entries()) {
        produced.add(e.id());
        IndexBuilder.Known k = known.get(e.id());
        if (k == null) {
          added++;
        } else if (!EntryDocuments.fingerprint(e).equals(k.fingerprint())) {
          updated++;
        } else {
          unchanged++;
          continue;
        }
        builder.add(e);
      }
      Set<String> inputs = new HashSet<>(parsed.inputs());
      int deleted = 0;
      for (Map.Entry<String, IndexBuilder.Known> k : known.entrySet()) {
        if (!produced.contains(k.getKey()) && (sync || inputs.contains(k.getValue().file()))) {
          builder.delete(k.getKey());
          deleted++;
        }
      }
      builder.commit(userData(parsed));
      return report(parsed, parsed.files(), added, updated, deleted, unchanged);
    }
  }

  private static Map<String, String> userData(ParseResult parsed) {
    return Map.of("practice_search.entries", Integer.toString(parsed.entries().size()),
        USER_DATA_SOURCES, String.join("\n", parsed.inputs()));
  }

  private static IndexReport report(ParseResult parsed, int files, int added, int updated, int deleted,
      int unchanged) {
    int repaired = 0;
    int repairs = 0;
    for (Entry e : parsed.entries()) {
      repaired += e.repairs().isEmpty() ? 0 : 1;
      repairs += e.repairs().size();
    }
    return new IndexReport(files, parsed.entries().size(), repaired, repairs, parsed.problems(), added, updated,
        deleted, unchanged);
  }
}

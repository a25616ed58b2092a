package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.model.Entry;

/** Writes parsed entries into an index directory in one atomic commit. */
public final class Indexing {
  private Indexing() {}

  /**
   * Replaces the index at {@code dir} with the parsed entries, committing once at the end: a failure or a
   * kill before the commit leaves the previous index as it was.
   *
   * @param dir the index directory
   * @param parsed the parsed inputs
   * @param files how many input files were read
   * @return the report
   * @throws IOException if the index cannot be written
   */
  public static IndexReport replace(Path dir, ParseResult parsed, int files) throws IOException {
    try (IndexBuilder builder = IndexBuilder.replacing(dir)) {
      int repaired = 0;
      int repairs = 0;
      for (Entry e : parsed.entries()) {
        builder.add(e);
        repaired += e.repairs().isEmpty() ? 0 : 1;
        repairs += e.repairs().size();
      }
      builder.commit(Map.of("practice_search.entries", Integer.toString(parsed.entries().size())));
      return new IndexReport(files, parsed.entries().size(), repaired, repairs, parsed.problems());
    }
  }
}

package org.practicesearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.practicesearch.indexer.IndexBuilder;
import org.practicesearch.indexer.IndexException;

/** Checks shared by the commands that read an existing index. */
final class Indexes {
  private Indexes() {}

  /** Fails with the standard message when there is no index at {@code dir}. */
  static void requireIndex(Path dir) throws IOException {
    if (IndexBuilder.version(dir) == null) {
      throw new IndexException(missing(dir));
    }
  }

  /** {@code no index at DIR: run 'practice-search index ... --index DIR' first}. */
  static String missing(Path dir) {
    return "no index at " + dir + ": run 'practice-search index ... --index " + dir + "' first";
  }
}

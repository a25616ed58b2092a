package org.practicesearch.indexer;

import java.util.List;
import org.practicesearch.indexer.parse.Problem;

/**
 * What one indexing run did.
 *
 * @param files input files read
 * @param entries entries written
 * @param repaired entries that carry at least one repair
 * @param repairs repairs made in all
 * @param problems inputs rejected or reported, each with file and line
 * @param added entries new to the index
 * @param updated entries whose content changed
 * @param deleted entries removed (their file no longer gives them, or with sync their file is gone)
 * @param unchanged entries already indexed as they are
 */
public record IndexReport(int files, int entries, int repaired, int repairs, List<Problem> problems,
    int added, int updated, int deleted, int unchanged) {
  /** Copies the list. */
  public IndexReport {
    problems = List.copyOf(problems);
  }

  /** The number of inputs rejected (not indexed). */
  public long rejected() {
    return problems.stream().filter(Problem::rejected).count();
  }
}

package org.practicesearch.indexer;

import java.util.List;
import org.practicesearch.indexer.parse.Problem;

/**
 * What one indexing run did.
 *
 * @param files input files read
 * @param entries entries read (distinct ids)
 * @param repaired entries that carry at least one repair
 * @param repairs repairs made in all
 * @param rejected inputs rejected (files, lines or entries not indexed)
 * @param warnings defects reported on entries that were still indexed
 * @param problems the first problems (at most {@link #MAX_PROBLEMS}; all of them are given to the listener)
 * @param added entries new to the index
 * @param updated entries whose content changed
 * @param deleted entries removed (their file no longer gives them, or with sync their file is gone)
 * @param unchanged entries already indexed as they are
 */
public record IndexReport(int files, int entries, int repaired, int repairs, int rejected, int warnings,
    List<Problem> problems, int added, int updated, int deleted, int unchanged) {
  /** How many problems a report keeps. */
  public static final int MAX_PROBLEMS = 1000;

  /** Copies the list. */
  public IndexReport {
    problems = List.copyOf(problems);
  }
}

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
 */
public record IndexReport(int files, int entries, int repaired, int repairs, List<Problem> problems) {
  /** Copies the list. */
  public IndexReport {
    problems = List.copyOf(problems);
  }
}

package org.practicesearch.indexer.parse;

import java.util.List;
import org.practicesearch.model.Entry;

/**
 * What a parse produced: the entries (each carrying its repairs), the problems, and how many files were read.
 *
 * @param entries the entries, in input order, ids unique
 * @param problems rejected inputs and defective entries, with file and line
 * @param files the number of files read
 * @param inputs the names of the files read (as entry sources name them), in order
 */
public record ParseResult(List<Entry> entries, List<Problem> problems, int files, List<String> inputs) {
  /** Copies the lists. */
  public ParseResult {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
    inputs = List.copyOf(inputs);
  }
}

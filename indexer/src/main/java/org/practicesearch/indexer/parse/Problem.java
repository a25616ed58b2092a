package org.practicesearch.indexer.parse;

import java.util.Objects;

/**
 * An input that could not be read (an error: it was rejected), or an entry with a defect that was still
 * indexed (a warning), with where it is.
 *
 * @param file the file as given
 * @param line 1-based line number (1 for a whole-file problem)
 * @param rejected true when the input was rejected (not indexed); false for a warning
 * @param message what is wrong, in one line
 */
public record Problem(String file, int line, boolean rejected, String message) {
  /** Validates. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** A rejected input. */
  static Problem error(String file, int line, String message) {
    return new Problem(file, line, true, message);
  }

  /** A defect in an entry that was still read. */
  static Problem warning(String file, int line, String message) {
    return new Problem(file, line, false, message);
  }

  /** {@code file:line: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}

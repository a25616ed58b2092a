package org.practicesearch.search;

import java.io.IOException;

/** Thrown when an index was built by another schema version or is not a practice-search index. */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do (re-index)
   */
  public IncompatibleIndexException(String message) {
    super(message);
  }
}

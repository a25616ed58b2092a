package org.practicesearch.indexer;

import java.io.IOException;

/**
 * An index run refused or failed for a reason the user can act on; the message says what happened and what
 * to do, in one line, and the index is as it was before the run.
 */
public final class IndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what happened and what to do
   * @param cause the underlying error, or null
   */
  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what happened and what to do
   */
  public IndexException(String message) {
    super(message);
  }
}

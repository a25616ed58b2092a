package org.practicesearch.cli.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** One page or API path of {@code serve}. Bad parameters throw {@link IllegalArgumentException} (a 400). */
@FunctionalInterface
interface Endpoint {
  /**
   * Answers one GET (or HEAD) request.
   *
   * @param path the decoded path, e.g. {@code /api/entries/practice-1}
   * @param params the decoded query parameters, in order
   * @return what to send
   * @throws IOException if the index cannot be read
   */
  Reply handle(String path, Map<String, List<String>> params) throws IOException;
}

package org.practicesearch.eval;

import java.util.Objects;

/**
 * One evaluation topic: an id, the class of query it belongs to and the query text.
 *
 * @param id the topic id as the qrels name it
 * @param queryClass the class of the query (e.g. {@code plain}, {@code acronym}, {@code typo}, {@code paraphrase}),
 *     or empty when the topics file has no class column
 * @param query the query text
 */
public record Topic(String id, String queryClass, String query) {
  /** Checks the parts; a null class is no class. */
  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    queryClass = queryClass == null ? "" : queryClass;
  }

  /**
   * A topic without a class.
   *
   * @param id the topic id
   * @param query the query text
   */
  public Topic(String id, String query) {
    this(id, "", query);
  }
}

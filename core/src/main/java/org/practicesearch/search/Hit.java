package org.practicesearch.search;

import java.util.Objects;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * One ranked result.
 *
 * @param entry the entry with all its fields
 * @param score the relevance score (BM25-based; NaN when sorted by another key)
 * @param snippet a short passage of the description with matches wrapped in {@code <mark>..</mark>}, or the
 *     start of the description when nothing in it matched
 */
public record Hit(Entry entry, float score, String snippet) {
  /** Validates. */
  public Hit {
    Objects.requireNonNull(entry, "entry");
    snippet = snippet == null ? "" : snippet;
  }

  /** The entry id. */
  public String id() {
    return entry.id();
  }

  /** The entry kind. */
  public Kind kind() {
    return entry.kind();
  }

  /** The entry title. */
  public String title() {
    return entry.title();
  }
}

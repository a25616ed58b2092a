package org.practicesearch.search;

import java.util.List;
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
 * @param explanation why the hit scored as it did, when the request asked for it; else null
 */
public record Hit(Entry entry, float score, String snippet, Explanation explanation) {
  /**
   * A hit without explanation.
   *
   * @param entry the entry
   * @param score the score
   * @param snippet the snippet
   */
  public Hit(Entry entry, float score, String snippet) {
    this(entry, score, snippet, null);
  }

  /**
   * Why a hit scored as it did.
   *
   * @param contributions the matched field and term pairs and what each added, largest first
   * @param lucene Lucene's full explanation, as text
   */
  public record Explanation(List<Contribution> contributions, String lucene) {
    /** Copies the list. */
    public Explanation {
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * One matched term.
   *
   * @param field the field it matched in
   * @param term the indexed (stemmed) term, or the phrase
   * @param score what it added to the score
   */
  public record Contribution(String field, String term, float score) {}

  /** Validates. */
  public Hit {
    Objects.requireNonNull(entry, "entry");
    snippet = snippet == null ? "" : snippet;
  }

  /** {@return the entry id} */
  public String id() {
    return entry.id();
  }

  /** {@return the entry kind} */
  public Kind kind() {
    return entry.kind();
  }

  /** {@return the entry title} */
  public String title() {
    return entry.title();
  }
}

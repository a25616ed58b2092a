package org.practicesearch.indexer;

import java.util.Locale;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Dimension;

/**
 * What Lucene cannot index: an id or a facet value too long for one indexed term (32,766 bytes; a facet
 * value also carries its dimension, and a character may take 4 bytes). Such an entry is rejected with a
 * message naming the field, before it reaches the writer, so one bad value never stops a run.
 */
final class EntryLimits {
  /** Longest id accepted, in characters. */
  static final int MAX_ID_CHARS = 512;
  /** Longest facet value accepted (a country, an author, a category...), in characters. */
  static final int MAX_VALUE_CHARS = 1000;

  private EntryLimits() {}

  /**
   * Why the entry cannot be indexed, or null when it can.
   *
   * @param e the entry
   * @return the problem, one line, or null
   */
  static String check(Entry e) {
    if (e.id().length() > MAX_ID_CHARS) {
      return String.format(Locale.ROOT, "id of %,d characters is too long (at most %d); entry not indexed",
          e.id().length(), MAX_ID_CHARS);
    }
    for (Dimension d : Dimension.values()) {
      for (String v : d.valuesOf(e)) {
        if (v.length() > MAX_VALUE_CHARS) {
          return String.format(Locale.ROOT, "%s value of %,d characters is too long (at most %d): '%s...'; "
              + "entry not indexed", d.id(), v.length(), MAX_VALUE_CHARS, v.substring(0, 20));
        }
      }
    }
    return null;
  }
}

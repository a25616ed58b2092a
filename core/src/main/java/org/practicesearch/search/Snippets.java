package org.practicesearch.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.schema.Schema;

/**
 * Highlighted snippets of the description. The highlighter re-analyses only the few texts on the page,
 * so the index stores no offsets. Output is HTML-escaped text with matches in {@code <mark>} tags.
 */
final class Snippets {
  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";
  private static final int TARGET_LENGTH = 220;

  private final UnifiedHighlighter highlighter =
      UnifiedHighlighter.builderWithoutSearcher(Analyzers.text())
          .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, "… ", true))
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              new SentenceBreaks(Locale.ROOT), TARGET_LENGTH, 0.5f))
          .withMaxNoHighlightPassages(1)
          .build();

  /** The start of a description, HTML-escaped, cut at a word: the snippet of an entry found without a query. */
  static String start(String description) {
    String d = description.length() <= TARGET_LENGTH ? description
        : description.substring(0, Math.max(description.lastIndexOf(' ', TARGET_LENGTH), TARGET_LENGTH / 2)) + "…";
    return d.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#x27;").replace("/", "&#x2F;");
  }

  /** A snippet of the description for the query; the start of the description when nothing matched. */
  String snippet(Query query, String description) throws IOException {
    if (description.isEmpty()) {
      return "";
    }
    Object result = highlighter.highlightWithoutSearcher(Schema.DESCRIPTION, query, description, 1);
    return result == null ? "" : result.toString().strip();
  }
}

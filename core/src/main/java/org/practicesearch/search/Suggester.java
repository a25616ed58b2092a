package org.practicesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.practicesearch.schema.Schema;

/** "Did you mean": words the index does not know replaced by indexed words, kept when the result has hits. */
final class Suggester {
  private static final int CANDIDATES = 5;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  /**
   * @param hitsFor counts the hits a corrected text gives under the request's filters
   * @return the corrected text, or null when no correction gives hits
   */
  String suggest(String text, List<String> unknownWords, IndexReader reader, ToLongFunction<String> hitsFor)
      throws IOException {
    String corrected = text;
    boolean changed = false;
    for (String word : unknownWords) {
      SuggestWord[] words = checker.suggestSimilar(new Term(Schema.SPELL, word.toLowerCase(Locale.ROOT)), CANDIDATES,
          reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      for (SuggestWord w : words) {
        String candidate = corrected.replaceFirst("(?i)\\b" + java.util.regex.Pattern.quote(word) + "\\b",
            java.util.regex.Matcher.quoteReplacement(w.string));
        if (hitsFor.applyAsLong(candidate) > 0) {
          corrected = candidate;
          changed = true;
          break;
        }
      }
    }
    return changed ? corrected : null;
  }
}

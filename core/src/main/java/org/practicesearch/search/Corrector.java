package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Schema;

/**
 * Spelling corrections of words the index does not know, drawn from the unstemmed spelling field. A
 * correction is <em>clear</em> when it is closer to the word than any other, or as close and at least
 * {@link #CLEAR_RATIO} times as frequent; candidates that search the same stem count as one. Thread-safe.
 */
public final class Corrector {
  /** How much more frequent an equally close correction must be to count as clearly best. */
  static final int CLEAR_RATIO = 3;
  /** How many candidates are asked of the spellchecker. */
  public static final int CANDIDATES = 8;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Corrector() {}

  /** A candidate correction: the word, its closeness (1 is identical) and its frequency. */
  private record Candidate(String word, float score, int freq) {}

  /**
   * The candidates for an unknown word, best first, one per stem.
   *
   * @param word the word as typed
   * @param reader the index
   * @return the candidates, possibly empty
   * @throws IOException if the index cannot be read
   */
  private List<Candidate> candidates(String word, IndexReader reader) throws IOException {
    return candidates(checker.suggestSimilar(new Term(Schema.SPELL, word.toLowerCase(Locale.ROOT)), CANDIDATES,
        reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
  }

  private static List<Candidate> candidates(SuggestWord[] words) {
    Map<String, Candidate> byStem = new LinkedHashMap<>();
    for (SuggestWord w : words) {
      String stem = String.join(" ", Lexicon.terms(w.string));
      Candidate seen = byStem.get(stem);
      if (seen == null) {
        byStem.put(stem, new Candidate(w.string, w.score, w.freq));
      } else {
        byStem.put(stem, new Candidate(seen.word(), seen.score(), seen.freq() + w.freq));
      }
    }
    List<Candidate> out = new ArrayList<>(byStem.values());
    out.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(b.freq(), a.freq()));
    return out;
  }

  /**
   * The clearly best correction of a word the index does not know.
   *
   * @param word the word as typed
   * @param reader the index
   * @return the correction, or null when there is none or no clear one
   * @throws IOException if the index cannot be read
   */
  String clear(String word, IndexReader reader) throws IOException {
    return clear(candidates(word, reader));
  }

  /**
   * The clearly best of suggestions found elsewhere (a Solr collection's spellchecker, the same
   * {@code DirectSpellChecker} with the same closeness score), by the same rule as the index's own.
   *
   * @param words the suggestions, with their closeness ({@code score}) and frequency
   * @return the correction, or null when there is none or no clear one
   */
  public static String clear(SuggestWord[] words) {
    return clear(candidates(words));
  }

  /**
   * The best of suggestions found elsewhere, clear or not: what "did you mean" offers.
   *
   * @param words the suggestions, with their closeness ({@code score}) and frequency
   * @return the correction, or null when there is none
   */
  public static String best(SuggestWord[] words) {
    List<Candidate> c = candidates(words);
    return c.isEmpty() ? null : c.get(0).word();
  }

  private static String clear(List<Candidate> c) {
    if (c.isEmpty()) {
      return null;
    }
    if (c.size() == 1 || c.get(0).score() > c.get(1).score() || c.get(0).freq() >= CLEAR_RATIO * c.get(1).freq()) {
      return c.get(0).word();
    }
    return null;
  }

  /**
   * The best correction of a word, clear or not: what "did you mean" offers.
   *
   * @param word the word as typed
   * @param reader the index
   * @return the correction, or null when the index has nothing close
   * @throws IOException if the index cannot be read
   */
  String best(String word, IndexReader reader) throws IOException {
    List<Candidate> c = candidates(word, reader);
    return c.isEmpty() ? null : c.get(0).word();
  }
}

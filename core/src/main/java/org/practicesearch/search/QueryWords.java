package org.practicesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.practicesearch.analysis.Lexicon;

/**
 * A query's text as whitespace-separated words, each marked plain (a word to search as such) or not (in a
 * quoted phrase, excluded, or carrying an operator). Immutable.
 */
public final class QueryWords {
  /** Marks where a concept stands in the text given to the parser; a private-use character nobody types. */
  public static final char PLACEHOLDER = '\uE000';
  private static final Pattern OPERATOR = Pattern.compile("[\"|+()*~\\uE000]");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{Punct}+|\\p{Punct}+$");
  /** Words shorter than this are not corrected (as in Lucene's DirectSpellChecker). */
  private static final int MIN_SPELL_LENGTH = 4;

  private final List<String> words;
  private final List<Boolean> plain;

  private QueryWords(List<String> words, List<Boolean> plain) {
    this.words = List.copyOf(words);
    this.plain = List.copyOf(plain);
  }

  /**
   * Splits a query's text (filters already taken out) into words.
   *
   * @param text the text
   * @return its words
   */
  public static QueryWords split(String text) {
    List<String> words = new ArrayList<>();
    List<Boolean> plain = new ArrayList<>();
    boolean quoted = false;
    for (String w : text.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      long quotes = w.chars().filter(c -> c == '"').count();
      words.add(w);
      plain.add(!quoted && !w.startsWith("-") && !OPERATOR.matcher(w).find());
      quoted ^= quotes % 2 == 1;
    }
    return new QueryWords(words, plain);
  }

  /**
   * A word without the punctuation at its ends.
   *
   * @param i its index
   * @return the word at {@code i}
   */
  public String word(int i) {
    return EDGE_PUNCTUATION.matcher(words.get(i)).replaceAll("");
  }

  /** {@return the indices of the plain words that spelling may correct: letters only, long enough, not acronyms} */
  public List<Integer> spellable() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = word(i);
      if (plain.get(i) && w.length() >= MIN_SPELL_LENGTH && w.chars().allMatch(Character::isLetter)
          && !Lexicon.isAcronym(w)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The same words with one replaced.
   *
   * @param i the index of the word to replace
   * @param word its replacement
   * @return the new words
   */
  public QueryWords with(int i, String word) {
    List<String> w = new ArrayList<>(words);
    w.set(i, word);
    return new QueryWords(w, plain);
  }

  /** {@return the runs of consecutive plain words, as lists of indices} */
  public List<List<Integer>> plainRuns() {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i <= words.size(); i++) {
      if (i < words.size() && plain.get(i)) {
        run.add(i);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    return runs;
  }

  /**
   * The text for the parser: each concept's words replaced by {@link #PLACEHOLDER} and its number.
   *
   * @param concepts the concepts found in these words
   * @return the text
   */
  public String withPlaceholders(List<Concepts.Found> concepts) {
    List<String> out = new ArrayList<>();
    int c = 0;
    for (int i = 0; i < words.size(); i++) {
      if (c < concepts.size() && concepts.get(c).first() == i) {
        out.add(PLACEHOLDER + Integer.toString(c));
        i = concepts.get(c).last();
        c++;
      } else {
        out.add(words.get(i));
      }
    }
    return String.join(" ", out);
  }

  /**
   * The analysed terms of the plain words outside concepts, in order: the words whose pairs count.
   *
   * @param concepts the concepts found in these words
   * @return the terms
   */
  public List<String> plainTerms(List<Concepts.Found> concepts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int index = i;
      if (plain.get(i) && concepts.stream().noneMatch(f -> f.first() <= index && index <= f.last())) {
        out.addAll(Lexicon.terms(words.get(i)));
      }
    }
    return out;
  }

  /** {@return the words joined by single spaces} */
  public String text() {
    return String.join(" ", words);
  }
}

package org.practicesearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.spell.SuggestWord;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.Concepts;
import org.practicesearch.search.Corrector;
import org.practicesearch.search.QuerySyntax;
import org.practicesearch.search.QueryWords;

/**
 * What a person typed, taken apart by the embedded index's own query understanding ({@link QueryWords},
 * {@link Concepts}, {@link QuerySyntax}) with the collection's vocabulary, for a query Solr answers alike:
 * {@code dim:value} filters, the plain words, the phrases, the excluded words, the lexicon concepts (each
 * searched by all its forms) and the words the collection does not know. A syntax error is not a failure:
 * unbalanced quotes or parentheses fall back to the plain words, with a notice.
 *
 * @param words the plain words outside concepts, with their {@code |} and parentheses (blank: none)
 * @param phrases the quoted phrases and prefix words, searched over the text fields only
 * @param excluded the excluded words and phrases, without their {@code -}
 * @param filters the {@code dim:value} filters found in the text
 * @param concepts the lexicon concepts found among the plain words
 * @param notices what was done to the text that the user should know
 * @param unknown the words the collection does not know and that had no clear correction (matched approximately)
 * @param text the words searched, corrections included, filters left out
 * @param corrected the query as searched when a word was replaced by its clear correction, else null
 * @param best the best correction of each unknown word, clear or not: what "did you mean" offers
 */
record QueryText(String words, List<String> phrases, List<String> excluded, Map<Dimension, List<String>> filters,
    List<Concepts.Found> concepts, List<String> notices, List<String> unknown, String text, String corrected,
    Map<String, String> best) {
  private static final Pattern OR = Pattern.compile("\\bOR\\b");
  private static final Pattern AND = Pattern.compile("\\bAND\\b");
  private static final Pattern NOT = Pattern.compile("\\bNOT\\s+");
  private static final Pattern GROUPING = Pattern.compile("[\"()]");
  private static final Pattern EXCLUDED = Pattern.compile("(?<![\\w-])-(\"[^\"]*\"|[^\\s\"()|]+)");
  private static final Pattern PHRASE = Pattern.compile("\"[^\"]*\"|[^\\s\"()|]*\\*");
  private static final Pattern PLACEHOLDER = Pattern.compile(QueryWords.PLACEHOLDER + "\\d+");

  /** Whether the text searches every entry (no words, phrases or concepts). */
  boolean all() {
    return words.isBlank() && phrases.isEmpty() && concepts.isEmpty();
  }

  /**
   * Understands a query as the embedded index does.
   *
   * @param raw the query as typed
   * @param expand whether lexicon concepts are searched by all their forms
   * @param correct whether a word the collection does not know is replaced by its clear correction
   * @param vocabulary the collection's vocabulary and lexicon
   */
  static QueryText of(String raw, boolean expand, boolean correct, Vocabulary vocabulary) throws IOException {
    Map<Dimension, List<String>> filters = new LinkedHashMap<>();
    List<String> notices = new ArrayList<>();
    String text = QuerySyntax.extractFilters(raw, filters);
    text = NOT.matcher(AND.matcher(OR.matcher(text).replaceAll("|")).replaceAll(" ")).replaceAll("-");
    if (!QuerySyntax.balanced(text)) {
      notices.add("unbalanced quotes or parentheses: searched for the words only");
      text = GROUPING.matcher(text).replaceAll(" ");
    }
    if (text.isBlank()) {
      return new QueryText("", List.of(), List.of(), filters, List.of(), notices, List.of(), text, null, Map.of());
    }
    QueryWords words = QueryWords.split(text);
    List<Concepts.Found> concepts = expand ? concepts(words, vocabulary) : List.of();
    Spelling spelling = spell(raw, words, concepts, correct, vocabulary);
    words = spelling.words();
    String corrected = spelling.corrected();
    if (!corrected.equals(raw) && expand) {
      concepts = concepts(words, vocabulary);
    }
    String rest = PLACEHOLDER.matcher(words.withPlaceholders(concepts)).replaceAll(" ");
    List<String> excluded = new ArrayList<>();
    Matcher m = EXCLUDED.matcher(rest);
    while (m.find()) {
      excluded.add(m.group(1));
    }
    rest = m.replaceAll(" ");
    List<String> phrases = new ArrayList<>();
    Matcher p = PHRASE.matcher(rest);
    while (p.find()) {
      phrases.add(p.group());
    }
    // "a | b" is "a OR b": with every word optional, the same as "a b"
    String plain = p.replaceAll(" ").replace('|', ' ').replace('+', ' ').replaceAll("\\s+", " ").strip();
    return new QueryText(plain, phrases, excluded, filters, concepts, notices, spelling.unknown(), words.text(),
        corrected.equals(raw) ? null : corrected, spelling.best());
  }

  /** The words after spelling: clear corrections made, the words left unknown, the best of each. */
  private record Spelling(QueryWords words, String corrected, List<String> unknown, Map<String, String> best) {}

  /**
   * Finds the plain words outside concepts the collection does not know and replaces each by its clear
   * correction, as the embedded index does.
   */
  private static Spelling spell(String raw, QueryWords words, List<Concepts.Found> concepts, boolean correct,
      Vocabulary vocabulary) throws IOException {
    List<String> candidates = new ArrayList<>();
    for (int i : words.spellable()) {
      if (concepts.stream().noneMatch(f -> f.first() <= i && i <= f.last())) {
        candidates.add(words.word(i));
      }
    }
    List<Boolean> known = vocabulary.known(candidates);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!known.get(i)) {
        unknown.add(candidates.get(i));
      }
    }
    Map<String, SuggestWord[]> suggestions = vocabulary.suggestions(unknown);
    Map<String, String> best = new LinkedHashMap<>();
    String corrected = raw;
    List<String> left = new ArrayList<>();
    for (int i : words.spellable()) {
      String word = words.word(i);
      SuggestWord[] s = suggestions.get(word.toLowerCase(Locale.ROOT));
      String fix = unknown.contains(word) && correct && s != null ? Corrector.clear(s) : null;
      if (fix != null) {
        words = words.with(i, fix);
        corrected = corrected.replaceFirst("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
            Matcher.quoteReplacement(fix));
      } else if (unknown.contains(word)) {
        left.add(word);
        if (s != null && Corrector.best(s) != null) {
          best.put(word, Corrector.best(s));
        }
      }
    }
    return new Spelling(words, corrected, left, best);
  }

  /** The concepts among the plain words, with word indices into {@code words}, as the embedded index finds them. */
  private static List<Concepts.Found> concepts(QueryWords words, Vocabulary vocabulary) throws IOException {
    List<Concepts.Found> out = new ArrayList<>();
    for (List<Integer> run : words.plainRuns()) {
      List<String> runWords = run.stream().map(words::word).toList();
      for (Concepts.Found f : Concepts.find(runWords, vocabulary.lexicon(), vocabulary::ordinary)) {
        out.add(new Concepts.Found(run.get(f.first()), run.get(f.last()), f.matched(), f.forms()));
      }
    }
    return out;
  }

  /** {@return the concepts as the response reports them: {@code TIP -> THB | trafficking in persons | ...}} */
  List<String> expansions() {
    return concepts.stream().map(Concepts.Found::expansion).toList();
  }
}

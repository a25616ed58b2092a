package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * Turns what a person types into a Lucene query. Plain words are all optional (more matches rank higher),
 * each scored over the text fields jointly (BM25F), its exact form a little higher than its stem; pairs of
 * words close together score more (a separate query, for the second pass over the best hits). A lexicon
 * concept (an acronym or one of its long forms) becomes one disjunction of all its forms, whichever was typed. A word the index does not know is replaced by its
 * clearly best correction (said in the response), or else matched approximately. {@code "phrases"},
 * {@code -exclusion}, {@code OR} (or {@code |}) and {@code dim:value} filters are understood. Never throws
 * on user input: unbalanced quotes or parentheses fall back to plain words, with a notice.
 */
final class QueryFactory {
  private static final float FUZZY_WEIGHT = 0.5f;
  /**
   * Bounds on typo handling, so that it cannot explode on a large vocabulary: at most this many unknown words
   * are matched approximately, each to at most {@code FUZZY_EXPANSIONS} terms per field, and the first
   * {@code FUZZY_PREFIX} letters must be right (the terms enumerated are those that share them).
   */
  static final int FUZZY_PREFIX = 1;
  static final int FUZZY_WORDS = 4;
  static final int FUZZY_EXPANSIONS = 16;
  private static final Pattern OR = Pattern.compile("\\bOR\\b");
  private static final Pattern AND = Pattern.compile("\\bAND\\b");
  private static final Pattern NOT = Pattern.compile("\\bNOT\\s+");
  private static final Pattern GROUPING = Pattern.compile("[\"()]");
  /** The text fields in the order a word is most likely found: the description holds most of the text. */
  private static final List<String> LOOKUP_ORDER = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(Schema.DESCRIPTION),
      Schema.TEXT_FIELDS.keySet().stream().filter(f -> !f.equals(Schema.DESCRIPTION))).toList();

  private final FieldQueries fields = new FieldQueries();
  private final Corrector corrector = new Corrector();

  /**
   * What was understood of a query.
   *
   * @param corrected the query as searched when a word was replaced by its clear correction, else null
   * @param unknownWords words the index does not know and that had no clear correction
   * @param words how many plain words the query has, a concept counting as one
   * @param proximity the proximity of the query's words, scored in a second pass over the best hits
   *     ({@link Rescoring}), or null for none
   */
  record Understood(Query query, Map<Dimension, List<String>> filters, List<String> expansions,
      List<String> notices, List<String> unknownWords, String text, String corrected, int words, Query proximity) {}

  /**
   * @param raw the query as typed
   * @param expand whether lexicon concepts are searched by all their forms
   * @param correct whether a word the index does not know is replaced by its clear correction
   * @param reader the index
   * @param lexicon the lexicon, with the index's own acronym definitions
   */
  Understood understand(String raw, boolean expand, boolean correct, IndexReader reader, Lexicon lexicon)
      throws IOException {
    List<String> notices = new ArrayList<>();
    Map<Dimension, List<String>> filters = new LinkedHashMap<>();
    String text = QuerySyntax.extractFilters(raw, filters);
    text = NOT.matcher(AND.matcher(OR.matcher(text).replaceAll("|")).replaceAll(" ")).replaceAll("-");
    if (!QuerySyntax.balanced(text)) {
      notices.add("unbalanced quotes or parentheses: searched for the words only");
      text = GROUPING.matcher(text).replaceAll(" ");
    }
    if (text.isBlank()) {
      return new Understood(new MatchAllDocsQuery(), filters, List.of(), notices, List.of(), text, null, 0, null);
    }
    QueryWords words = QueryWords.split(text);
    List<String> unknown = new ArrayList<>();
    String corrected = raw;
    // a word of a lexicon form ("trata de personas") is spelt right even when the index does not hold it
    List<Concepts.Found> typed = expand ? concepts(words, reader, lexicon) : List.of();
    for (int i : words.spellable()) {
      String word = words.word(i);
      int index = i;
      if (typed.stream().anyMatch(f -> f.first() <= index && index <= f.last()) || known(reader, word)) {
        continue;
      }
      String fix = correct ? corrector.clear(word, reader) : null;
      if (fix == null) {
        unknown.add(word);
      } else {
        words = words.with(i, fix);
        corrected = corrected.replaceFirst("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
            Matcher.quoteReplacement(fix));
      }
    }
    List<Concepts.Found> concepts = expand ? concepts(words, reader, lexicon) : List.of();
    Query literal = new ConceptParser(fields, concepts).parse(words.withPlaceholders(concepts));
    if (literal == null) {
      return new Understood(new MatchAllDocsQuery(), filters, List.of(), notices, unknown, text, null, 0, null);
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    List<Query> excluded = new ArrayList<>();
    top.add(withoutExclusions(literal, excluded), Occur.SHOULD);
    for (String word : unknown.subList(0, Math.min(unknown.size(), FUZZY_WORDS))) {
      top.add(new BoostQuery(fuzzy(Lexicon.terms(word).get(0)), FUZZY_WEIGHT), Occur.SHOULD);
    }
    excluded.forEach(q -> top.add(q, Occur.MUST_NOT));
    top.setMinimumNumberShouldMatch(1);
    List<String> expansions = concepts.stream().map(Concepts.Found::expansion).toList();
    return new Understood(top.build(), filters, expansions, notices, unknown, words.text(),
        corrected.equals(raw) ? null : corrected, words.plainTerms(concepts).size() + concepts.size(),
        fields.pairs(words.plainTerms(concepts)));
  }

  /** The concepts among the plain words, with word indices into {@code words}. */
  private static List<Concepts.Found> concepts(QueryWords words, IndexReader reader, Lexicon lexicon) {
    List<Concepts.Found> out = new ArrayList<>();
    for (List<Integer> run : words.plainRuns()) {
      List<String> runWords = run.stream().map(words::word).toList();
      for (Concepts.Found f : Concepts.find(runWords, lexicon, w -> ordinary(reader, w))) {
        out.add(new Concepts.Found(run.get(f.first()), run.get(f.last()), f.matched(), f.forms()));
      }
    }
    return out;
  }

  /**
   * Moves the exclusions out, so that they apply to the whole query (fuzzy matches included): top-level
   * MUST_NOT clauses, and the {@code (*:* -x)} that the simple query parser makes of a {@code -x} among other
   * words, which as an optional clause would match every entry without {@code x} ("migrants -children"
   * found all entries).
   */
  private static Query withoutExclusions(Query q, List<Query> excluded) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    if (negation(bq)) {
      bq.clauses().stream().filter(c -> c.occur() == Occur.MUST_NOT).forEach(c -> excluded.add(c.query()));
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() == Occur.MUST_NOT) {
        excluded.add(c.query());
      } else if (c.query() instanceof BooleanQuery inner && negation(inner)) {
        inner.clauses().stream().filter(x -> x.occur() == Occur.MUST_NOT).forEach(x -> excluded.add(x.query()));
      } else {
        b.add(c);
        positive = true;
      }
    }
    b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    return positive ? b.build() : new MatchAllDocsQuery();
  }

  /** True for {@code (*:* -x ...)}: only match-all and exclusions, the parser's form of a negated word. */
  private static boolean negation(BooleanQuery bq) {
    boolean exclusion = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() == Occur.MUST_NOT) {
        exclusion = true;
      } else if (!(c.query() instanceof MatchAllDocsQuery)) {
        return false;
      }
    }
    return exclusion;
  }

  /** Approximate matches of a term in the title and description. */
  private static Query fuzzy(String term) {
    int edits = term.length() >= 7 ? 2 : 1;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new FuzzyQuery(new Term(Schema.DESCRIPTION, term), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true), Occur.SHOULD);
    b.add(new FuzzyQuery(new Term(Schema.TITLE, term), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true), Occur.SHOULD);
    return b.build();
  }

  /** Whether the index knows a word: its stem in a text field, or the word itself as an acronym. */
  private static boolean known(IndexReader reader, String word) throws IOException {
    List<String> terms = Lexicon.terms(word);
    if (terms.isEmpty()) {
      return true;
    }
    for (String field : LOOKUP_ORDER) {
      if (reader.docFreq(new Term(field, terms.get(0))) > 0) {
        return true;
      }
    }
    return Lexicon.isAcronym(word) && reader.docFreq(new Term(Schema.ACRONYMS, Analyzers.acronymKey(word))) > 0;
  }

  /**
   * Whether the index uses an acronym's lower-case form as a word ({@code tips} for {@code TIP}): more entries
   * hold its stem than hold the acronym.
   */
  private static boolean ordinary(IndexReader reader, String acronym) {
    try {
      List<String> stem = Lexicon.terms(acronym.toLowerCase(java.util.Locale.ROOT));
      int asWord = stem.isEmpty() ? Integer.MAX_VALUE : reader.docFreq(new Term(Schema.DESCRIPTION, stem.get(0)));
      int asAcronym = reader.docFreq(new Term(Schema.ACRONYMS, acronym));
      return asWord > asAcronym;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Anserini's bag-of-words query: each analysed term of the text once, as a SHOULD clause over the
   * description, boosted by how often it occurs in the text.
   */
  Query bagOfWords(String text) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = Analyzers.text().tokenStream(Schema.DESCRIPTION, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    counts.forEach((t, n) -> b.add(new BoostQuery(new TermQuery(new Term(Schema.DESCRIPTION, t)), n), Occur.SHOULD));
    return b.build();
  }

  /** The query that finds one entry by id. */
  static Query byId(String id) {
    return new TermQuery(new Term(Schema.ID, id));
  }
}

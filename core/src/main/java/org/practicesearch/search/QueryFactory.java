package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * Turns what a person types into a Lucene query. Plain words are all optional (more matches rank higher),
 * with a boost when they occur close together; {@code "phrases"}, {@code -exclusion}, {@code OR} (or
 * {@code |}) and {@code dim:value} filters are understood; lexicon forms add their synonyms as phrases at a
 * lower weight than the literal words; a word the index does not know is also matched approximately.
 * Never throws on user input: unbalanced quotes or parentheses fall back to plain words, with a notice.
 */
final class QueryFactory {
  private static final float PROXIMITY_BOOST = 2.0f;
  private static final int PROXIMITY_SLOP = 4;
  /** Synonyms count for less than the words typed, so literal matches rank first. */
  static final float EXPANSION_WEIGHT = 0.3f;
  /** Within an expansion, a title match counts a little more than a description match, but not 3x. */
  private static final Map<String, Float> EXPANSION_FIELDS = Map.of(Schema.TITLE, 1.5f, Schema.DESCRIPTION, 1.0f);
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
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s|+()]+");
  private static final Pattern EXCLUDED = Pattern.compile("-\\S+");
  private static final Pattern OPERATORS = Pattern.compile("[\"|+*~()]");
  /** The text fields in the order a word is most likely found: the description holds most of the text. */
  private static final List<String> LOOKUP_ORDER = java.util.stream.Stream.concat(java.util.stream.Stream.of(Schema.DESCRIPTION),
      Schema.TEXT_FIELDS.keySet().stream().filter(f -> !f.equals(Schema.DESCRIPTION))).toList();
  private static final Pattern FIELD_FILTER = Pattern.compile("(?<![\\w-])([a-z_]+):(\"[^\"]*\"|[^\\s\"]+)");

  private final Analyzer analyzer = Analyzers.text();
  private final Map<String, Float> weights = Schema.TEXT_FIELDS;
  private final Lexicon lexicon = Lexicon.bundled();

  /** What was understood of a query. */
  record Understood(Query query, Map<Dimension, List<String>> filters, List<String> expansions,
      List<String> notices, List<String> unknownWords, String text) {}

  Understood understand(String raw, boolean expand, IndexReader reader) throws IOException {
    List<String> notices = new ArrayList<>();
    Map<Dimension, List<String>> filters = new LinkedHashMap<>();
    String text = extractFilters(raw, filters);
    text = NOT.matcher(AND.matcher(OR.matcher(text).replaceAll("|")).replaceAll(" ")).replaceAll("-");
    if (!balanced(text)) {
      notices.add("unbalanced quotes or parentheses: searched for the words only");
      text = GROUPING.matcher(text).replaceAll(" ");
    }
    if (text.isBlank()) {
      return new Understood(new MatchAllDocsQuery(), filters, List.of(), notices, List.of(), text);
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(Occur.SHOULD);
    Query literal = parser.parse(text);
    if (literal == null) {
      return new Understood(new MatchAllDocsQuery(), filters, List.of(), notices, List.of(), text);
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    List<Query> excluded = new ArrayList<>();
    top.add(withoutExclusions(literal, excluded), Occur.SHOULD);
    Query proximity = proximity(text);
    if (proximity != null) {
      top.add(new BoostQuery(proximity, PROXIMITY_BOOST), Occur.SHOULD);
    }
    List<String> expansions = new ArrayList<>();
    if (expand) {
      for (Lexicon.Expansion e : lexicon.find(text)) {
        expansions.add(e.toString());
        if (e.matched().contains(" ")) {
          // a multi-word form typed as such is a phrase: the entries that hold it literally come first
          Query literalPhrase = phraseOverFields(e.matched());
          if (literalPhrase != null) {
            top.add(literalPhrase, Occur.SHOULD);
          }
        }
        // one group counts once, however many of its forms an entry holds: the best form's score
        List<Query> forms = new ArrayList<>();
        for (String alt : e.alternatives()) {
          Query q = phraseOverFields(alt);
          if (q != null) {
            forms.add(q);
          }
        }
        if (!forms.isEmpty()) {
          top.add(new BoostQuery(new org.apache.lucene.search.DisjunctionMaxQuery(forms, 0f), EXPANSION_WEIGHT),
              Occur.SHOULD);
        }
      }
    }
    List<String> unknown = fuzzy(text, reader, top);
    excluded.forEach(q -> top.add(q, Occur.MUST_NOT));
    top.setMinimumNumberShouldMatch(1);
    return new Understood(top.build(), filters, expansions, notices, unknown, text);
  }

  /** The query for the text alone (no synonyms, no fuzziness): used by more-like-this and tests. */
  Query textQuery(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(Occur.SHOULD);
    Query parsed = parser.parse(text);
    return parsed == null ? new MatchAllDocsQuery() : parsed;
  }

  private static String extractFilters(String text, Map<Dimension, List<String>> filters) {
    Matcher m = FIELD_FILTER.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      Dimension d;
      try {
        d = Dimension.parse(m.group(1));
      } catch (IllegalArgumentException notAFacet) {
        m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
        continue;
      }
      filters.computeIfAbsent(d, x -> new ArrayList<>()).add(m.group(2).replace("\"", ""));
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    return rest.toString().strip();
  }

  private static boolean balanced(String text) {
    long quotes = text.chars().filter(c -> c == '"').count();
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return quotes % 2 == 0 && depth == 0;
  }

  /** Moves top-level MUST_NOT clauses out, so that they also apply to synonym and fuzzy matches. */
  private static Query withoutExclusions(Query q, List<Query> excluded) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() == Occur.MUST_NOT) {
        excluded.add(c.query());
      } else {
        b.add(c);
        positive = true;
      }
    }
    b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    return positive ? b.build() : new MatchAllDocsQuery();
  }

  /** A phrase over the title and the description, scored by the better of the two. */
  private Query phraseOverFields(String phrase) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> fields = new ArrayList<>();
    for (String field : List.of(Schema.TITLE, Schema.DESCRIPTION)) {
      Query q = builder.createPhraseQuery(field, phrase);
      if (q != null) {
        fields.add(new BoostQuery(q, EXPANSION_FIELDS.get(field)));
      }
    }
    return fields.isEmpty() ? null : new org.apache.lucene.search.DisjunctionMaxQuery(fields, 0f);
  }

  /** Adds approximate matches for analysed words no text field holds; returns those words as typed. */
  private List<String> fuzzy(String text, IndexReader reader, BooleanQuery.Builder top) throws IOException {
    List<String> unknown = new ArrayList<>();
    for (String word : WORD_SEPARATORS.split(QUOTED.matcher(text).replaceAll(" "))) {
      if (word.length() < 4 || word.startsWith("-") || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      String term = analyse(word);
      if (term == null || known(reader, term)) {
        continue;
      }
      unknown.add(word);
      if (unknown.size() > FUZZY_WORDS) {
        continue;
      }
      int edits = term.length() >= 7 ? 2 : 1;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new FuzzyQuery(new Term(Schema.DESCRIPTION, term), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true), Occur.SHOULD);
      b.add(new FuzzyQuery(new Term(Schema.TITLE, term), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true), Occur.SHOULD);
      top.add(new BoostQuery(b.build(), FUZZY_WEIGHT), Occur.SHOULD);
    }
    return unknown;
  }

  private boolean known(IndexReader reader, String term) throws IOException {
    for (String field : LOOKUP_ORDER) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  private String analyse(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(Schema.DESCRIPTION, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? t.toString() : null;
      ts.end();
      return out;
    }
  }

  /** A sloppy phrase of the plain words over the description, when there are two or more. */
  private Query proximity(String text) {
    String plain = OPERATORS.matcher(EXCLUDED.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    Query q = new QueryBuilder(analyzer).createPhraseQuery(Schema.DESCRIPTION, plain, PROXIMITY_SLOP);
    return q instanceof PhraseQuery pq && pq.getTerms().length > 1 ? pq : null;
  }

  /**
   * Anserini's bag-of-words query: each analysed term of the text once, as a SHOULD clause over the
   * description, boosted by how often it occurs in the text.
   */
  Query bagOfWords(String text) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.DESCRIPTION, text)) {
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

package org.practicesearch.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.schema.Schema;

/**
 * Turns free text into a Lucene query: every word optional (more matching words rank higher), quoted
 * phrases, {@code -exclusion} and {@code |} for OR, over the weighted text fields; plus a boost when the
 * words occur close together. Never throws on user input: the simple query parser has no syntax errors.
 */
final class QueryFactory {
  private static final float PROXIMITY_BOOST = 2.0f;
  private static final int PROXIMITY_SLOP = 4;

  private final Analyzer analyzer = Analyzers.text();
  private final Map<String, Float> weights = Schema.TEXT_FIELDS;

  /** The query for the text; match-all for empty text (or text of only stop words). */
  Query textQuery(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(Occur.SHOULD);
    Query parsed = parser.parse(text);
    if (parsed == null) {
      return new MatchAllDocsQuery();
    }
    Query proximity = proximity(text);
    if (proximity == null) {
      return parsed;
    }
    return new BooleanQuery.Builder()
        .add(parsed, Occur.MUST)
        .add(new BoostQuery(proximity, PROXIMITY_BOOST), Occur.SHOULD)
        .build();
  }

  /** A sloppy phrase of the plain words over the description, when there are two or more. */
  private Query proximity(String text) {
    String plain = text.replaceAll("[\"|+\\-*~()]", " ").strip();
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query q = builder.createPhraseQuery(Schema.DESCRIPTION, plain, PROXIMITY_SLOP);
    if (q instanceof PhraseQuery pq && pq.getTerms().length > 1) {
      return pq;
    }
    return null;
  }

  /**
   * Anserini's bag-of-words query: each analysed term of the text once, as a SHOULD clause over the
   * description, boosted by how often it occurs in the text.
   */
  Query bagOfWords(String text) throws java.io.IOException {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(Schema.DESCRIPTION, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
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

  static List<String> textFields() {
    return List.copyOf(Schema.TEXT_FIELDS.keySet());
  }
}

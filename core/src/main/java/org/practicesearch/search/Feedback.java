package org.practicesearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Schema;

/**
 * Pseudo-relevance feedback (RM3, as in Anserini): the words that weigh most in the best few entries of a
 * first search are added to the query at a lower weight, so that an entry that says the same thing in other
 * words is found too. Stateless and thread-safe.
 */
final class Feedback {
  /** How many of the best entries the feedback words are drawn from. */
  static final int DOCS = 10;
  /** How many feedback words are added. */
  static final int TERMS = 20;
  /** The weight of the feedback words together, relative to one word of the query. */
  static final float WEIGHT = 0.5f;

  /** Queries of fewer words than this are precise enough: no feedback. */
  static final int MIN_WORDS = 6;

  private Feedback() {}

  /**
   * @param searcher the searcher
   * @param query the query as understood
   * @param words how many words (analysed terms) the query text has
   * @param proximity the second-pass query of the best hits ({@link Rescoring}), or null
   * @return the query with its feedback words, or the query itself when the first search finds nothing
   */
  static Query expand(IndexSearcher searcher, Query query, int words, Query proximity) throws IOException {
    if (DOCS <= 0 || WEIGHT <= 0) {
      return query;
    }
    Set<String> typed = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) {
          typed.add(t.text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    if (words < MIN_WORDS) {
      return query;
    }
    // the best entries as the product ranks them: the first pass, then proximity over its window
    TopDocs top = Rescoring.rescore(searcher, searcher.search(query, Rescoring.window(DOCS, proximity)), proximity,
        DOCS);
    if (top.scoreDocs.length == 0) {
      return query;
    }
    Map<String, Double> model = new HashMap<>();
    double total = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      total += sd.score;
    }
    int n = searcher.getIndexReader().numDocs();
    for (ScoreDoc sd : top.scoreDocs) {
      var doc = searcher.storedFields().document(sd.doc, Set.of(Schema.TITLE, Schema.DESCRIPTION));
      List<String> terms = Lexicon.terms(doc.get(Schema.TITLE) + "\n" + doc.get(Schema.DESCRIPTION));
      Map<String, Integer> tf = new HashMap<>();
      terms.forEach(t -> tf.merge(t, 1, Integer::sum));
      double docWeight = sd.score / total;
      tf.forEach((t, c) -> model.merge(t, docWeight * c / terms.size(), Double::sum));
    }
    Map<String, Double> scored = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : model.entrySet()) {
      String t = e.getKey();
      if (typed.contains(t) || t.length() < 3 || t.chars().allMatch(Character::isDigit)) {
        continue;
      }
      int df = searcher.getIndexReader().docFreq(new Term(Schema.DESCRIPTION, t));
      if (df < 2) {
        continue;
      }
      scored.put(t, e.getValue() * Math.log((double) n / df));
    }
    List<Map.Entry<String, Double>> best = scored.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TERMS).toList();
    double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
    if (best.isEmpty() || sum <= 0) {
      return query;
    }
    BooleanQuery.Builder added = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> e : best) {
      added.add(new BoostQuery(FieldQueries.word(e.getKey()), (float) (e.getValue() / sum)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(query, Occur.SHOULD)
        .add(new BoostQuery(added.build(), WEIGHT * words), Occur.SHOULD).build();
  }
}

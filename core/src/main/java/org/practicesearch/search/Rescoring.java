package org.practicesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.practicesearch.schema.Schema;

/**
 * The second pass of relevance ranking: the proximity of the query's words (sloppy phrases, costly on frequent
 * words) is scored only for the best hits of the first pass, as Elasticsearch's rescore window and Lucene's
 * {@code QueryRescorer} do, and added to their scores. The first pass (the words themselves) can then skip
 * non-competitive matches; a hit outside the window never gains from proximity. Stateless and thread-safe.
 */
final class Rescoring {
  /** How many of the best first-pass hits are rescored at least; more when the page asked for goes further. */
  static final int WINDOW = 100;

  /** Best first: score descending, then the sort's tie-breaker (the id) or else the document number. */
  private static final Comparator<ScoreDoc> ORDER = Comparator.comparingDouble(Rescoring::scoreOf).reversed()
      .thenComparing(Rescoring::tieBreak);

  private Rescoring() {}

  /**
   * How many hits the first pass collects for {@code n} to be returned.
   *
   * @param n the hits wanted
   * @param second the second-pass query, or null for none
   */
  static int window(int n, Query second) {
    return second == null ? n : Math.max(n, WINDOW);
  }

  /**
   * Adds the second-pass score to each first-pass hit and re-ranks them.
   *
   * @param searcher the searcher the first pass ran on
   * @param first the first-pass hits, best first (scores in {@link ScoreDoc#score} or, sorted by relevance, in
   *     the first sort value)
   * @param second the second-pass query, or null to keep the first pass
   * @param n how many hits to return at most
   * @return the best {@code n} hits after rescoring, with the total of the first pass
   * @throws IOException if the index cannot be read
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query second, int n) throws IOException {
    ScoreDoc[] hits = first.scoreDocs;
    if (second == null || hits.length == 0) {
      return new TopDocs(first.totalHits, Arrays.copyOf(hits, Math.min(n, hits.length)));
    }
    hits = hits.clone();
    addScores(searcher, hits, second);
    if (hits[0] instanceof FieldDoc) {
      Arrays.sort(hits, ORDER);
    } else {
      sortReadingIdsOfTies(searcher, hits, n);
    }
    return new TopDocs(first.totalHits, Arrays.copyOf(hits, Math.min(n, hits.length)));
  }

  /**
   * Sorts hits by score, then orders each run of equal scores among the first {@code n} by id: only those ids
   * are read (reading the ids of the whole window was 5% of a free-text search).
   */
  private static void sortReadingIdsOfTies(IndexSearcher searcher, ScoreDoc[] hits, int n) throws IOException {
    Arrays.sort(hits, Comparator.comparingDouble(Rescoring::scoreOf).reversed());
    for (int start = 0; start < Math.min(n, hits.length); ) {
      int end = start + 1;
      while (end < hits.length && scoreOf(hits[end]) == scoreOf(hits[start])) {
        end++;
      }
      if (end - start > 1) {
        ScoreDoc[] run = withIds(searcher, Arrays.copyOfRange(hits, start, end));
        Arrays.sort(run, ORDER);
        System.arraycopy(run, 0, hits, start, run.length);
      }
      start = end;
    }
  }

  /** Adds to each hit's score its score by {@code second} (nothing where it does not match). */
  private static void addScores(IndexSearcher searcher, ScoreDoc[] hits, Query second) throws IOException {
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(second), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    LeafReaderContext ctx = null;
    Scorer scorer = null;
    for (ScoreDoc sd : byDoc) {
      while (ctx == null || sd.doc >= ctx.docBase + ctx.reader().maxDoc()) {
        ctx = leaves.get(++leaf);
        scorer = weight.scorer(ctx);
      }
      setScore(sd, scoreOf(sd) + (scorer == null ? 0f : scoreAt(scorer, sd.doc - ctx.docBase)));
    }
  }

  /** The first query plus the second, as one query: what a hit's score sums up, for its explanation. */
  static Query combined(Query first, Query second) {
    return second == null ? first
        : new BooleanQuery.Builder().add(first, Occur.MUST).add(second, Occur.SHOULD).build();
  }

  /**
   * The hits as {@link FieldDoc}s of their score and id, for the order of {@link Sorts} (score, then id); hits
   * already sorted that way are kept.
   */
  private static ScoreDoc[] withIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    if (hits[0] instanceof FieldDoc) {
      return hits;
    }
    ScoreDoc[] out = new ScoreDoc[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < hits.length; i++) {
      LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      SortedSetDocValues ids = DocValues.getSortedSet(ctx.reader(), Schema.ID);
      BytesRef id = ids.advanceExact(hits[i].doc - ctx.docBase) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd()))
          : new BytesRef();
      out[i] = new FieldDoc(hits[i].doc, hits[i].score, new Object[] {hits[i].score, id}, hits[i].shardIndex);
    }
    return out;
  }

  /**
   * The score of {@code doc}, or 0 where it does not match. A phrase is checked on this document only: its
   * iterator would check the positions of every candidate up to the next document that matches.
   */
  private static float scoreAt(Scorer scorer, int doc) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    if (it.docID() < doc) {
      it.advance(doc);
    }
    return it.docID() == doc && (twoPhase == null || twoPhase.matches()) ? scorer.score() : 0f;
  }

  /** A hit's score: the first sort value when sorted by relevance, else the score. */
  static float scoreOf(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return sd.score;
  }

  private static void setScore(ScoreDoc sd, float score) {
    sd.score = score;
    if (sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0 && fd.fields[0] instanceof Float) {
      fd.fields[0] = score;
    }
  }

  private static int tieBreak(ScoreDoc a, ScoreDoc b) {
    if (a instanceof FieldDoc fa && b instanceof FieldDoc fb && fa.fields != null && fb.fields != null
        && fa.fields.length > 1 && fb.fields.length > 1 && fa.fields[1] instanceof BytesRef x
        && fb.fields[1] instanceof BytesRef y) {
      return x.compareTo(y);
    }
    return Integer.compare(a.doc, b.doc);
  }
}

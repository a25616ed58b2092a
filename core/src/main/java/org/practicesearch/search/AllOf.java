package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The entries every one of several filters matches, unscored: the conjunction a {@link BooleanQuery} builds of
 * its FILTER clauses, except in how it loads a range of its matches into a bit set. Lucene 10.6's conjunction
 * leapfrogs through every match to do so; this one has each filter load its own matches in bulk and ANDs the
 * sets. A top-k search over a word most entries hold loads its filter a window at a time (Lucene's
 * MaxScoreBulkScorer), and the leapfrogging was a quarter of such a search with two filters. Other uses (moving
 * to the next match) leapfrog as Lucene's does. Cacheable: once the same filters recur (five times in the
 * recent history of Lucene's caching policy), the searcher's query cache keeps their matches per segment, as the
 * filter caches of Elasticsearch and Solr do; Lucene never caches a term filter alone. Immutable.
 */
final class AllOf extends Query {
  private final List<Query> filters;

  private AllOf(List<Query> filters) {
    this.filters = List.copyOf(filters);
  }

  /**
   * {@return {@code base} restricted to the entries all {@code filters} match, scored by {@code base} only}
   *
   * @param base the scoring query
   * @param filters the filters, none for {@code base} itself
   */
  static Query filter(Query base, List<Query> filters) {
    if (filters.isEmpty()) {
      return base;
    }
    Query filter = filters.size() == 1 ? filters.get(0) : new AllOf(filters);
    return new BooleanQuery.Builder().add(base, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    List<Weight> weights = new ArrayList<>();
    for (Query f : filters) {
      weights.add(searcher.createWeight(searcher.rewrite(f), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        List<ScorerSupplier> subs = new ArrayList<>();
        for (Weight w : weights) {
          ScorerSupplier s = w.scorerSupplier(context);
          if (s == null) {
            return null; // a filter without matches here: no entry passes them all
          }
          subs.add(s);
        }
        long cost = subs.stream().mapToLong(ScorerSupplier::cost).min().orElseThrow();
        int maxDoc = context.reader().maxDoc();
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            List<Scorer> scorers = new ArrayList<>();
            for (ScorerSupplier s : subs) {
              scorers.add(s.get(Math.min(leadCost, cost)));
            }
            boolean twoPhase = scorers.stream().anyMatch(s -> s.twoPhaseIterator() != null);
            DocIdSetIterator it = twoPhase ? ConjunctionUtils.intersectScorers(scorers)
                : new Conjunction(scorers.stream().map(Scorer::iterator).toArray(DocIdSetIterator[]::new), maxDoc);
            return new ConstantScoreScorer(score(), scoreMode, it);
          }

          @Override
          public long cost() {
            return cost;
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        for (Weight w : weights) {
          if (!w.isCacheable(ctx)) {
            return false;
          }
        }
        return true;
      }
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    List<Query> rewritten = new ArrayList<>();
    for (Query f : filters) {
      rewritten.add(f.rewrite(searcher));
    }
    return rewritten.equals(filters) ? this : new AllOf(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(Occur.FILTER, this);
    filters.forEach(f -> f.visit(v));
  }

  @Override
  public String toString(String field) {
    return filters.stream().map(f -> "#" + f.toString(field)).collect(Collectors.joining(" ", "AllOf(", ")"));
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && filters.equals(((AllOf) other).filters);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + filters.hashCode();
  }

  /** The documents every iterator holds; the iterators leapfrog from the cheapest. */
  static final class Conjunction extends DocIdSetIterator {
    private final DocIdSetIterator[] its;
    private final int maxDoc;
    private int doc = -1;
    /** For {@link #intoBitSet}: the matches so far, and one iterator's. */
    private FixedBitSet all;
    private FixedBitSet one;

    Conjunction(DocIdSetIterator[] its, int maxDoc) {
      this.its = its.clone();
      Arrays.sort(this.its, Comparator.comparingLong(DocIdSetIterator::cost));
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return align(its[0].nextDoc());
    }

    @Override
    public int advance(int target) throws IOException {
      return align(its[0].advance(target));
    }

    /** Moves every iterator to the first document from {@code target}, where the first iterator is, they hold. */
    private int align(int target) throws IOException {
      outer:
      while (target != NO_MORE_DOCS) {
        for (int i = 1; i < its.length; i++) {
          int d = its[i].docID() < target ? its[i].advance(target) : its[i].docID();
          if (d > target) {
            target = its[0].advance(d);
            continue outer;
          }
        }
        return doc = target;
      }
      return doc = NO_MORE_DOCS;
    }

    /** Each iterator loads its own matches in bulk; the sets are ANDed, then added to {@code bitSet}. */
    @Override
    public void intoBitSet(int upTo, FixedBitSet bitSet, int offset) throws IOException {
      int end = Math.min(upTo, maxDoc);
      if (doc >= end) {
        return;
      }
      int from = doc - offset;
      int length = end - doc;
      if (all == null || all.length() < bitSet.length()) {
        all = new FixedBitSet(bitSet.length());
        one = new FixedBitSet(bitSet.length());
      }
      all.clear(from, from + length);
      its[0].intoBitSet(end, all, offset);
      for (int i = 1; i < its.length; i++) {
        one.clear(from, from + length);
        its[i].intoBitSet(end, one, offset);
        FixedBitSet.andRange(one, from, all, from, length);
      }
      FixedBitSet.orRange(all, from, bitSet, from, length);
      int next = its[0].docID();
      for (DocIdSetIterator it : its) {
        next = Math.max(next, it.docID());
      }
      align(next == NO_MORE_DOCS || its[0].docID() == next ? next : its[0].advance(next));
    }

    @Override
    public long cost() {
      return its[0].cost();
    }
  }
}

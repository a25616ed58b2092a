package org.practicesearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a counting pass found to match every filter, per segment of the reader it searched: a filter
 * for the page of hits, which then scores these documents only instead of intersecting the filters' postings
 * again. Valid on that reader only; never cached (it is the result of one request).
 */
final class MatchedDocs extends Query {
  private final FixedBitSet[] docs;
  private final long[] counts;

  /** @param docs per segment (by its ordinal in the reader), its matching documents, or null for none */
  MatchedDocs(FixedBitSet[] docs) {
    this.docs = docs;
    this.counts = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      counts[i] = docs[i] == null ? 0 : docs[i].cardinality();
    }
  }

  /** {@code into} with the documents of {@code part} added; either may be null. */
  static FixedBitSet or(FixedBitSet into, FixedBitSet part) {
    if (into == null) {
      return part;
    }
    if (part != null) {
      into.or(part);
    }
    return into;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) {
        FixedBitSet set = ctx.ord < docs.length ? docs[ctx.ord] : null;
        if (set == null || counts[ctx.ord] == 0) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(set, counts[ctx.ord])));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "MatchedDocs(" + Arrays.stream(counts).sum() + ")";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}

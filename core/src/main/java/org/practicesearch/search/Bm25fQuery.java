package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * One term scored over several weighted fields as one field (BM25F): the term's frequencies and the fields'
 * lengths are summed with the fields' weights before BM25 saturates them. It scores exactly as Lucene's
 * {@code CombinedFieldQuery} (same statistics, same norm arithmetic), and adds what that query lacks in Lucene
 * 10.6: an upper bound of the score per block of postings, from each field's impacts, so that a top-k search
 * skips the blocks that cannot compete (block-max WAND / MaxScore) instead of scoring every match of a frequent
 * word. Without scores it is a plain disjunction of the fields' terms. Immutable and thread-safe.
 */
final class Bm25fQuery extends Query {
  private final String text;
  /** Field to weight, ordered by field name (the order statistics are summed in, as Lucene does). */
  private final TreeMap<String, Float> fields;
  /** Whether a word many documents of a segment hold is bounded by its exact impacts ({@link ExactImpacts}). */
  private final boolean exactImpacts;

  /**
   * @param text the analysed term
   * @param fields the fields and their weights (each at least 1, as BM25F's weighted frequencies need)
   */
  Bm25fQuery(String text, Map<String, Float> fields) {
    this(text, fields, true);
  }

  /**
   * @param exactImpacts whether a frequent word is bounded by its exact impacts (else by the fields' impacts
   *     combined, as a rarer word is)
   */
  Bm25fQuery(String text, Map<String, Float> fields, boolean exactImpacts) {
    this.exactImpacts = exactImpacts;
    this.text = Objects.requireNonNull(text);
    this.fields = new TreeMap<>(fields);
    this.fields.forEach((f, w) -> {
      if (!(w >= 1f)) {
        throw new IllegalArgumentException("weight of field '" + f + "' must be at least 1, not " + w);
      }
    });
  }

  /** {@return the fields' terms as a disjunction, each boosted by its field's weight: what matches, unscored} */
  private Query disjunction() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    fields.forEach((f, w) -> {
      Query q = new TermQuery(new Term(f, text));
      b.add(w == 1f ? q : new BoostQuery(q, w), Occur.SHOULD);
    });
    return b.build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(searcher.rewrite(disjunction()), scoreMode, boost);
    }
    return new Bm25fWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    Term[] selected = fields.keySet().stream().filter(visitor::acceptField).map(f -> new Term(f, text))
        .toArray(Term[]::new);
    if (selected.length > 0) {
      visitor.getSubVisitor(Occur.SHOULD, this).consumeTerms(this, selected);
    }
  }

  @Override
  public String toString(String field) {
    return "BM25F((" + fields.entrySet().stream()
        .map(e -> e.getValue() == 1f ? e.getKey() : e.getKey() + "^" + e.getValue())
        .collect(Collectors.joining(" ")) + ")(" + text + "))";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && text.equals(((Bm25fQuery) other).text) && fields.equals(((Bm25fQuery) other).fields)
        && exactImpacts == ((Bm25fQuery) other).exactImpacts;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * classHash() + text.hashCode()) + fields.hashCode()) + Boolean.hashCode(exactImpacts);
  }

  /** The statistics of the joint field, merged as Lucene's {@code CombinedFieldQuery} merges them. */
  private final class Bm25fWeight extends Weight {
    private final IndexSearcher searcher;
    private final ScoreMode scoreMode;
    private final TermStates[] states;
    private final float[] weights;
    private final String[] names;
    private final SimScorer sim;

    Bm25fWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      super(Bm25fQuery.this);
      this.searcher = searcher;
      this.scoreMode = scoreMode;
      names = fields.keySet().toArray(String[]::new);
      weights = new float[names.length];
      states = new TermStates[names.length];
      long docFreq = 0;
      long totalTermFreq = 0;
      for (int i = 0; i < names.length; i++) {
        weights[i] = fields.get(names[i]);
        Term term = new Term(names[i], text);
        states[i] = TermStates.build(searcher, term, true);
        if (states[i].docFreq() > 0) {
          TermStatistics s = searcher.termStatistics(term, states[i].docFreq(), states[i].totalTermFreq());
          docFreq = Math.max(s.docFreq(), docFreq);
          totalTermFreq = (long) (totalTermFreq + (double) weights[i] * s.totalTermFreq());
        }
      }
      sim = docFreq <= 0 ? null : searcher.getSimilarity().scorer(boost, collectionStatistics(searcher),
          new TermStatistics(new BytesRef("pseudo_term"), docFreq, Math.max(1, totalTermFreq)));
    }

    private CollectionStatistics collectionStatistics(IndexSearcher searcher) throws IOException {
      long maxDoc = 0;
      long docCount = 0;
      long sumTotalTermFreq = 0;
      long sumDocFreq = 0;
      for (int i = 0; i < names.length; i++) {
        CollectionStatistics s = searcher.collectionStatistics(names[i]);
        if (s != null) {
          maxDoc = Math.max(s.maxDoc(), maxDoc);
          docCount = Math.max(s.docCount(), docCount);
          sumDocFreq = Math.max(s.sumDocFreq(), sumDocFreq);
          sumTotalTermFreq = (long) (sumTotalTermFreq + (double) weights[i] * s.sumTotalTermFreq());
        }
      }
      return new CollectionStatistics("pseudo_field", maxDoc, docCount, sumTotalTermFreq, sumDocFreq);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      if (sim == null) {
        return null;
      }
      LeafReader reader = context.reader();
      List<Bm25fScorer.Posting> postings = new ArrayList<>();
      List<TermsEnum> positioned = new ArrayList<>();
      long cost = 0;
      long docFreq = 0;
      boolean top = scoreMode == ScoreMode.TOP_SCORES;
      for (int i = 0; i < names.length; i++) {
        var supplier = states[i].get(context);
        TermState state = supplier == null ? null : supplier.get();
        if (state == null) {
          continue;
        }
        TermsEnum terms = reader.terms(names[i]).iterator();
        terms.seekExact(new BytesRef(text), state);
        positioned.add(terms);
        docFreq = Math.max(docFreq, terms.docFreq());
        PostingsEnum p = top ? terms.impacts(PostingsEnum.FREQS) : terms.postings(null, PostingsEnum.FREQS);
        // a document holds at most all the term's occurrences but one for each other document
        long maxFreq = terms.totalTermFreq() - terms.docFreq() + 1;
        postings.add(new Bm25fScorer.Posting(p, weights[i], top ? terms.postings(null, PostingsEnum.NONE) : null,
            (int) Math.min(Integer.MAX_VALUE, maxFreq)));
        cost += p.cost();
      }
      if (postings.isEmpty()) {
        return null;
      }
      JointNorms norms = JointNorms.of(reader, fields);
      // a word many documents hold: its exact impacts, so that a top-k search can skip runs of it
      ExactImpacts exact = top && exactImpacts && ExactImpacts.worth(docFreq, reader.maxDoc())
          ? ExactImpacts.of(reader, fields, text, () -> {
            PostingsEnum[] fresh = new PostingsEnum[positioned.size()];
            float[] w = new float[fresh.length];
            for (int i = 0; i < fresh.length; i++) {
              fresh[i] = positioned.get(i).postings(null, PostingsEnum.FREQS);
              w[i] = postings.get(i).weight();
            }
            return ExactImpacts.build(fresh, w, norms, reader.maxDoc());
          })
          : null;
      long leadCost = cost;
      return new ScorerSupplier() {
        private boolean topLevel;

        @Override
        public Scorer get(long leadCost) {
          return new Bm25fScorer(postings, norms, sim, exact, topLevel && top);
        }

        @Override
        public long cost() {
          return leadCost;
        }

        @Override
        public void setTopLevelScoringClause() {
          topLevel = true;
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Scorer scorer = scorer(context);
      if (scorer != null && scorer.iterator().advance(doc) == doc) {
        Bm25fScorer s = (Bm25fScorer) scorer;
        float freq = s.freq();
        Explanation e = s.explain(Explanation.match(freq, "termFreq=" + freq));
        return Explanation.match(e.getValue(), "weight(" + getQuery() + " in " + doc + ") ["
            + searcher.getSimilarity().getClass().getSimpleName() + "], result of:", e);
      }
      return Explanation.noMatch("no matching term");
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return searcher.createWeight(searcher.rewrite(disjunction()), ScoreMode.COMPLETE_NO_SCORES, 1f)
          .matches(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return true;
    }
  }
}

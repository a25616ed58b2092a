package org.practicesearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.ImpactsSource;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.similarities.Similarity.BulkSimScorer;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

/**
 * Scores {@link Bm25fQuery} in one segment: a union of the term's postings in each field, the weighted sum of
 * frequencies and of field lengths per match, and, for a top-k search, per-block upper bounds built from the
 * fields' impacts.
 */
final class Bm25fScorer extends Scorer {
  /**
   * A field's postings of the term, the field's weight, and for a top-k search a second iterator over the same
   * postings and the largest frequency a document can have there (both for blocks without impacts).
   */
  record Posting(PostingsEnum postings, float weight, PostingsEnum probe, int maxFreq) {}

  private static final float[] LENGTH = JointNorms.LENGTH;
  /** Document ids summed at once by {@link #nextDocsAndScores}: a dense accumulator of this many frequencies. */
  private static final int WINDOW = 1024;
  /** The fewest documents {@link #advanceShallow} tells a bulk scorer to take as one block, when it can. */
  private static final int SHALLOW_BLOCK = 2048;

  private final PostingsEnum[] postings;
  private final float[] weights;
  private final PostingsEnum[] probes;
  private final int[] maxFreqs;
  private final JointNorms norms;
  private final SimScorer sim;
  private final Union union;
  /** The word's impacts: exact ones from a table, or else combined from the fields' own. */
  private final ImpactsSource jointImpacts;
  private final boolean exact;
  private final MaxScoreCache maxScores;
  private final ImpactsDISI skipping;
  private final BulkSimScorer bulkSim;
  /** For {@link #nextDocsAndScores}: one field's postings, and the window's summed frequencies and matches. */
  private final DocAndFloatFeatureBuffer fieldPostings = new DocAndFloatFeatureBuffer();
  private final float[] windowFreqs = new float[WINDOW];
  private final long[] windowMatches = new long[WINDOW / Long.SIZE];
  private long[] windowNorms = new long[0];

  /**
   * @param postings the term's postings in each field that has it (impacts when {@code TOP_SCORES})
   * @param norms the joint norms of the segment
   * @param exact the word's exact impacts in the segment, or null to combine the fields' own
   * @param topLevel whether this scorer alone decides which hits compete (it may then skip blocks itself)
   */
  Bm25fScorer(List<Posting> postings, JointNorms norms, SimScorer sim, ExactImpacts exact, boolean topLevel) {
    this.postings = postings.stream().map(Posting::postings).toArray(PostingsEnum[]::new);
    this.weights = new float[postings.size()];
    this.probes = postings.stream().map(Posting::probe).toArray(PostingsEnum[]::new);
    this.maxFreqs = new int[postings.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = postings.get(i).weight();
      maxFreqs[i] = postings.get(i).maxFreq();
    }
    this.norms = norms;
    this.sim = sim;
    this.union = new Union();
    this.exact = exact != null;
    boolean impacts = this.exact
        || postings.stream().allMatch(p -> p.postings() instanceof ImpactsEnum && p.probe() != null);
    this.jointImpacts = this.exact ? new ExactSource(exact) : impacts ? new JointImpacts() : null;
    this.maxScores = impacts ? new MaxScoreCache(jointImpacts, sim) : null;
    this.skipping = impacts && topLevel ? new ImpactsDISI(union, maxScores) : null;
    this.bulkSim = sim.asBulkSimScorer();
  }

  @Override
  public int docID() {
    return union.doc;
  }

  @Override
  public DocIdSetIterator iterator() {
    return skipping != null ? skipping : union;
  }

  /** {@return the weighted sum of the term's frequencies in the current document's fields} */
  float freq() throws IOException {
    float freq = 0;
    for (int i = 0; i < postings.length; i++) {
      if (postings[i].docID() == union.doc) {
        freq += weights[i] * postings[i].freq();
      }
    }
    return freq;
  }

  /** {@return the current document's joint length (weighted sum of field lengths), encoded as a norm} */
  private long norm() {
    return norms.norm(union.doc);
  }

  @Override
  public float score() throws IOException {
    return sim.score(freq(), norm());
  }

  /**
   * Scores the matches from the current document on in windows of {@link #WINDOW} ids: each field's postings are
   * read a block at a time and their weighted frequencies summed per document, then the window is scored at
   * once. Several times faster than a document at a time for a word most documents hold, whose matches cannot be
   * skipped.
   */
  @Override
  public void nextDocsAndScores(int upTo, Bits liveDocs, DocAndFloatFeatureBuffer buffer) throws IOException {
    buffer.size = 0;
    while (buffer.size == 0) {
      int from = union.doc < 0 ? iterator().nextDoc() : skipping != null ? skipping.advance(union.doc) : union.doc;
      if (from >= upTo) {
        return;
      }
      int end = (int) Math.min(upTo, (long) from + WINDOW);
      if (skipping != null) {
        end = (int) Math.min(end, maxScores.advanceShallow(from) + 1L); // no further than the competitive block
      }
      sumWindow(from, end);
      gatherWindow(from, end, liveDocs, buffer);
    }
  }

  /** Sums the weighted frequencies of the documents {@code from} to {@code end} (excluded) of every field. */
  private void sumWindow(int from, int end) throws IOException {
    union.doc = sumWindow(postings, weights, from, end, fieldPostings, windowFreqs, windowMatches);
  }

  /**
   * Adds to {@code sums} (by offset from {@code from}) the weighted frequencies of the documents {@code from} to
   * {@code end} (excluded) in every field's postings, read a block at a time, and marks those documents in
   * {@code matched}; also how {@link ExactImpacts} reads a word's runs.
   *
   * @param scratch a buffer for one field's block of postings
   * @return the first document from {@code end} on that a field holds
   */
  static int sumWindow(PostingsEnum[] postings, float[] weights, int from, int end, DocAndFloatFeatureBuffer scratch,
      float[] sums, long[] matched) throws IOException {
    int next = DocIdSetIterator.NO_MORE_DOCS;
    for (int i = 0; i < postings.length; i++) {
      PostingsEnum p = postings[i];
      float weight = weights[i];
      while (p.docID() < end) {
        p.nextPostings(end, scratch);
        int[] docs = scratch.docs;
        float[] freqs = scratch.features;
        for (int k = 0; k < scratch.size; k++) {
          int offset = docs[k] - from;
          sums[offset] += weight * freqs[k];
          matched[offset >>> 6] |= 1L << offset;
        }
      }
      next = Math.min(next, p.docID());
    }
    return next;
  }

  /** Moves the window's matches, live ones only, into {@code buffer} with their scores, and clears the window. */
  private void gatherWindow(int from, int end, Bits liveDocs, DocAndFloatFeatureBuffer buffer) {
    buffer.growNoCopy(end - from);
    int size = 0;
    for (int word = 0, words = (end - from + Long.SIZE - 1) >>> 6; word < words; word++) {
      long bits = windowMatches[word];
      windowMatches[word] = 0;
      while (bits != 0) {
        int offset = (word << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int doc = from + offset;
        if (liveDocs == null || liveDocs.get(doc)) {
          buffer.docs[size] = doc;
          buffer.features[size] = windowFreqs[offset];
          size++;
        }
        windowFreqs[offset] = 0;
      }
    }
    if (windowNorms.length < size) {
      windowNorms = new long[buffer.docs.length];
    }
    for (int k = 0; k < size; k++) {
      windowNorms[k] = norms.norm(buffer.docs[k]);
    }
    bulkSim.score(size, buffer.features, windowNorms, buffer.features);
    buffer.size = size;
  }

  Explanation explain(Explanation freq) throws IOException {
    return sim.explain(freq, norm());
  }

  @Override
  public void setMinCompetitiveScore(float minScore) {
    if (skipping != null) {
      skipping.setMinCompetitiveScore(minScore);
    }
  }

  @Override
  public int advanceShallow(int target) throws IOException {
    if (maxScores == null) {
      return DocIdSetIterator.NO_MORE_DOCS;
    }
    int upTo = maxScores.advanceShallow(target);
    if (exact || upTo - target >= SHALLOW_BLOCK) {
      return upTo; // exact impacts are read, not combined: a run of them is cheap to bound
    }
    // a block of at least SHALLOW_BLOCK documents: bounding the score of a block combines the fields' impacts,
    // too costly to do every 128 documents when a bulk scorer moves from block to block (a word most entries
    // hold); the first level that spans it
    Impacts levels = jointImpacts.getImpacts();
    for (int level = 1; level < levels.numLevels(); level++) {
      upTo = levels.getDocIdUpTo(level);
      if (upTo - target >= SHALLOW_BLOCK) {
        break;
      }
    }
    return upTo;
  }

  @Override
  public float getMaxScore(int upTo) throws IOException {
    return maxScores == null ? sim.score(Float.POSITIVE_INFINITY, 1L) : maxScores.getMaxScore(upTo);
  }

  /** The impacts of the word from its table: the block of each level that holds the target. */
  private static final class ExactSource implements ImpactsSource {
    private final ExactImpacts table;
    private final FreqAndNormBuffer[] buffers;
    private int target;
    private final Impacts impacts = new Impacts() {
      @Override
      public int numLevels() {
        return table.levels();
      }

      @Override
      public int getDocIdUpTo(int level) {
        return table.upTo(level, target);
      }

      @Override
      public FreqAndNormBuffer getImpacts(int level) {
        table.impacts(level, target, buffers[level]);
        return buffers[level];
      }
    };

    ExactSource(ExactImpacts table) {
      this.table = table;
      this.buffers = new FreqAndNormBuffer[table.levels()];
      java.util.Arrays.setAll(buffers, l -> new FreqAndNormBuffer());
    }

    @Override
    public void advanceShallow(int target) {
      this.target = target;
    }

    @Override
    public Impacts getImpacts() {
      return impacts;
    }
  }

  /** The documents that hold the term in any of the fields. */
  private final class Union extends DocIdSetIterator {
    private int doc = -1;

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      int min = NO_MORE_DOCS;
      for (PostingsEnum p : postings) {
        int d = p.docID();
        if (d < target) {
          d = d == target - 1 ? p.nextDoc() : p.advance(target);
        }
        min = Math.min(min, d);
      }
      return doc = min;
    }

    @Override
    public long cost() {
      long cost = 0;
      for (PostingsEnum p : postings) {
        cost += p.cost();
      }
      return cost;
    }
  }

  /**
   * Per-block bounds of the score, from each field's impacts. The blocks are those of the field whose next block
   * ends first (as Lucene's SynonymQuery merges impacts); for each other field the smallest of its levels that
   * covers the block is used. A field's impacts are pairs (frequency, length) such that every document of the
   * block is dominated by one: its frequency at most the pair's, its length at least the pair's. So a document
   * that holds the term scores at most as a document made of one pair per field that holds it (and nothing
   * else) would: the bound is the best score over those combinations, computed with the real norm encoding.
   * When there are too many combinations, the largest frequencies and the smallest length bound it instead.
   * A document's joint length is also at least the smallest of the documents of the block ({@link JointNorms}).
   * A field without impacts this far (a segment's last, partial block of postings, which for a sparse field
   * can span most of the segment) counts only when its next match falls in the block, as its largest possible
   * frequency and no length.
   */
  private final class JointImpacts implements ImpactsSource {
    /** Combinations scored per block at most; past it, the coarser bound. */
    private static final int MAX_COMBINATIONS = 256;
    /** The first document of the blocks the impacts are of. */
    private int from;

    @Override
    public void advanceShallow(int target) throws IOException {
      from = target;
      for (PostingsEnum p : postings) {
        ((ImpactsEnum) p).advanceShallow(target);
      }
    }

    @Override
    public Impacts getImpacts() throws IOException {
      Impacts[] each = new Impacts[postings.length];
      int lead = 0;
      for (int i = 0; i < postings.length; i++) {
        each[i] = ((ImpactsEnum) postings[i]).getImpacts();
        if (each[i].getDocIdUpTo(0) < each[lead].getDocIdUpTo(0)) {
          lead = i;
        }
      }
      Impacts leader = each[lead];
      return new Impacts() {
        @Override
        public int numLevels() {
          return leader.numLevels();
        }

        @Override
        public int getDocIdUpTo(int level) {
          return leader.getDocIdUpTo(level);
        }

        @Override
        public FreqAndNormBuffer getImpacts(int level) {
          try {
            return bound(each, leader.getDocIdUpTo(level));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      };
    }

    private FreqAndNormBuffer bound(Impacts[] each, int upTo) throws IOException {
      FreqAndNormBuffer out = new FreqAndNormBuffer();
      float[][] freqs = new float[each.length][];
      float[][] lengths = new float[each.length][];
      int fields = 0;
      long combinations = 1;
      for (int i = 0; i < each.length; i++) {
        if (postings[i].docID() > upTo) {
          continue; // no match of this field in the block: it was passed over
        }
        int level = 0;
        while (level < each[i].numLevels() && each[i].getDocIdUpTo(level) < upTo) {
          level++;
        }
        FreqAndNormBuffer b = level == each[i].numLevels() ? null : each[i].getImpacts(level);
        if (b == null || b.size == 1 && b.freqs[0] == Integer.MAX_VALUE) {
          if (probes[i].docID() < from) {
            probes[i].advance(from); // only for the blocks without impacts: few, or of a sparse field
          }
          if (probes[i].docID() > upTo) {
            continue; // no impacts here, but no match in the block either
          }
          freqs[fields] = new float[] {weights[i] * maxFreqs[i]};
          lengths[fields] = new float[] {0};
          combinations *= 2;
          fields++;
          continue;
        }
        freqs[fields] = new float[b.size];
        lengths[fields] = new float[b.size];
        for (int k = 0; k < b.size; k++) {
          freqs[fields][k] = weights[i] * b.freqs[k];
          lengths[fields][k] = weights[i] * LENGTH[Byte.toUnsignedInt((byte) b.norms[k])];
        }
        combinations *= b.size + 1;
        fields++;
      }
      if (fields == 0) {
        out.add(1, 1L); // no field has a match in the block: any bound will do
      } else if (combinations > MAX_COMBINATIONS) {
        coarse(freqs, lengths, fields, out);
      } else {
        Best best = new Best();
        best.minNorm = Byte.toUnsignedInt((byte) norms.min(from, upTo));
        combine(freqs, lengths, fields, 0, 0, 0, best);
        out.add((int) Math.min(Integer.MAX_VALUE, Math.ceil(best.freq)), best.norm);
      }
      return out;
    }

    /** The largest frequencies summed, the smallest length of a field alone. */
    private static void coarse(float[][] freqs, float[][] lengths, int fields, FreqAndNormBuffer out) {
      double freq = 0;
      float length = Float.POSITIVE_INFINITY;
      for (int f = 0; f < fields; f++) {
        float max = 0;
        for (int k = 0; k < freqs[f].length; k++) {
          max = Math.max(max, freqs[f][k]);
          length = Math.min(length, lengths[f][k]);
        }
        freq += max;
      }
      out.add((int) Math.min(Integer.MAX_VALUE, Math.ceil(freq)), SmallFloat.intToByte4(Math.round(length)));
    }

    /** The best score of one pair (or none) per field from field {@code f} on, given the sums so far. */
    private void combine(float[][] freqs, float[][] lengths, int fields, int f, float freq, float length, Best best) {
      if (f == fields) {
        if (freq > 0) {
          long norm = Math.max(Byte.toUnsignedInt(SmallFloat.intToByte4(Math.round(length))), best.minNorm);
          float score = sim.score(freq, norm);
          if (score > best.score) {
            best.score = score;
            best.freq = freq;
            best.norm = norm;
          }
        }
        return;
      }
      combine(freqs, lengths, fields, f + 1, freq, length, best);
      for (int k = 0; k < freqs[f].length; k++) {
        combine(freqs, lengths, fields, f + 1, freq + freqs[f][k], length + lengths[f][k], best);
      }
    }
  }

  /** The best combination found so far. */
  private static final class Best {
    float score = Float.NEGATIVE_INFINITY;
    float freq;
    long norm;
    /** The smallest joint norm in the block, unsigned. */
    int minNorm;
  }
}

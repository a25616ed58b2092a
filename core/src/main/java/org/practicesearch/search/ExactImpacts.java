package org.practicesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The impacts of a word many documents of a segment hold, over the joint field of {@link Bm25fQuery}, exact: for
 * each run of 128 documents, the pairs (weighted frequency, joint norm) such that every document of the run that
 * holds the word has a pair with at least its frequency and at most its norm, and each pair is some document's
 * (up to {@link #MAX_PAIRS} per run; past it, two pairs are merged into one that bounds both). Coarser levels of
 * 2,048 and 32,768 documents and the whole segment merge them. The best score of a run is then its bound.
 *
 * <p>{@link Bm25fScorer} otherwise combines each field's impacts, which pairs one field's best document with
 * another field's: a bound several per cent above the best score of a run. For a word nearly every entry holds,
 * whose scores differ by less than that (its weight is near zero), no run could be skipped, and a top-k search
 * scored every entry that passed its filters. Built by one pass over the word's postings the second time a top-k
 * search scores it in a segment (a one-off search, as the command line's, does not pay for it), and kept for
 * later searches: per segment and word, least recently used out past {@link #BUDGET} bytes, dropped when the
 * segment closes. Immutable and thread-safe.
 */
final class ExactImpacts {
  /** Documents per run, as a shift: the finest level. */
  static final int RUN_SHIFT = 7;
  /** The levels, as shifts of their block sizes: runs, 2,048, 32,768, and the whole segment. */
  private static final int[] SHIFTS = {RUN_SHIFT, 11, 15, 31};
  /** Pairs kept per block at most. */
  static final int MAX_PAIRS = 8;
  /** The smallest segment worth a table: smaller ones take little to score whole. */
  static final int MIN_DOCS = 4096;
  /** A word is frequent, and worth a table, when at least 1 in this many documents of the segment hold it. */
  static final int FREQUENT = 16;
  /** The heap all tables take at most. */
  static final long BUDGET = 32L << 20;

  private static final Map<Key, ExactImpacts> CACHE = new LinkedHashMap<>(64, 0.75f, true);
  private static final Set<Object> WATCHED = ConcurrentHashMap.newKeySet();
  /** The words searched once per segment, without a table yet; forgotten all at once past {@link #SEEN_MAX}. */
  private static final Set<Key> SEEN = ConcurrentHashMap.newKeySet();
  private static final int SEEN_MAX = 100_000;
  private static long cached;

  private record Key(Object core, Map<String, Float> fields, String word) {}

  private final int maxDoc;
  /** Per level: the first pair of each block (one more entry for the end), the pairs' frequencies and norms. */
  private final int[][] starts;
  private final int[][] freqs;
  private final byte[][] norms;

  private ExactImpacts(int maxDoc, int[][] starts, int[][] freqs, byte[][] norms) {
    this.maxDoc = maxDoc;
    this.starts = starts;
    this.freqs = freqs;
    this.norms = norms;
  }

  /** Whether a word that {@code docFreq} documents of a segment of {@code maxDoc} hold is worth a table. */
  static boolean worth(long docFreq, int maxDoc) {
    return maxDoc >= MIN_DOCS && docFreq >= maxDoc / FREQUENT;
  }

  /** Builds a table when {@link #of} needs one. */
  interface Builder {
    ExactImpacts build() throws IOException;
  }

  /**
   * {@return the table of {@code word} in a segment, from the cache when a search built it before; null the
   * first time a search asks for it}
   *
   * @param fields the joint field's fields and weights, in the order {@link Bm25fQuery} sums them
   */
  static ExactImpacts of(LeafReader leaf, TreeMap<String, Float> fields, String word, Builder builder)
      throws IOException {
    var helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return null; // a reader that cannot tell when its segment closes: nothing to keep the table for
    }
    Key key = new Key(helper.getKey(), fields, word);
    synchronized (CACHE) {
      ExactImpacts cachedTable = CACHE.get(key);
      if (cachedTable != null) {
        return cachedTable;
      }
    }
    if (SEEN.add(key)) {
      if (SEEN.size() > SEEN_MAX) {
        SEEN.clear();
      }
      return null;
    }
    ExactImpacts built = builder.build();
    SEEN.remove(key);
    if (WATCHED.add(key.core())) {
      helper.addClosedListener(core -> {
        synchronized (CACHE) {
          CACHE.entrySet().removeIf(e -> {
            boolean gone = e.getKey().core() == core;
            cached -= gone ? e.getValue().bytes() : 0;
            return gone;
          });
        }
        SEEN.removeIf(k -> k.core() == core);
        WATCHED.remove(core);
      });
    }
    synchronized (CACHE) {
      ExactImpacts before = CACHE.putIfAbsent(key, built);
      if (before != null) {
        return before;
      }
      cached += built.bytes();
      var eldest = CACHE.entrySet().iterator();
      while (cached > BUDGET && eldest.hasNext()) {
        var e = eldest.next();
        if (e.getValue() != built) {
          cached -= e.getValue().bytes();
          eldest.remove();
        }
      }
      return built;
    }
  }

  /**
   * Builds the table of a word in a segment by one pass over its postings.
   *
   * @param postings the word's postings in each field that has it, with frequencies, before their first document
   * @param weights each field's weight
   * @param jointNorms the segment's joint norms
   * @param maxDoc the segment's number of documents
   */
  static ExactImpacts build(PostingsEnum[] postings, float[] weights, JointNorms jointNorms, int maxDoc)
      throws IOException {
    int run = 1 << RUN_SHIFT;
    float[] sums = new float[run];
    long[] matched = new long[run / Long.SIZE];
    DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();
    Pairs level0 = new Pairs();
    Pairs.Block block = new Pairs.Block();
    for (PostingsEnum p : postings) {
      p.nextDoc();
    }
    for (int from = 0; from < maxDoc; from += run) {
      int end = Math.min(maxDoc, from + run);
      Bm25fScorer.sumWindow(postings, weights, from, end, buffer, sums, matched);
      block.size = 0;
      for (int word = 0; word < matched.length; word++) {
        long bits = matched[word];
        matched[word] = 0;
        while (bits != 0) {
          int offset = (word << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          block.add((int) Math.ceil(sums[offset]), Byte.toUnsignedInt((byte) jointNorms.norm(from + offset)));
          sums[offset] = 0;
        }
      }
      level0.append(block);
    }
    int[][] starts = new int[SHIFTS.length][];
    int[][] freqs = new int[SHIFTS.length][];
    byte[][] norms = new byte[SHIFTS.length][];
    Pairs level = level0;
    for (int l = 0; l < SHIFTS.length; l++) {
      starts[l] = level.starts();
      freqs[l] = Arrays.copyOf(level.freqs, level.size);
      norms[l] = Arrays.copyOf(level.norms, level.size);
      if (l + 1 < SHIFTS.length) {
        level = level.merged(Math.min(SHIFTS[l + 1], 31) - SHIFTS[l]);
      }
    }
    return new ExactImpacts(maxDoc, starts, freqs, norms);
  }

  /** {@return the number of levels} */
  int levels() {
    return SHIFTS.length;
  }

  /**
   * {@return the last document of the block of {@code level} that holds {@code doc}, NO_MORE_DOCS for the last
   * block (as Lucene's impacts: at least any target)}
   */
  int upTo(int level, int doc) {
    long end = ((long) (doc >>> SHIFTS[level]) + 1) << SHIFTS[level];
    return end >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : (int) end - 1;
  }

  /** Puts into {@code out} the pairs of the block of {@code level} that holds {@code doc}. */
  void impacts(int level, int doc, FreqAndNormBuffer out) {
    int block = Math.min(doc, maxDoc - 1) >>> SHIFTS[level];
    int from = starts[level][block];
    int to = starts[level][block + 1];
    out.size = 0;
    out.growNoCopy(Math.max(1, to - from));
    for (int k = from; k < to; k++) {
      out.add(freqs[level][k], norms[level][k]);
    }
    if (out.size == 0) {
      out.add(1, 255L); // no document of the block holds the word: a bound below any of its scores
    }
  }

  /** {@return the heap this table takes} */
  long bytes() {
    long sum = 64;
    for (int l = 0; l < SHIFTS.length; l++) {
      sum += 4L * starts[l].length + 4L * freqs[l].length + norms[l].length + 48;
    }
    return sum;
  }

  /** {@return the heap the tables of a reader's segments take} */
  static long bytes(IndexReader reader) {
    Set<Object> cores = new java.util.HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      var helper = leaf.reader().getCoreCacheHelper();
      if (helper != null) {
        cores.add(helper.getKey());
      }
    }
    synchronized (CACHE) {
      return CACHE.entrySet().stream().filter(e -> cores.contains(e.getKey().core()))
          .mapToLong(e -> e.getValue().bytes()).sum();
    }
  }

  /** {@return the heap all tables take} */
  static long cachedBytes() {
    synchronized (CACHE) {
      return cached;
    }
  }

  /** The pairs of a level's blocks, appended block by block. */
  private static final class Pairs {
    int[] freqs = new int[64];
    byte[] norms = new byte[64];
    int size;
    int[] blockStarts = new int[16];
    int blocks;

    void append(Block b) {
      if (blocks + 1 >= blockStarts.length) {
        blockStarts = Arrays.copyOf(blockStarts, blockStarts.length * 2);
      }
      blockStarts[blocks++] = size;
      if (size + b.size > freqs.length) {
        int grown = Math.max(freqs.length * 2, size + b.size);
        freqs = Arrays.copyOf(freqs, grown);
        norms = Arrays.copyOf(norms, grown);
      }
      for (int k = 0; k < b.size; k++) {
        freqs[size] = b.freqs[k];
        norms[size] = (byte) b.norms[k];
        size++;
      }
    }

    int[] starts() {
      int[] out = Arrays.copyOf(blockStarts, blocks + 1);
      out[blocks] = size;
      return out;
    }

    /** {@return the blocks of the next level, each merging {@code 1 << shift} of these} */
    Pairs merged(int shift) {
      Pairs out = new Pairs();
      Block b = new Block();
      for (int first = 0; first < blocks; first += 1 << shift) {
        b.size = 0;
        int last = (int) Math.min(blocks, (long) first + (1 << shift));
        for (int k = blockStarts[first]; k < (last == blocks ? size : blockStarts[last]); k++) {
          b.add(freqs[k], Byte.toUnsignedInt(norms[k]));
        }
        out.append(b);
      }
      return out;
    }

    /**
     * The pairs of one block: none has both at least the frequency and at most the norm (unsigned) of another,
     * and past {@link #MAX_PAIRS} the two of least frequency become one of the larger frequency and smaller norm.
     */
    static final class Block {
      final int[] freqs = new int[MAX_PAIRS + 1];
      final int[] norms = new int[MAX_PAIRS + 1];
      int size;

      void add(int freq, int norm) {
        for (int k = 0; k < size; k++) {
          if (freqs[k] >= freq && norms[k] <= norm) {
            return; // no better than a pair already here
          }
        }
        int kept = 0;
        for (int k = 0; k < size; k++) {
          if (freq < freqs[k] || norm > norms[k]) {
            freqs[kept] = freqs[k];
            norms[kept] = norms[k];
            kept++;
          }
        }
        freqs[kept] = freq;
        norms[kept] = norm;
        size = kept + 1;
        if (size > MAX_PAIRS) {
          mergeLeastFrequent();
        }
      }

      private void mergeLeastFrequent() {
        int a = 0;
        for (int k = 1; k < size; k++) {
          if (freqs[k] < freqs[a]) {
            a = k;
          }
        }
        int b = a == 0 ? 1 : 0;
        for (int k = 0; k < size; k++) {
          if (k != a && freqs[k] < freqs[b]) {
            b = k;
          }
        }
        freqs[b] = Math.max(freqs[a], freqs[b]);
        norms[b] = Math.min(norms[a], norms[b]);
        freqs[a] = freqs[size - 1];
        norms[a] = norms[size - 1];
        size--;
      }
    }
  }
}

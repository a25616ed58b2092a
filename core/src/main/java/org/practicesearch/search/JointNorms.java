package org.practicesearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.SmallFloat;

/**
 * The joint length of every document of a segment over weighted fields, encoded as a norm: the weighted sum of
 * the fields' lengths, as BM25F scores it ({@link Bm25fQuery}). Computed once per segment from the fields' norms
 * (which stay the stored truth) and shared by every reader holding the segment, so that scoring a match reads one
 * byte instead of decoding one norm per field; one byte per document in the heap. Also the smallest joint length
 * of each run of {@link #RUN} documents, a lower bound for skipping.
 */
final class JointNorms {
  /** Documents per run of {@link #runMin}. */
  static final int RUN_SHIFT = 7;
  static final int RUN = 1 << RUN_SHIFT;

  /** Per segment core and set of field weights: the joint norms, dropped when the core closes. */
  private static final Map<Key, JointNorms> CACHE = new ConcurrentHashMap<>();

  private record Key(Object core, Map<String, Float> fields) {}

  /** Field length by encoded norm, as BM25 decodes it. */
  static final float[] LENGTH = new float[256];

  static {
    for (int i = 0; i < LENGTH.length; i++) {
      LENGTH[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  /** Per document, its joint norm; null when none of the fields has norms (every document then has norm 1). */
  private final byte[] norms;
  private final byte[] runMin;

  private JointNorms(byte[] norms, byte[] runMin) {
    this.norms = norms;
    this.runMin = runMin;
  }

  /**
   * {@return the joint norms of a segment over {@code fields}, from the cache when another reader built them}
   *
   * @param fields field to weight, in the order the lengths are summed
   */
  static JointNorms of(LeafReader leaf, TreeMap<String, Float> fields) throws IOException {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return build(leaf, fields);
    }
    Key key = new Key(helper.getKey(), fields);
    JointNorms cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    JointNorms built = build(leaf, fields);
    if (CACHE.putIfAbsent(key, built) == null) {
      helper.addClosedListener(core -> CACHE.keySet().removeIf(k -> k.core() == core));
    }
    return CACHE.getOrDefault(key, built);
  }

  /** Builds the joint norms of every segment of a reader that has none yet, so no search waits for them. */
  static void warm(IndexReader reader, Map<String, Float> fields) throws IOException {
    TreeMap<String, Float> sorted = new TreeMap<>(fields);
    for (var leaf : reader.leaves()) {
      of(leaf.reader(), sorted);
    }
  }

  private static JointNorms build(LeafReader leaf, TreeMap<String, Float> fields) throws IOException {
    int maxDoc = leaf.maxDoc();
    float[] length = new float[maxDoc];
    boolean any = false;
    for (Map.Entry<String, Float> f : fields.entrySet()) {
      NumericDocValues n = leaf.getNormValues(f.getKey());
      if (n == null) {
        continue;
      }
      any = true;
      float weight = f.getValue();
      for (int doc = n.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = n.nextDoc()) {
        length[doc] += weight * LENGTH[Byte.toUnsignedInt((byte) n.longValue())];
      }
    }
    if (!any) {
      return new JointNorms(null, null);
    }
    byte[] norms = new byte[maxDoc];
    byte[] runMin = new byte[(maxDoc + RUN - 1) >> RUN_SHIFT];
    java.util.Arrays.fill(runMin, (byte) -1);
    for (int doc = 0; doc < maxDoc; doc++) {
      norms[doc] = SmallFloat.intToByte4(Math.round(length[doc]));
      int run = doc >> RUN_SHIFT;
      if (Byte.toUnsignedInt(norms[doc]) < Byte.toUnsignedInt(runMin[run])) {
        runMin[run] = norms[doc];
      }
    }
    return new JointNorms(norms, runMin);
  }

  /** {@return document {@code doc}'s joint norm, as BM25's scorer takes it} */
  long norm(int doc) {
    return norms == null ? 1L : norms[doc];
  }

  /** {@return the smallest joint norm of the documents {@code from} to {@code to}, both included} */
  long min(int from, int to) {
    if (norms == null) {
      return 1L;
    }
    int last = Math.min(to, norms.length - 1) >> RUN_SHIFT;
    int min = 255;
    for (int run = Math.max(0, from) >> RUN_SHIFT; run <= last; run++) {
      min = Math.min(min, Byte.toUnsignedInt(runMin[run]));
    }
    return (byte) min;
  }

  /** {@return the heap the joint norms of a reader's segments take} */
  static long bytes(IndexReader reader, Map<String, Float> fields) throws IOException {
    TreeMap<String, Float> sorted = new TreeMap<>(fields);
    long sum = 0;
    for (var leaf : reader.leaves()) {
      sum += of(leaf.reader(), sorted).bytes();
    }
    return sum;
  }

  private long bytes() {
    return norms == null ? 16L : norms.length + runMin.length + 32L;
  }
}

package org.practicesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.practicesearch.schema.Dimension;

/**
 * The facet ordinals of every document, column by column, in the heap: a cache of Lucene's sorted-set doc
 * values (which stay the stored truth), built once per segment and shared by every reader that holds the
 * segment, so a refresh builds only the new segments. Counting walks plain int arrays instead of decoding
 * doc values and mapping each ordinal to the global space; a segment's counts are mapped once at its end.
 */
final class FacetColumns {
  /** Per segment core: its columns, dropped when the core closes. */
  private static final Map<Object, Segment> CACHE = new ConcurrentHashMap<>();

  private final Segment[] segments;
  /** Per segment, the global ordinal of each segment ordinal (null when they are the same: one segment). */
  private final int[][] toGlobal;
  private final int globalSize;
  /** Labels read so far, by global ordinal: the top values repeat from search to search. */
  private final String[] labels;
  /** Per part of a segment, the counts of its live documents, built on first use (see {@link #liveCounts}). */
  private final Map<Part, LiveCounts> liveCounts = new ConcurrentHashMap<>();

  /** Documents {@code min} to {@code max} (excluded) of the segment {@code leafOrd}. */
  private record Part(int leafOrd, int min, int max) {}

  private FacetColumns(Segment[] segments, int[][] toGlobal, int globalSize) {
    this.segments = segments;
    this.toGlobal = toGlobal;
    this.globalSize = globalSize;
    this.labels = new String[globalSize];
  }

  /**
   * The counts of a segment's live documents, by segment ordinal.
   *
   * @param counts per segment ordinal
   * @param docs how many live documents the segment has
   */
  record LiveCounts(int[] counts, int docs) {}

  /**
   * One segment's ordinals: those of document {@code d} are {@code ords[start[d]..start[d+1])}, ascending.
   *
   * @param start where each document's ordinals begin (maxDoc + 1 entries)
   * @param ords the segment's ordinals, document after document
   * @param dimStart per dimension, its first segment ordinal (the dimension's own label included)
   * @param dimEnd per dimension, one past its last segment ordinal
   * @param valueCount the number of ordinals in the segment
   * @param dimColumns per dimension, its own column once a filter needed it ({@link #dimColumn}), else null
   */
  record Segment(int[] start, int[] ords, int[] dimStart, int[] dimEnd, int valueCount, Column[] dimColumns) {
    long bytes() {
      long sum = 4L * (start.length + ords.length + dimStart.length + dimEnd.length) + 64;
      for (Column c : dimColumns) {
        sum += c == null ? 0 : c.bytes();
      }
      return sum;
    }

    /**
     * Adds the ordinals of the live documents {@code from} to {@code to} (excluded) to {@code counts}: one loop over
     * the ordinals when nothing is deleted.
     *
     * @param live the segment's live documents, or null for all
     * @return how many live documents there were
     */
    int count(int from, int to, Bits live, int[] counts) {
      if (live == null) {
        for (int i = start[from], end = start[to]; i < end; i++) {
          counts[ords[i]]++;
        }
        return to - from;
      }
      int docs = 0;
      for (int doc = from; doc < to; doc++) {
        if (live.get(doc)) {
          for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
            counts[ords[i]]++;
          }
          docs++;
        }
      }
      return docs;
    }

    /**
     * {@return the ordinals of one dimension alone, document by document} Built from this segment's columns the
     * first time a filter on the dimension needs it, and kept with the segment: testing a filter and counting
     * its dimension then read a few ordinals per document instead of all of them.
     */
    Column dimColumn(Dimension d) {
      Column known = dimColumns[d.ordinal()];
      if (known != null) {
        return known;
      }
      int lo = dimStart[d.ordinal()];
      int hi = dimEnd[d.ordinal()];
      int maxDoc = start.length - 1;
      int[] dimStarts = new int[maxDoc + 1];
      int n = 0;
      for (int doc = 0; doc < maxDoc; doc++) {
        dimStarts[doc] = n;
        for (int i = start[doc]; i < start[doc + 1]; i++) {
          n += ords[i] >= lo && ords[i] < hi ? 1 : 0;
        }
      }
      dimStarts[maxDoc] = n;
      int[] dimOrds = new int[n];
      for (int doc = 0, k = 0; doc < maxDoc; doc++) {
        for (int i = start[doc]; i < start[doc + 1]; i++) {
          if (ords[i] >= lo && ords[i] < hi) {
            dimOrds[k++] = ords[i];
          }
        }
      }
      Column built = new Column(dimStarts, dimOrds);
      dimColumns[d.ordinal()] = built; // a race builds the same column twice
      return built;
    }
  }

  /**
   * Ordinals by document: those of document {@code d} are {@code ords[start[d]..start[d+1])}, ascending.
   *
   * @param start where each document's ordinals begin (maxDoc + 1 entries)
   * @param ords the ordinals, document after document
   */
  record Column(int[] start, int[] ords) {
    long bytes() {
      return 4L * (start.length + ords.length) + 32;
    }
  }

  /** Builds (or takes from the cache) the columns of each segment of a reader. */
  static FacetColumns of(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Segment[] segments = new Segment[leaves.size()];
    int[][] toGlobal = new int[leaves.size()][];
    SortedSetDocValues global = state.getDocValues();
    OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
    for (LeafReaderContext ctx : leaves) {
      segments[ctx.ord] = segment(ctx.reader(), state.getField());
      toGlobal[ctx.ord] = map == null ? null : globalOrds(map.getGlobalOrds(ctx.ord), segments[ctx.ord].valueCount());
    }
    return new FacetColumns(segments, toGlobal, state.getSize());
  }

  /** The mapping of a segment's ordinals as a plain array: read once per reader, not once per count. */
  private static int[] globalOrds(LongValues map, int valueCount) {
    int[] out = new int[valueCount];
    for (int ord = 0; ord < valueCount; ord++) {
      out[ord] = (int) map.get(ord);
    }
    return out;
  }

  private static Segment segment(LeafReader leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return build(leaf, field);
    }
    Object key = helper.getKey();
    Segment cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    Segment built = build(leaf, field);
    if (CACHE.putIfAbsent(key, built) == null) {
      helper.addClosedListener(CACHE::remove);
    }
    return CACHE.getOrDefault(key, built);
  }

  private static Segment build(LeafReader leaf, String field) throws IOException {
    SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
    int maxDoc = leaf.maxDoc();
    int[] start = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = 0; // the first document whose start is not set yet
    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
      while (next <= doc) {
        start[next++] = n;
      }
      int count = dv.docValueCount();
      if (n + count > ords.length) {
        ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
      }
      for (int i = 0; i < count; i++) {
        ords[n++] = (int) dv.nextOrd();
      }
    }
    while (next <= maxDoc) {
      start[next++] = n;
    }
    Dimension[] dims = Dimension.values();
    int[] dimStart = new int[dims.length];
    int[] dimEnd = new int[dims.length];
    for (Dimension d : dims) {
      dimStart[d.ordinal()] = insertionPoint(dv, d.id());
      dimEnd[d.ordinal()] = insertionPoint(dv, d.id() + (char) (FacetsConfig.DELIM_CHAR + 1));
    }
    return new Segment(start, Arrays.copyOf(ords, n), dimStart, dimEnd, (int) dv.getValueCount(),
        new Column[dims.length]);
  }

  /** The segment ordinal of a term, or where it would be inserted. */
  static int insertionPoint(SortedSetDocValues dv, String term) throws IOException {
    long ord = dv.lookupTerm(new BytesRef(term));
    return (int) (ord >= 0 ? ord : -ord - 1);
  }

  Segment segment(int leafOrd) {
    return segments[leafOrd];
  }

  /** The number of segments of the reader. */
  int segmentCount() {
    return segments.length;
  }

  /**
   * {@return the counts of the live documents {@code min} to {@code max} (excluded) of a segment of this reader}
   * Counted on first use and kept with the reader (the parts a searcher splits a segment into are the same from
   * search to search), for counting a search that most documents match by its non-matches
   * ({@link SidewaysCounter}).
   */
  LiveCounts liveCounts(LeafReaderContext ctx, int min, int max) {
    return liveCounts.computeIfAbsent(new Part(ctx.ord, min, max), p -> {
      Segment s = segments[ctx.ord];
      int[] counts = new int[s.valueCount()];
      int docs = s.count(min, max, ctx.reader().getLiveDocs(), counts);
      return new LiveCounts(counts, docs);
    });
  }

  /** Adds one segment's counts (by segment ordinal) into counts by global ordinal. */
  void addToGlobal(int leafOrd, int[] segmentCounts, int[] globalCounts) {
    int[] map = toGlobal[leafOrd];
    if (map == null) {
      for (int ord = 0; ord < segmentCounts.length; ord++) {
        globalCounts[ord] += segmentCounts[ord];
      }
      return;
    }
    for (int ord = 0; ord < segmentCounts.length; ord++) {
      int c = segmentCounts[ord];
      if (c != 0) {
        globalCounts[map[ord]] += c;
      }
    }
  }

  /**
   * The last component of a global ordinal's path ({@code Western Africa} of {@code region/Africa/Western
   * Africa}), read from the doc values once per reader.
   */
  String label(SortedSetDocValues global, int ord) throws IOException {
    String label = labels[ord];
    if (label == null) {
      String[] parts = FacetsConfig.stringToPath(global.lookupOrd(ord).utf8ToString());
      label = parts[parts.length - 1];
      labels[ord] = label; // a race writes the same immutable string
    }
    return label;
  }

  /** The number of global ordinals (the size of a counts array). */
  int globalSize() {
    return globalSize;
  }

  /** The heap the columns of this reader's segments take, with their mappings to global ordinals. */
  long bytes() {
    long sum = 0;
    for (Segment s : segments) {
      sum += s.bytes();
    }
    for (int[] map : toGlobal) {
      sum += map == null ? 0 : 4L * map.length + 16;
    }
    sum += 4L * labels.length; // the references; the strings read so far are not counted
    for (LiveCounts c : liveCounts.values()) {
      sum += 4L * c.counts().length + 48;
    }
    return sum;
  }
}

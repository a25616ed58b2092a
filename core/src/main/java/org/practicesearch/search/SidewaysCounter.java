package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.practicesearch.schema.Dimension;

/**
 * Drill-sideways facet counts in one pass over the matches of the base query (the query without its
 * facet filters), from the {@link FacetColumns}, without scores. For each match it finds how many selected
 * dimensions the document misses: missing none, it is a hit and counts for every dimension; missing exactly
 * one, it counts for that dimension only (what the hits would be with another value of it chosen instead);
 * missing more, it counts for nothing. Values of one dimension are OR'ed, as in a
 * {@link org.apache.lucene.facet.DrillDownQuery}.
 *
 * <p>Without filters, a segment whose first matches are dense (a word most entries hold) is counted by its
 * non-matches instead: their counts are subtracted from those of every live entry of the segment (or of the
 * part of it a slice searches), which the columns keep per reader. Such a search then costs what its
 * non-matches cost, not its matches. The searcher says which documents of a segment a slice collects
 * ({@link #partition}); without it, a segment is counted by its matches.
 *
 * <p>The counts are by global ordinal; each ordinal belongs to one dimension, so one array holds the
 * drill-sideways counts of the selected dimensions and the drill-down counts of the others.
 */
final class SidewaysCounter implements CollectorManager<SidewaysCounter.Slice, SidewaysCounter.Counted> {
  /**
   * What a pass found.
   *
   * @param counts per global ordinal
   * @param hits the number of documents matching the base query and every filter
   * @param matches those documents, when the counter was asked to keep them and there are filters; else null
   */
  record Counted(int[] counts, long hits, MatchedDocs matches) {}

  private final FacetColumns columns;
  private final String field;
  private final Map<Dimension, List<String>> selected;
  private final boolean keepMatches;

  /**
   * @param columns the reader's columns
   * @param field the facet field of the doc values (to find the selected values' segment ordinals)
   * @param selected the filters, values by dimension
   * @param keepMatches whether to keep the documents that match every filter ({@link Counted#matches})
   */
  SidewaysCounter(FacetColumns columns, String field, Map<Dimension, List<String>> selected, boolean keepMatches) {
    this.columns = columns;
    this.field = field;
    this.selected = selected;
    this.keepMatches = keepMatches && !selected.isEmpty();
  }

  /**
   * Tells a slice's collector which documents of a segment it is about to collect, before the searcher asks it
   * for the segment's collector ({@code IndexSearcher.searchLeaf}); any other collector is left alone.
   *
   * @param maxDocId one past the last document, or more (Lucene's whole-segment partitions say
   *     {@code Integer.MAX_VALUE})
   */
  static void partition(Collector collector, LeafReaderContext ctx, int minDocId, int maxDocId) {
    if (collector instanceof Slice s) {
      s.nextMin = minDocId;
      s.nextMax = Math.min(maxDocId, ctx.reader().maxDoc());
    }
  }

  @Override
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public Counted reduce(Collection<Slice> slices) {
    FixedBitSet[] matched = keepMatches ? new FixedBitSet[columns.segmentCount()] : null;
    for (Slice s : slices) {
      for (int i = 0; matched != null && i < matched.length; i++) {
        matched[i] = MatchedDocs.or(matched[i], s.matched[i]); // parts of a segment may be in several slices
      }
    }
    MatchedDocs matches = matched == null ? null : new MatchedDocs(matched);
    if (slices.size() == 1) {
      Slice s = slices.iterator().next();
      return new Counted(s.counts, s.hits, matches);
    }
    int[] counts = new int[columns.globalSize()];
    long hits = 0;
    for (Slice s : slices) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += s.counts[i];
      }
      hits += s.hits;
    }
    return new Counted(counts, hits, matches);
  }

  /**
   * The counts of a match-all base query (browsing without text), straight from the columns: no query, no
   * scorer, no collector per document. Not bounded by a searcher's time budget (it costs a scan of the
   * columns, the same for every such request).
   *
   * @param reader the reader the columns are of
   * @return the counts and the hits
   */
  Counted countAll(IndexReader reader) throws IOException {
    Slice slice = newCollector();
    for (LeafReaderContext ctx : reader.leaves()) {
      slice.new Leaf(ctx, -1, 0).collectAll(ctx.reader().getLiveDocs(), ctx.reader().maxDoc());
    }
    return reduce(List.of(slice));
  }

  /** The collector of one slice of segments: its own counts, summed in {@link #reduce}. */
  final class Slice implements Collector {
    final int[] counts = new int[columns.globalSize()];
    long hits;
    /** Per segment, the documents this slice found to match every filter, when kept. */
    final FixedBitSet[] matched = keepMatches ? new FixedBitSet[columns.segmentCount()] : null;
    /** The documents of the segment to collect next, from {@link #partition}; -1 when not known. */
    private int nextMin = -1;
    private int nextMax;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      Leaf leaf = new Leaf(ctx, nextMin, nextMax);
      nextMin = -1;
      return leaf;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts one segment by segment ordinal, mapped to global ordinals when the segment is done. */
    private final class Leaf implements LeafCollector {
      /** How a segment without filters is counted: not decided yet, by its matches, by its non-matches. */
      private static final int UNDECIDED = 0;
      private static final int MATCHES = 1;
      private static final int NON_MATCHES = 2;

      private final LeafReaderContext ctx;
      private final FacetColumns.Segment segment;
      private final int[] start;
      private final int[] ords;
      private final int[] segmentCounts;
      /**
       * Per segment ordinal from {@code selectedFrom} on, the bit of its dimension when the value is selected, else
       * 0: a document's selected dimensions are the OR over its ordinals, one load each. It spans the selected
       * dimensions' ordinals only (not those of a large dimension such as authors). Dimension has fewer than 16
       * values.
       */
      private final short[] selectedDims;
      private final int selectedFrom;
      /** Per selected dimension, its own column: a document's few ordinals there. */
      private final int[][] dimStarts;
      private final int[][] dimOrds;
      /** Per selected dimension, its first segment ordinal and one past its last. */
      private final int[] dimLo;
      private final int[] dimHi;
      private final int all;
      /** The documents that match every filter, when kept (from a slice's part of the segment only). */
      private final FixedBitSet matched;
      private final int[] docBuffer = new int[512];
      private int mode;
      /** The documents collected, from {@code min} to {@code max} (excluded); min is -1 when not known. */
      private final int min;
      private final int max;
      /** Counting by non-matches: the first document not accounted for yet. */
      private int next;
      /** Counting by non-matches: how many live documents were passed over as non-matches. */
      private int nonMatches;

      Leaf(LeafReaderContext ctx, int min, int max) throws IOException {
        FacetColumns.Segment s = columns.segment(ctx.ord);
        this.ctx = ctx;
        this.segment = s;
        this.min = min;
        this.max = max;
        this.next = min;
        this.start = s.start();
        this.ords = s.ords();
        this.segmentCounts = new int[s.valueCount()];
        List<Dimension> dims = new ArrayList<>(selected.keySet());
        this.dimStarts = new int[dims.size()][];
        this.dimOrds = new int[dims.size()][];
        this.dimLo = new int[dims.size()];
        this.dimHi = new int[dims.size()];
        for (int j = 0; j < dims.size(); j++) {
          FacetColumns.Column c = s.dimColumn(dims.get(j));
          dimStarts[j] = c.start();
          dimOrds[j] = c.ords();
          dimLo[j] = s.dimStart()[dims.get(j).ordinal()];
          dimHi[j] = s.dimEnd()[dims.get(j).ordinal()];
        }
        this.all = dims.size() == 0 ? 0 : (int) ((1L << dims.size()) - 1);
        this.selectedFrom = Arrays.stream(dimLo).min().orElse(0);
        this.selectedDims = new short[Arrays.stream(dimHi).max().orElse(0) - selectedFrom];
        for (long keyed : selectedOrds(ctx, dims)) {
          selectedDims[(int) (keyed >>> 32) - selectedFrom] |= (short) (1 << (int) keyed);
        }
        this.mode = all == 0 && min >= 0 ? UNDECIDED : MATCHES;
        this.matched = keepMatches ? new FixedBitSet(ctx.reader().maxDoc()) : null;
      }

      /** The segment ordinals of the selected values, each with its dimension's index, sorted by ordinal. */
      private long[] selectedOrds(LeafReaderContext ctx, List<Dimension> dims) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), field);
        List<Long> out = new ArrayList<>();
        for (int j = 0; j < dims.size(); j++) {
          Dimension d = dims.get(j);
          for (String v : selected.get(d)) {
            long ord = dv.lookupTerm(new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(d.id(), d.path(v))));
            if (ord >= 0) {
              out.add((ord << 32) | j);
            }
          }
        }
        long[] keyed = out.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(keyed);
        return keyed;
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        if (mode == UNDECIDED) {
          mode = MATCHES; // one document at a time tells nothing of how dense the matches are
        }
        if (mode == NON_MATCHES) {
          passOver(next, doc);
          next = doc + 1;
          return;
        }
        int found = 0;
        for (int j = 0; j < dimStarts.length; j++) {
          int[] dimOrd = dimOrds[j];
          for (int i = dimStarts[j][doc], to = dimStarts[j][doc + 1]; i < to; i++) {
            found |= selectedDims[dimOrd[i] - selectedFrom];
          }
        }
        count(doc, all & ~found);
      }

      /**
       * Counts a match that misses the selected dimensions {@code missing}: in every dimension when it misses
       * none, in the one it misses when it misses one, else nowhere.
       */
      private void count(int doc, int missing) {
        if (missing == 0) {
          for (int i = start[doc], to = start[doc + 1]; i < to; i++) {
            segmentCounts[ords[i]]++;
          }
          hits++;
          if (matched != null) {
            matched.set(doc);
          }
        } else if ((missing & (missing - 1)) == 0) {
          int j = Integer.numberOfTrailingZeros(missing);
          int[] dimOrd = dimOrds[j];
          for (int i = dimStarts[j][doc], to = dimStarts[j][doc + 1]; i < to; i++) {
            segmentCounts[dimOrd[i]]++;
          }
        }
      }

      /**
       * A block of matches, read into an array. With filters, a sparse block tests them in the selected
       * dimensions' own columns (a few ordinals per document), a dense one in each document's ordinals (one
       * sequential stream, faster when most documents are read anyway). Without filters every match counts in
       * every dimension, its ordinals counted in a tight loop, or, when the first block shows that most documents
       * match, the documents between the matches are counted instead (see the class comment).
       */
      @Override
      public void collect(DocIdStream stream) throws IOException {
        int[] docs = docBuffer;
        while (stream.mayHaveRemaining()) {
          int n = stream.intoArray(docs);
          if (n == 0) {
            break;
          }
          if (all == 0) {
            collectUnfiltered(docs, n);
          } else if (4L * n < docs[n - 1] - docs[0] + 1L) {
            for (int k = 0; k < n; k++) {
              collect(docs[k]);
            }
          } else {
            for (int k = 0; k < n; k++) {
              collectDense(docs[k]);
            }
          }
        }
      }

      /**
       * A match of a dense block: the filters are tested, and a missed dimension counted, on the document's
       * ordinals, read in one sequential stream.
       */
      private void collectDense(int doc) {
        int from = start[doc];
        int to = start[doc + 1];
        int found = 0;
        for (int i = from; i < to; i++) {
          int o = ords[i] - selectedFrom;
          if (Integer.compareUnsigned(o, selectedDims.length) < 0) {
            found |= selectedDims[o];
          }
        }
        int missing = all & ~found;
        if (missing == 0) {
          count(doc, 0);
        } else if ((missing & (missing - 1)) == 0) {
          int j = Integer.numberOfTrailingZeros(missing);
          int i = from;
          while (i < to && ords[i] < dimLo[j]) {
            i++;
          }
          for (; i < to && ords[i] < dimHi[j]; i++) {
            segmentCounts[ords[i]]++;
          }
        }
      }

      /** Matches without filters: each counts in every dimension, or the documents between them do. */
      private void collectUnfiltered(int[] docs, int n) {
        if (mode == UNDECIDED) {
          mode = 2L * n > docs[n - 1] + 1L - min ? NON_MATCHES : MATCHES;
        }
        if (mode == NON_MATCHES) {
          for (int k = 0; k < n; k++) {
            passOver(next, docs[k]);
            next = docs[k] + 1;
          }
          return;
        }
        int[] c = segmentCounts;
        for (int k = 0; k < n; k++) {
          int doc = docs[k];
          for (int i = start[doc], to = start[doc + 1]; i < to; i++) {
            c[ords[i]]++;
          }
        }
        hits += n;
      }

      /** A run of matching documents: without filters, their ordinals are contiguous. */
      @Override
      public void collectRange(int from, int to) throws IOException {
        if (all != 0) {
          for (int doc = from; doc < to; doc++) {
            collect(doc);
          }
          return;
        }
        if (mode == UNDECIDED) {
          mode = 2L * (to - from) > to - min ? NON_MATCHES : MATCHES;
        }
        if (mode == NON_MATCHES) {
          passOver(next, from);
          next = Math.max(next, to);
          return;
        }
        hits += segment.count(from, to, null, segmentCounts);
      }

      /** Counts the live documents {@code from} to {@code to} (excluded) as non-matches. */
      private void passOver(int from, int to) {
        if (from < to) {
          nonMatches += segment.count(from, to, ctx.reader().getLiveDocs(), segmentCounts);
        }
      }

      /**
       * Counts every live document of the segment, as a match-all query would find them, without a scorer:
       * with no filters and no deletions, one loop over the ordinals (the floor of counting).
       */
      void collectAll(Bits live, int maxDoc) throws IOException {
        mode = MATCHES;
        if (all == 0 && live == null) {
          collectRange(0, maxDoc);
        } else {
          for (int doc = 0; doc < maxDoc; doc++) {
            if (live == null || live.get(doc)) {
              collect(doc);
            }
          }
        }
        finish();
      }

      @Override
      public void finish() throws IOException {
        if (mode == NON_MATCHES) {
          passOver(next, max);
          FacetColumns.LiveCounts live = columns.liveCounts(ctx, min, max);
          for (int ord = 0; ord < segmentCounts.length; ord++) {
            segmentCounts[ord] = live.counts()[ord] - segmentCounts[ord];
          }
          hits += live.docs() - nonMatches;
        }
        columns.addToGlobal(ctx.ord, segmentCounts, counts);
        if (matched != null) {
          Slice.this.matched[ctx.ord] = MatchedDocs.or(Slice.this.matched[ctx.ord], matched);
        }
      }
    }
  }
}

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
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.practicesearch.schema.Dimension;

/**
 * Drill-sideways facet counts in one pass over the matches of the base query (the query without its
 * facet filters), from the {@link FacetColumns}. For each match it finds how many selected dimensions the
 * document misses: missing none, it is a hit (handed to the top-hits collector) and counts for every
 * dimension; missing exactly one, it counts for that dimension only (what the hits would be with another
 * value of it chosen instead); missing more, it counts for nothing. Values of one dimension are OR'ed, as
 * in a {@link org.apache.lucene.facet.DrillDownQuery}.
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
   * @param top the top hits, or null when none were asked for
   */
  record Counted(int[] counts, long hits, TopFieldDocs top) {}

  private final FacetColumns columns;
  private final String field;
  private final Map<Dimension, List<String>> selected;
  private final CollectorManager<TopFieldCollector, TopFieldDocs> top;

  /**
   * @param columns the reader's columns
   * @param field the facet field of the doc values (to find the selected values' segment ordinals)
   * @param selected the filters, values by dimension
   * @param top the top-hits collectors, or null to count only
   */
  SidewaysCounter(FacetColumns columns, String field, Map<Dimension, List<String>> selected,
      CollectorManager<TopFieldCollector, TopFieldDocs> top) {
    this.columns = columns;
    this.field = field;
    this.selected = selected;
    this.top = top;
  }

  @Override
  public Slice newCollector() throws IOException {
    return new Slice(top == null ? null : top.newCollector());
  }

  @Override
  public Counted reduce(Collection<Slice> slices) throws IOException {
    if (slices.size() == 1) {
      Slice s = slices.iterator().next();
      return new Counted(s.counts, s.hits, top == null ? null : top.reduce(s.top == null ? List.of() : List.of(s.top)));
    }
    int[] counts = new int[columns.globalSize()];
    long hits = 0;
    List<TopFieldCollector> tops = new ArrayList<>();
    for (Slice s : slices) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += s.counts[i];
      }
      hits += s.hits;
      if (s.top != null) {
        tops.add(s.top);
      }
    }
    return new Counted(counts, hits, top == null ? null : top.reduce(tops));
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
      slice.new Leaf(ctx, null).collectAll(ctx.reader().getLiveDocs(), ctx.reader().maxDoc());
    }
    return reduce(List.of(slice));
  }

  /** The collector of one slice of segments: its own counts, summed in {@link #reduce}. */
  final class Slice implements Collector {
    final int[] counts = new int[columns.globalSize()];
    final TopFieldCollector top;
    long hits;

    Slice(TopFieldCollector top) {
      this.top = top;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      LeafCollector hitCollector = null;
      if (top != null) {
        try {
          hitCollector = top.getLeafCollector(ctx);
        } catch (CollectionTerminatedException e) {
          hitCollector = null; // no more competitive hits in this segment: counting goes on
        }
      }
      return new Leaf(ctx, hitCollector);
    }

    @Override
    public ScoreMode scoreMode() {
      return top != null && top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts one segment by segment ordinal, mapped to global ordinals when the segment is done. */
    private final class Leaf implements LeafCollector {
      private final int leafOrd;
      private final int[] start;
      private final int[] ords;
      private final int[] segmentCounts;
      /**
       * Per segment ordinal, the bit of its dimension when the value is selected, else 0: a document's selected
       * dimensions are the OR over its ordinals, one load each and no branch.
       */
      private final short[] selectedDims;
      private final int[] dimStart;
      private final int[] dimEnd;
      private final int all;
      private LeafCollector hitCollector;

      Leaf(LeafReaderContext ctx, LeafCollector hitCollector) throws IOException {
        FacetColumns.Segment s = columns.segment(ctx.ord);
        this.leafOrd = ctx.ord;
        this.start = s.start();
        this.ords = s.ords();
        this.segmentCounts = new int[s.valueCount()];
        this.hitCollector = hitCollector;
        List<Dimension> dims = new ArrayList<>(selected.keySet());
        this.dimStart = new int[dims.size()];
        this.dimEnd = new int[dims.size()];
        this.all = dims.size() == 0 ? 0 : (int) ((1L << dims.size()) - 1);
        this.selectedDims = new short[all == 0 ? 0 : s.valueCount()];
        for (long keyed : selectedOrds(ctx, dims, s)) {
          selectedDims[(int) (keyed >>> 32)] |= (short) (1 << (int) keyed);
        }
      }

      /** The segment ordinals of the selected values, each with its dimension's index, sorted by ordinal. */
      private long[] selectedOrds(LeafReaderContext ctx, List<Dimension> dims, FacetColumns.Segment s)
          throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), field);
        List<Long> out = new ArrayList<>();
        for (int j = 0; j < dims.size(); j++) {
          Dimension d = dims.get(j);
          dimStart[j] = s.dimStart()[d.ordinal()];
          dimEnd[j] = s.dimEnd()[d.ordinal()];
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
      public void setScorer(Scorable scorer) throws IOException {
        if (hitCollector != null) {
          hitCollector.setScorer(scorer);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        int from = start[doc];
        int to = start[doc + 1];
        int found = 0;
        if (all != 0) {
          for (int i = from; i < to; i++) {
            found |= selectedDims[ords[i]];
          }
        }
        int missing = all & ~found;
        if (missing == 0) {
          for (int i = from; i < to; i++) {
            segmentCounts[ords[i]]++;
          }
          hits++;
          collectHit(doc);
        } else if ((missing & (missing - 1)) == 0) {
          int j = Integer.numberOfTrailingZeros(missing);
          int lo = dimStart[j];
          int hi = dimEnd[j];
          int i = from;
          while (i < to && ords[i] < lo) {
            i++;
          }
          for (; i < to && ords[i] < hi; i++) {
            segmentCounts[ords[i]]++;
          }
        }
      }

      /**
       * Counts every live document of the segment, as a match-all query would find them, without a scorer:
       * with no filters and no deletions, one loop over the ordinals (the floor of counting).
       */
      void collectAll(Bits live, int maxDoc) throws IOException {
        if (all == 0 && live == null && hitCollector == null) {
          int[] c = segmentCounts;
          for (int i = 0, n = start[maxDoc]; i < n; i++) {
            c[ords[i]]++;
          }
          hits += maxDoc;
        } else {
          for (int doc = 0; doc < maxDoc; doc++) {
            if (live == null || live.get(doc)) {
              collect(doc);
            }
          }
        }
        finish();
      }

      private void collectHit(int doc) throws IOException {
        if (hitCollector != null) {
          try {
            hitCollector.collect(doc);
          } catch (CollectionTerminatedException e) {
            hitCollector = null;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        columns.addToGlobal(leafOrd, segmentCounts, counts);
      }
    }
  }
}

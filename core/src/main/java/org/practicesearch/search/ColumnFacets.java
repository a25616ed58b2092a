package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;

/**
 * Facet results read from counts by global ordinal, as Lucene's sorted-set facet counts read theirs: the
 * children of a dimension (or of a path of a hierarchical one) with a count above zero, highest count
 * first, ties in ordinal (label) order, so the labels, counts and order are those Lucene would give.
 */
final class ColumnFacets extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final FacetColumns columns;
  private final int[] counts;

  ColumnFacets(SortedSetDocValuesReaderState state, FacetColumns columns, int[] counts) {
    this.state = state;
    this.columns = columns;
    this.counts = counts;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
    }
    return children(topN, dim, path);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    return children(Integer.MAX_VALUE, dim, path);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> out = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult r = getTopChildren(topN, dim);
      if (r != null && r.childCount > 0) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingLong((FacetResult r) -> -r.value.longValue()).thenComparing(r -> r.dim));
    return out;
  }

  @Override
  public List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
    List<FacetResult> all = getAllDims(topNChildren);
    return all.subList(0, Math.min(topNDims, all.size()));
  }

  private FacetResult children(int topN, String dim, String... path) throws IOException {
    Best best = new Best(topN);
    if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
      }
      long pathOrd = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
      if (pathOrd < 0) {
        return null;
      }
      for (PrimitiveIterator.OfInt ords = tree.iterator((int) pathOrd); ords.hasNext(); ) {
        best.offer(ords.nextInt());
      }
    } else {
      if (path.length > 0) {
        throw new IllegalArgumentException("dimension \"" + dim + "\" is not hierarchical: path must be empty");
      }
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
      }
      // a flat dimension's ordinals are a range: a plain loop, most of them without a count
      for (int ord = range.start(); ord <= range.end(); ord++) {
        if (counts[ord] > 0) {
          best.offer(ord);
        }
      }
    }
    return best.result(dim, path);
  }

  /** The best values of one level: a min-heap of (count, ordinal) packed so that more, then a lower ordinal, wins. */
  private final class Best {
    private final LongHeap heap;
    private final int limit;
    private long sum;
    private int children;

    Best(int limit) {
      this.limit = limit;
      this.heap = new LongHeap(Math.min(limit, 1024));
    }

    void offer(int ord) {
      int c = counts[ord];
      if (c > 0) {
        sum += c;
        children++;
        long key = ((long) c << 32) | (Integer.MAX_VALUE - ord);
        if (heap.size() < limit) {
          heap.push(key);
        } else if (key > heap.top()) {
          heap.updateTop(key);
        }
      }
    }

    FacetResult result(String dim, String[] path) throws IOException {
      SortedSetDocValues dv = state.getDocValues();
      LabelAndValue[] labels = new LabelAndValue[heap.size()];
      for (int i = labels.length - 1; i >= 0; i--) {
        long key = heap.pop();
        int ord = Integer.MAX_VALUE - (int) key;
        labels[i] = new LabelAndValue(columns.label(dv, ord), (int) (key >>> 32));
      }
      return new FacetResult(dim, path, sum, labels, children);
    }
  }
}

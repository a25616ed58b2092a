package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor of facet counting on this machine: every entry's facet ordinals, read out of the index into plain
 * int arrays once, then counted by the tightest loop there is (no query, no collector, no labels). What a
 * match-all count of all dimensions could cost at best.
 */
final class FacetFloor {
  private FacetFloor() {}

  /**
   * @param index the index directory
   * @param runs how many counts to time
   * @return the median milliseconds of one count of every entry's ordinals
   */
  static double p50Ms(Path index, int runs) throws IOException {
    List<int[]> ords = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    try (var d = FSDirectory.open(index); var reader = DirectoryReader.open(d)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int[] all = new int[16];
        int n = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
          for (int i = 0, c = dv.docValueCount(); i < c; i++) {
            if (n == all.length) {
              all = Arrays.copyOf(all, n * 2);
            }
            all[n++] = (int) dv.nextOrd();
          }
        }
        ords.add(Arrays.copyOf(all, n));
        sizes.add((int) dv.getValueCount());
      }
    }
    double[] ms = new double[Math.max(1, runs)];
    long sink = 0;
    for (int run = 0; run < ms.length; run++) {
      long start = System.nanoTime();
      for (int s = 0; s < ords.size(); s++) {
        int[] counts = new int[sizes.get(s)];
        for (int ord : ords.get(s)) {
          counts[ord]++;
        }
        sink += counts[0];
      }
      ms[run] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return sink < 0 ? Double.NaN : ms[ms.length / 2];
  }
}

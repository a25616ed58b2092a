package org.practicesearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A searcher whose collection stops at a deadline: each segment's collection ends at the first hit past it and
 * later segments are skipped, keeping what was collected; {@link #timedOut()} then says so. One per search.
 *
 * <p>Not Lucene's {@code IndexSearcher.setTimeout}: its time-limited bulk scorer scores a segment in ranges, which
 * the drill-sideways scorer refuses ("maxDoc must be Integer.MAX_VALUE"), so a filtered faceted search would fail.
 */
final class TimedSearcher extends IndexSearcher {
  /** The clock is read once in this many hits. */
  private static final int CHECK_EVERY = 256;

  private final long deadline;
  private final boolean parallel;
  private volatile boolean timedOut;

  /**
   * @param reader the reader to search
   * @param executor runs the slices of the search in parallel, or null
   * @param deadline the {@link System#nanoTime()} at which to stop
   */
  TimedSearcher(IndexReader reader, java.util.concurrent.Executor executor, long deadline) {
    super(reader, executor);
    this.parallel = executor != null;
    this.deadline = deadline;
  }

  @Override
  public boolean timedOut() {
    return timedOut;
  }

  /**
   * Whether a search on {@code searcher} is past its deadline before it starts (it then says it timed out),
   * for work done outside the searcher's collection; false for a searcher without a deadline.
   */
  static boolean spent(IndexSearcher searcher) {
    if (searcher instanceof TimedSearcher t && System.nanoTime() - t.deadline >= 0) {
      t.timedOut = true;
      return true;
    }
    return false;
  }

  private void check() {
    if (System.nanoTime() - deadline >= 0) {
      timedOut = true;
      throw new CollectionTerminatedException();
    }
  }

  @Override
  protected void searchLeaf(LeafReaderContext ctx, int minDocId, int maxDocId, Weight weight, Collector collector)
      throws IOException {
    SidewaysCounter.partition(collector, ctx, minDocId, maxDocId);
    super.searchLeaf(ctx, minDocId, maxDocId, weight, new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        check();
        return timed(collector.getLeafCollector(context));
      }

      @Override
      public ScoreMode scoreMode() {
        return collector.scoreMode();
      }

      @Override
      public void setWeight(Weight w) {
        collector.setWeight(w);
      }
    });
  }

  private LeafCollector timed(LeafCollector in) {
    return new LeafCollector() {
      private int count;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        in.setScorer(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (++count % CHECK_EVERY == 0) {
          check();
        }
        in.collect(doc);
      }

      /** A block of matches (up to a few thousand): the clock is read once for it, and the block passed on whole. */
      @Override
      public void collect(DocIdStream stream) throws IOException {
        check();
        in.collect(stream);
      }

      @Override
      public void collectRange(int min, int max) throws IOException {
        check();
        in.collectRange(min, max);
      }

      @Override
      public DocIdSetIterator competitiveIterator() throws IOException {
        return in.competitiveIterator();
      }

      @Override
      public void finish() throws IOException {
        in.finish();
      }
    };
  }

  @Override
  protected LeafSlice[] slices(java.util.List<org.apache.lucene.index.LeafReaderContext> leaves) {
    return parallel ? SearchTuning.slices(leaves) : super.slices(leaves);
  }
}

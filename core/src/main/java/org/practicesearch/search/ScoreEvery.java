package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * A top-hits collection that scores every match instead of skipping those that cannot compete. With a filter
 * that few documents pass, the filter then leads and each of its documents is scored where it is; skipping by
 * score (Lucene's MaxScore) would read every posting of the text in each window to score those few.
 *
 * @param <C> the collectors of the wrapped manager
 * @param <T> its result
 */
final class ScoreEvery<C extends Collector, T> implements CollectorManager<ScoreEvery.Each<C>, T> {
  /** Few: at most one in this many of the reader's documents. */
  private static final int FEW = 32;

  private final CollectorManager<C, T> in;

  private ScoreEvery(CollectorManager<C, T> in) {
    this.in = in;
  }

  /** {@return whether {@code n} documents are few enough in {@code reader} for each to be scored} */
  static boolean few(long n, IndexReader reader) {
    return n <= reader.maxDoc() / FEW;
  }

  /** {@return {@code in}, made to score every match when {@code every}} */
  static <C extends Collector, T> CollectorManager<?, T> when(boolean every, CollectorManager<C, T> in) {
    return every ? new ScoreEvery<>(in) : in;
  }

  @Override
  public Each<C> newCollector() throws IOException {
    return new Each<>(in.newCollector());
  }

  @Override
  public T reduce(Collection<Each<C>> collectors) throws IOException {
    List<C> inner = new ArrayList<>(collectors.size());
    for (Each<C> each : collectors) {
      inner.add(each.collector);
    }
    return in.reduce(inner);
  }

  /** A collector that asks for every score and lets the scorer skip nothing. */
  static final class Each<C extends Collector> extends FilterCollector {
    private final C collector;

    Each(C collector) {
      super(collector);
      this.collector = collector;
    }

    @Override
    public ScoreMode scoreMode() {
      return in.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      return new FilterLeafCollector(in.getLeafCollector(ctx)) {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          in.setScorer(new FilterScorable(scorer) {
            @Override
            public void setMinCompetitiveScore(float minScore) {
              // every match is scored
            }
          });
        }
      };
    }
  }
}

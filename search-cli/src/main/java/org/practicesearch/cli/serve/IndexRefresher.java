package org.practicesearch.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.practicesearch.search.SearchBackend;

/**
 * Looks for a new commit of the served index at a fixed interval, so that what {@code index} writes (added
 * entries, {@code --sync}, {@code --replace}) is served without a restart; the files of the state before are
 * released once the searches on it end. A failed look is reported once on stderr and tried again.
 */
final class IndexRefresher implements AutoCloseable {
  /** What to do after the index moved to a new commit. */
  @FunctionalInterface
  interface OnChange {
    void changed() throws IOException;
  }

  private final SearchBackend index;
  private final OnChange onChange;
  private final PrintWriter err;
  private final ScheduledExecutorService timer;
  private String lastProblem;

  IndexRefresher(SearchBackend index, Duration interval, OnChange onChange, PrintWriter err) {
    this.index = index;
    this.onChange = onChange;
    this.err = err;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "serve-refresh");
      t.setDaemon(true);
      return t;
    });
    long ms = Math.max(1, interval.toMillis());
    timer.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void refresh() {
    try {
      if (index.refresh()) {
        onChange.changed();
      }
      lastProblem = null;
    } catch (IOException | RuntimeException e) {
      String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (!Objects.equals(problem, lastProblem)) {
        lastProblem = problem;
        err.println("warning: cannot see the latest commit of the index (still serving the one before): " + problem);
        err.flush();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

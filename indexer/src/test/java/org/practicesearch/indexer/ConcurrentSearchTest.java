package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/** Searches running while the index is updated see a committed state, never a partial one. */
class ConcurrentSearchTest {
  static final int BATCH = 200;
  static final int BATCHES = 10;

  static Entry entry(int i) {
    return Entry.builder("doc-" + i, Kind.RESOURCE).title("Resource " + i)
        .description("A handbook on trafficking and migration, number " + i + ".").countries(List.of("Kenya")).build();
  }

  @Test
  void searchesDuringIndexingSeeOnlyCommittedStates(@TempDir Path dir) throws Exception {
    try (IndexBuilder b = IndexBuilder.replacing(dir)) {
      b.commit();
    }
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SearchIndex index = SearchIndex.open(dir)) {
      List<Future<?>> readers = List.of(pool.submit(() -> search(index, seen, done)), pool.submit(() -> search(index, seen, done)));
      try (IndexBuilder b = IndexBuilder.updating(dir)) {
        for (int batch = 0; batch < BATCHES; batch++) {
          for (int i = 0; i < BATCH; i++) {
            b.add(entry(batch * BATCH + i));
          }
          b.commit();
        }
      }
      index.refresh();
      done.set(true);
      for (Future<?> f : readers) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertEquals(BATCH * BATCHES, index.search(SearchRequest.of("trafficking")).total());
    } finally {
      pool.shutdownNow();
    }
    for (long n : seen) {
      assertTrue(n % BATCH == 0, "a search saw " + n + " entries: not a committed state");
    }
  }

  private static Void search(SearchIndex index, Set<Long> seen, AtomicBoolean done) throws IOException {
    while (!done.get()) {
      index.refresh();
      seen.add(index.search(SearchRequest.builder().text("trafficking").size(1).build()).total());
    }
    return null;
  }
}

package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.practicesearch.indexer.IndexBuilder;
import org.practicesearch.schema.Schema;

/**
 * Indexes the first {@code docs} generated entries into one side's index (ours through {@link IndexBuilder},
 * raw Lucene through {@link RawLucene}), replacing it, with {@code threads} threads taking every
 * {@code threads}-th entry, and returns the time it took in nanoseconds, commit included.
 */
final class SideIndexing {
  private SideIndexing() {}

  static long ours(CorpusGenerator gen, Path dir, long docs, int threads) throws Exception {
    long start = System.nanoTime();
    try (IndexBuilder b = IndexBuilder.replacing(dir)) {
      parallel(docs, threads, n -> b.add(gen.entry(n)));
      b.commit();
    }
    return System.nanoTime() - start;
  }

  static long raw(CorpusGenerator gen, Path dir, long docs, int threads) throws Exception {
    long start = System.nanoTime();
    try (IndexWriter w = RawLucene.writer(dir)) {
      parallel(docs, threads, n -> w.addDocument(RawLucene.document(gen.entry(n))));
      w.setLiveCommitData(Map.of(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION)).entrySet());
      w.commit();
    }
    return System.nanoTime() - start;
  }

  private interface Add {
    void add(long n) throws IOException;
  }

  private static void parallel(long docs, int threads, Add add) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        fs.add(pool.submit(() -> {
          for (long n = id; n < docs; n += threads) {
            add.add(n);
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}

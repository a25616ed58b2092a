package org.practicesearch.indexer;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.practicesearch.indexer.parse.Feed;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;

/**
 * Runs one index run's stages at once: the calling thread reads the inputs ({@link Feed}), worker threads
 * parse and normalise chunks of them and hand the entries to the {@link IndexSink} (whose IndexWriter is
 * shared). The queue between them is bounded, so memory stays flat whatever the size of the input: a slow
 * writer holds the reader back.
 */
final class Pipeline implements Feed.Sink {
  private static final Feed.Chunk END = () -> null;

  private final IndexSink sink;
  private final IndexListener listener;
  private final BlockingQueue<Feed.Chunk> queue;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Set<String> read = new HashSet<>();
  private final int threads;
  private final int files;
  private final long bytes;
  private final long start = System.nanoTime();
  private int filesDone;
  private long bytesOfDoneFiles;
  private long bytesOfFile;

  Pipeline(IndexSink sink, IndexListener listener, int threads, List<Path> inputs) {
    this.sink = sink;
    this.listener = listener;
    this.threads = threads;
    this.queue = new ArrayBlockingQueue<>(2 * threads);
    this.files = inputs.size();
    this.bytes = inputs.stream().mapToLong(Pipeline::size).sum();
  }

  private static long size(Path f) {
    try {
      return java.nio.file.Files.size(f);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** Thrown in the reading thread to stop it once a worker has failed. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads, parses and writes every input.
   *
   * @param inputs the files
   * @return the names of the files read (those that could not be read at all are left out)
   * @throws Throwable the first failure of any stage
   */
  Set<String> run(List<Path> inputs) throws Throwable {
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = Thread.ofPlatform().name("index-worker-" + i).daemon().start(this::work);
    }
    try {
      Feed.read(inputs, this);
    } catch (Stop stop) {
      // a worker failed: its error is reported below
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    } finally {
      for (int i = 0; i < threads; i++) {
        while (!queue.offer(END, 50, TimeUnit.MILLISECONDS)) {
          if (failure.get() != null) {
            queue.poll(); // workers that failed take nothing more: make room (the run is lost anyway)
          }
        }
      }
      for (Thread w : workers) {
        w.join();
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return read;
  }

  private void work() {
    try {
      Feed.Chunk c;
      while ((c = queue.take()) != END) {
        if (failure.get() != null) {
          continue;
        }
        ParseResult r = c.parse();
        for (Problem p : r.problems()) {
          sink.problem(p);
        }
        for (Entry e : r.entries()) {
          sink.accept(e);
        }
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
  }

  @Override
  public void chunk(Feed.Chunk chunk) throws InterruptedException {
    while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
      if (failure.get() != null) {
        throw new Stop();
      }
    }
    bytesOfFile += chunk.bytes();
    progress();
  }

  @Override
  public void problem(Problem problem) {
    sink.problem(problem);
  }

  @Override
  public void fileDone(Path file, long size, boolean readable) {
    if (readable) {
      read.add(file.toString());
    }
    filesDone++;
    bytesOfDoneFiles += size;
    bytesOfFile = 0;
    progress();
    if (failure.get() != null) {
      throw new Stop();
    }
  }

  private void progress() {
    listener.progress(new IndexListener.Progress(filesDone, files, sink.produced(), bytesOfDoneFiles + bytesOfFile,
        bytes, System.nanoTime() - start));
  }
}

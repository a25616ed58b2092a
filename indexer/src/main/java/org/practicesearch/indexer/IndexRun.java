package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.practicesearch.indexer.parse.Inputs;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.schema.Schema;

/**
 * Indexes files and folders into an index folder, streaming: inputs are read, parsed, normalised and written
 * in a bounded pipeline ({@link Pipeline}), so memory does not grow with the input, and committed once at
 * the end (a failure or a kill leaves the previous commit). The folder is checked first ({@link IndexTarget});
 * a failed run removes what it wrote.
 */
public final class IndexRun {
  private IndexRun() {}

  /**
   * How to run.
   *
   * @param replace rebuild the index from these inputs only
   * @param sync also delete entries whose file, under one of the inputs named, no longer exists
   * @param threads worker threads parsing and writing (at least 1)
   */
  public record Options(boolean replace, boolean sync, int threads) {
    /** Validates. */
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " out of range; expected at least 1");
      }
    }

    /** Incremental, without sync, one worker per core up to 4. */
    public static Options defaults() {
      return new Options(false, false, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }
  }

  /**
   * Indexes the inputs into {@code dir}.
   *
   * @param dir the index folder: new, empty, or a practice-search index
   * @param paths files and folders, as named by the user
   * @param options how to run
   * @param listener hears problems, entries and progress as they come
   * @return what was read, added, updated, deleted and left unchanged
   * @throws IndexException if the folder is not ours, no input exists, nothing was read for a new index, the
   *     disk is full or memory runs out (the index is then as it was, and this run's files are removed)
   * @throws IOException if the index cannot be written
   */
  public static IndexReport index(Path dir, List<Path> paths, Options options, IndexListener listener)
      throws IOException {
    return index(dir, paths, options, listener, d -> d);
  }

  static IndexReport index(Path dir, List<Path> paths, Options options, IndexListener listener,
      UnaryOperator<Directory> wrap) throws IOException {
    List<Problem> listing = new ArrayList<>();
    List<Path> files = Inputs.files(paths, listing);
    IndexTarget target = IndexTarget.check(dir);
    if (!paths.isEmpty() && paths.stream().noneMatch(Files::exists)) {
      listing.forEach(listener::problem);
      throw new IndexException("none of the inputs exists: nothing indexed, " + unchanged(dir, target));
    }
    String version = IndexBuilder.version(dir);
    boolean replace = options.replace() || version != null && !version.equals(Integer.toString(Schema.VERSION));
    String damage = replace || !target.hadIndex() ? null : IndexHealth.verify(dir);
    if (damage != null) { // never add to a damaged index: the update would carry the damage into the next commit
      throw new IndexException(IndexHealth.damaged(dir, damage));
    }
    IndexBuilder builder = IndexBuilder.open(dir, replace ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND, wrap);
    IndexSink sink = null;
    try {
      sink = new IndexSink(builder, replace ? Map.of() : builder.existing(), listener);
      listing.forEach(sink::problem);
      sink.inputOrder(files.stream().map(Path::toString).toList());
      Set<String> read = new Pipeline(sink, listener, options.threads(), files).run(files);
      sink.mergeRepeated();
      if (!target.hadIndex() && sink.produced() == 0) {
        throw new IndexException("no entry was read from the inputs: " + unchanged(dir, target));
      }
      sink.deleteGone(read, paths, options.sync());
      IndexReport report = sink.commit(read, files.size());
      builder.close();
      return report;
    } catch (Throwable t) {
      closeQuietly(builder, t);
      throw failure(t, dir, target.cleanUp(), sink == null ? 0 : sink.produced());
    }
  }

  private static String unchanged(Path dir, IndexTarget target) {
    return target.hadIndex() ? "the index at " + dir + " is unchanged" : "no index was created at " + dir;
  }

  private static void closeQuietly(IndexBuilder builder, Throwable t) {
    try {
      builder.close();
    } catch (Throwable x) {
      t.addSuppressed(x);
    }
  }

  /** The error to report for a failed run: a clear line for a full disk or a lack of memory. */
  static IOException failure(Throwable t, Path dir, List<Path> left, int entries) {
    String leftover = left.isEmpty() ? "" : "; could not remove " + left.get(0)
        + (left.size() > 1 ? " and " + (left.size() - 1) + " more files" : "") + ": delete them by hand";
    if (outOfMemory(t)) {
      return new IndexException(String.format(Locale.ROOT, "out of memory after %,d entries (Java heap of %d MB): "
          + "run again with more, e.g. PRACTICE_SEARCH_JAVA_OPTS=-Xmx2g; the index is as it was before this run%s",
          entries, Runtime.getRuntime().maxMemory() >> 20, leftover), t);
    }
    String full = diskFull(t);
    if (full != null) {
      return new IndexException("the disk holding " + dir + " is full (" + full + "): free some space and run "
          + "again; the index is as it was before this run and the files this run wrote were removed" + leftover, t);
    }
    if (t instanceof IndexException e && leftover.isEmpty()) {
      return e;
    }
    if (t instanceof IOException e) {
      return leftover.isEmpty() ? e : new IOException(e.getMessage() + leftover, e);
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IOException(t);
  }

  /** Whether memory ran out: directly, or as the tragedy that closed the IndexWriter another thread then hit. */
  private static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static String diskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (c instanceof IOException && m != null && (m.contains("No space left on device")
          || m.contains("not enough space on the disk") || m.contains("Disk quota exceeded"))) {
        return m.lines().findFirst().orElse(m);
      }
      for (Throwable s : c.getSuppressed()) {
        String found = diskFull(s);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}

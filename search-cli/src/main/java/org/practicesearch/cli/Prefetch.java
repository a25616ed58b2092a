package org.practicesearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/**
 * Opens the index a {@code search} or {@code show} will read, on the second core, while picocli reads the
 * command line on the first. In a one-shot process both are start-up work of about the same size (class
 * loading and first runs of cold code), so doing them at once takes the process close to the cost of the
 * larger one. The index is guessed from the raw arguments; the command takes it only when the directory it
 * resolved is the same and the index was not rebuilt in between, and otherwise opens its own as before.
 */
final class Prefetch {
  private static volatile Prefetch current;

  private final Path dir;
  private final CompletableFuture<SearchIndex> index;

  private Prefetch(Path dir) {
    this.dir = dir;
    this.index = new CompletableFuture<>();
    Thread t = new Thread(this::open, "prefetch-index");
    t.setDaemon(true);
    t.start();
  }

  private void open() {
    try {
      SearchIndex opened = SearchIndex.open(dir);
      // one search runs the code every search runs (query parsing, drill-sideways, snippets) once
      opened.search(SearchRequest.builder().text("migrant workers").size(1).build());
      index.complete(opened);
    } catch (IOException | RuntimeException e) {
      index.completeExceptionally(e);
    }
  }

  /** Starts opening the index of a {@code search} or {@code show} command line; does nothing for others. */
  static void start(String[] args) {
    if (args.length == 0 || !(args[0].equals("search") || args[0].equals("show"))) {
      return;
    }
    CommonOptions guess = new CommonOptions();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      } else if (args[i].equals("--index") && i + 1 < args.length) {
        guess.index = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--index=")) {
        guess.index = Path.of(args[i].substring("--index=".length()));
      }
    }
    Path dir = guess.indexDir();
    if (Files.isDirectory(dir)) {
      current = new Prefetch(dir);
    }
  }

  /**
   * The index opened in the background for {@code dir}, or null when there is none to take (not started,
   * another directory, or it failed: the caller then opens the index itself and reports any error).
   */
  static SearchIndex take(Path dir) {
    Prefetch p = current;
    current = null;
    if (p == null) {
      return null;
    }
    try {
      SearchIndex opened = p.index.get();
      if (p.dir.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
        return opened;
      }
      opened.close();
      return null;
    } catch (ExecutionException | IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Drops a prefetched index without using it (the index was rebuilt after it was opened). */
  static void discard() {
    Prefetch p = current;
    current = null;
    if (p != null) {
      p.index.thenAccept(opened -> {
        try {
          opened.close();
        } catch (IOException ignored) {
          // a reader of the index that was just replaced; the process is about to read the new one
        }
      });
    }
  }
}

package org.practicesearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.practicesearch.indexer.IndexException;
import org.practicesearch.indexer.IndexHealth;
import org.practicesearch.search.IncompatibleIndexException;
import picocli.CommandLine;

/** Turns a failure into the one line a user can act on; a damaged index is named with how to rebuild it. */
final class Failures {
  private Failures() {}

  /** Whether the message says all there is (no "--debug" hint needed). */
  static boolean explained(Exception e) {
    return e instanceof IndexException || e instanceof IncompatibleIndexException || damage(e);
  }

  /**
   * The message for a failure. A failure reading an existing index that looks like damage (a checksum or
   * format error, or an unexpected error that a checksum verification then confirms) names the index and
   * the command that rebuilds it.
   */
  static String message(Exception e, Path index) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof IllegalArgumentException || e instanceof IndexException || e instanceof IncompatibleIndexException
        || index == null || !Files.isDirectory(index)) {
      return m;
    }
    if (damage(e)) {
      return IndexHealth.damaged(index, firstLine(m));
    }
    String verified = IndexHealth.verify(index);
    return verified == null ? m : IndexHealth.damaged(index, verified);
  }

  private static boolean damage(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof CorruptIndexException || c instanceof IndexFormatTooNewException
          || c instanceof IndexFormatTooOldException) {
        return true;
      }
    }
    return false;
  }

  /** The index a command ran on: its --index, else the default; null for commands without one. */
  static Path indexDir(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed.subcommand();
    if (sub == null || !sub.commandSpec().optionsMap().containsKey("--index")) {
      return null;
    }
    Path p = sub.matchedOptionValue("--index", null);
    return p != null ? p : CommonOptions.defaultIndex();
  }

  private static String firstLine(String m) {
    return m.lines().findFirst().orElse(m);
  }
}

package org.practicesearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.indexer.IndexListener;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Repair;

/**
 * What {@code index} and {@code parse} print on stderr while they run, kept short whatever the input:
 * progress (one updating line on a terminal, a line every few seconds otherwise), errors one a line up to
 * {@link #ERRORS_PER_FILE} per file and then a count, warnings grouped by kind (once, with a count, a few
 * values and the first places; {@code --verbose} lists every one), repairs summarised by reason.
 * Thread-safe: an index run calls it from its worker threads.
 */
final class Feedback implements IndexListener {
  /** Errors printed for one file before the rest are only counted. */
  static final int ERRORS_PER_FILE = 20;
  private static final int EXAMPLES = 3;
  private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
  private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  /** How much to print. */
  enum Level { QUIET, NORMAL, VERBOSE }

  private final PrintWriter err;
  private final Level level;
  private final boolean terminal;
  private final Map<String, Integer> errorsByFile = new LinkedHashMap<>();
  private final Map<String, Group> warnings = new LinkedHashMap<>();
  private final Map<String, Integer> repairs = new TreeMap<>();
  private long lastProgress = System.nanoTime();
  private boolean progressShown;

  Feedback(PrintWriter err, Level level, boolean terminal) {
    this.err = err;
    this.level = level;
    this.terminal = terminal;
  }

  /** Warnings of one kind: how many, the first places and values. */
  private static final class Group {
    int count;
    Problem first;
    final List<String> places = new ArrayList<>();
    final List<String> values = new ArrayList<>();
  }

  @Override
  public synchronized void problem(Problem p) {
    if (p.rejected()) {
      int n = errorsByFile.merge(p.file(), 1, Integer::sum);
      if (n <= ERRORS_PER_FILE || level == Level.VERBOSE) {
        println("error: " + Printable.of(p.toString()));
      }
      return;
    }
    if (level == Level.VERBOSE) {
      println("warning: " + Printable.of(p.toString()));
      return;
    }
    Group g = warnings.computeIfAbsent(QUOTED.matcher(p.message()).replaceAll("'…'"), k -> new Group());
    if (g.count++ == 0) {
      g.first = p;
    }
    if (g.places.size() < EXAMPLES) {
      g.places.add(p.file() + ":" + p.line());
    }
    Matcher m = QUOTED.matcher(p.message());
    if (m.find() && g.values.size() < EXAMPLES && !g.values.contains(m.group())) {
      g.values.add(m.group());
    }
  }

  @Override
  public synchronized void entry(Entry e) {
    for (Repair r : e.repairs()) {
      if (level == Level.VERBOSE) {
        println("repair: " + Printable.of(e.source() + ": " + e.id() + ": " + r));
      }
      repairs.merge(r.field() + ": " + r.reason(), 1, Integer::sum);
    }
  }

  @Override
  public synchronized void progress(Progress p) {
    long now = System.nanoTime();
    if (level == Level.QUIET || now - lastProgress < interval(p.nanos())) {
      return;
    }
    lastProgress = now;
    String line = line(p);
    if (terminal) {
      err.print("\r\u001b[K" + line);
      progressShown = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /**
   * Time between two progress lines: on a terminal a fifth of a second (the line is rewritten); otherwise
   * every 5 s, and in a long run an eighth of the time so far, so that a log holds a few dozen lines
   * whatever the run's length.
   */
  private long interval(long elapsed) {
    return terminal ? TERMINAL_INTERVAL_NANOS : Math.max(PLAIN_INTERVAL_NANOS, elapsed / 8);
  }

  static String line(Progress p) {
    double seconds = p.nanos() / 1e9;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "indexing: %d/%d files, %,d entries, %,.0f entries/s",
        p.filesDone(), p.files(), p.entries(), seconds > 0 ? p.entries() / seconds : 0.0));
    if (p.bytes() > 0 && p.bytesDone() > 0) {
      double done = Math.min(1.0, (double) p.bytesDone() / p.bytes());
      long eta = Math.round(seconds / done - seconds);
      sb.append(String.format(Locale.ROOT, ", %.0f%%, about %d:%02d left", done * 100, eta / 60, eta % 60));
    }
    return sb.toString();
  }

  /** Prints the counts, groups and summaries held back; call once at the end of the run. */
  synchronized void finish() {
    clearProgress();
    errorsByFile.forEach((file, n) -> {
      if (n > ERRORS_PER_FILE && level != Level.VERBOSE) {
        err.printf(Locale.ROOT, "error: %s: %,d more lines rejected (not shown; --verbose lists all)%n",
            Printable.of(file), n - ERRORS_PER_FILE);
      }
    });
    if (level == Level.QUIET) {
      err.flush();
      return;
    }
    warnings.forEach((kind, g) -> {
      if (g.count == 1) {
        err.println("warning: " + Printable.of(g.first.toString()));
      } else {
        err.println(Printable.of(String.format(Locale.ROOT, "warning: %s: %,d times%s, first at %s%s", kind, g.count,
            g.values.size() > 1 ? " (" + String.join(", ", g.values) + (g.count > g.values.size() ? ", ..." : "") + ")" : "",
            String.join(", ", g.places), g.count > EXAMPLES ? ", ... (--verbose lists all)" : "")));
      }
    });
    if (level == Level.NORMAL && !repairs.isEmpty()) {
      repairs.forEach((reason, n) -> err.printf(Locale.ROOT, "repaired %d× %s%n", n, reason));
      err.println("(--verbose lists every repair)");
    }
    err.flush();
  }

  private void println(String line) {
    clearProgress();
    err.println(line);
  }

  private void clearProgress() {
    if (progressShown) {
      err.print("\r\u001b[K");
      progressShown = false;
    }
  }
}

package org.practicesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Repair;

/** Writes repair and problem reports on stderr. */
final class Reports {
  private Reports() {}

  /** A summary of repairs by reason, or with {@code verbose} every repair with its entry's source. */
  static void printRepairs(PrintWriter err, ParseResult parsed, boolean verbose) {
    Map<String, Integer> byReason = new TreeMap<>();
    for (Entry e : parsed.entries()) {
      for (Repair r : e.repairs()) {
        if (verbose) {
          err.println("repair: " + e.source() + ": " + e.id() + ": " + r);
        }
        byReason.merge(r.field() + ": " + r.reason(), 1, Integer::sum);
      }
    }
    if (!verbose && !byReason.isEmpty()) {
      byReason.forEach((reason, n) -> err.printf("repaired %d× %s%n", n, reason));
      err.println("(--verbose lists every repair)");
    }
  }

  /** One line per problem: {@code error: file:line: message} (rejected) or {@code warning: ...}. */
  static void printProblems(PrintWriter err, List<Problem> problems) {
    for (Problem p : problems) {
      err.println((p.rejected() ? "error: " : "warning: ") + p);
    }
  }

  /**
   * The acronyms the indexed text defines ("Standard Operating Procedures (SOPs)"): how many, and with
   * {@code verbose} each with what became of it (a group of its own, added to a curated group, already curated,
   * or ignored because the lexicon gives the acronym another meaning).
   */
  static void printDefinitions(PrintWriter err, java.nio.file.Path dir, boolean verbose) throws java.io.IOException {
    try (org.practicesearch.search.SearchIndex index = org.practicesearch.search.SearchIndex.open(dir)) {
      var mined = index.definitions();
      long used = mined.stream().filter(m -> !m.outcome().equals("ignored")).count();
      err.printf("acronyms defined in the text: %d (%d used, %d ignored for a curated meaning)%s%n", mined.size(), used,
          mined.size() - used, verbose || mined.isEmpty() ? "" : "; --verbose lists them");
      if (verbose) {
        mined.forEach(m -> err.println("  " + m));
      }
    }
  }
}

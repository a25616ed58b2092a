package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import org.practicesearch.model.Entry;

/** What one page gave: entries, teasers still to be merged, problems. Mutable, used while parsing. */
final class PageParse {
  final List<Entry> entries = new ArrayList<>();
  final List<Teaser> teasers = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  /** True for JSON Lines, whose entries carry their own ids (never merged by URL nor checked for look-alikes). */
  boolean idsGiven;

  /**
   * A practice teaser from a guideline page.
   *
   * @param countries the teaser's countries
   * @param practiceTypes its practice types
   * @param text its (possibly cut) text
   * @param guideline the guideline of the page it is listed on
   * @param source {@code file:line}
   */
  record Teaser(List<String> countries, List<String> practiceTypes, String text, String guideline, String source) {}
}

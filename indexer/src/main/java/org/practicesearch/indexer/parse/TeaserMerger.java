package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * Merges practice teasers into the full practices they summarise.
 *
 * <p>A teaser whose text (without a trailing "...") begins the description of a practice read in full is
 * the same practice: the practice gains the teaser's guideline and source. Other teasers become practices of
 * their own, marked as summaries (a teaser listed on two guideline pages is one summary).
 */
final class TeaserMerger {
  private static final int MIN_PREFIX = 40;

  private TeaserMerger() {}

  static List<Entry> merge(List<Entry> entries, List<PageParse.Teaser> teasers) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry e : entries) {
      byId.merge(e.id(), e, Duplicates::same);
    }
    for (PageParse.Teaser t : teasers) {
      Entry full = findFull(byId.values(), t);
      if (full != null) {
        Entry.Builder b = full.toBuilder();
        if (!full.guidelines().contains(t.guideline())) {
          b.addGuideline(t.guideline());
        }
        List<String> sources = new ArrayList<>(full.sources());
        sources.add(t.source());
        byId.put(full.id(), b.sources(sources).build());
      } else {
        Entry summary = summary(t);
        byId.merge(summary.id(), summary, Duplicates::same);
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static Entry findFull(Iterable<Entry> entries, PageParse.Teaser t) {
    String key = Text.key(stripEllipsis(t.text()));
    if (key.length() < MIN_PREFIX) {
      return null;
    }
    for (Entry e : entries) {
      if (e.kind() == Kind.PRACTICE && !e.summary() && Text.key(e.description()).startsWith(key)) {
        return e;
      }
    }
    return null;
  }

  private static Entry summary(PageParse.Teaser t) {
    String text = t.text();
    return Entry.builder(Ids.practice(stripEllipsis(text), t.countries(), ""), Kind.PRACTICE)
        .title(Titles.derive(text)).description(text).countries(t.countries()).practiceTypes(t.practiceTypes())
        .guidelines(List.of(t.guideline())).summary(true).source(t.source()).build();
  }

  static String stripEllipsis(String text) {
    String t = text.strip();
    while (t.endsWith("...") || t.endsWith("…")) {
      t = t.endsWith("…") ? t.substring(0, t.length() - 1) : t.substring(0, t.length() - 3);
      t = t.strip();
    }
    return t.replaceAll("\\s*-+$", "");
  }
}

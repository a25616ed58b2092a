package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * Merges practice teasers into the full practices they summarise, and indexes each entry once.
 *
 * <p>A teaser whose text (without a trailing "...") begins the description of a practice read in full is
 * the same practice: the practice gains the teaser's guideline. Other teasers become practices of their
 * own, marked as summaries. Entries with the same id (a listing repeated on several pages) are kept once.
 */
final class TeaserMerger {
  private static final int MIN_PREFIX = 40;

  private TeaserMerger() {}

  static List<Entry> merge(List<Entry> entries, List<PageParse.Teaser> teasers) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry e : entries) {
      byId.merge(e.id(), e, TeaserMerger::same);
    }
    for (PageParse.Teaser t : teasers) {
      Entry full = findFull(byId.values(), t);
      if (full != null) {
        Entry.Builder b = full.toBuilder();
        if (!full.guidelines().contains(t.guideline())) {
          b.addGuideline(t.guideline());
        }
        byId.put(full.id(), b.build());
      } else {
        Entry summary = summary(t);
        byId.merge(summary.id(), summary, TeaserMerger::same);
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
    return Entry.builder(Ids.of(Kind.PRACTICE, stripEllipsis(text)), Kind.PRACTICE)
        .title(Titles.derive(text)).description(text).countries(t.countries()).practiceTypes(t.practiceTypes())
        .guidelines(List.of(t.guideline())).summary(true).source(t.source()).build();
  }

  /** Two reads of one entry: keep the first, with the lists of both. */
  private static Entry same(Entry first, Entry second) {
    Entry.Builder b = first.toBuilder();
    b.guidelines(union(first.guidelines(), second.guidelines()));
    b.categories(union(first.categories(), second.categories()));
    b.sources(union(first.sources(), second.sources()));
    b.addRepair(new Repair("source", second.source(), first.source(), "the same entry again; indexed once"));
    return b.build();
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
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

package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Repair;

/**
 * Keeps each entry once, and only true duplicates: entries with one id (the same page content, the same
 * listing entry on several listing pages) and page entries saved from one URL are merged, keeping every
 * source, topic, guideline and category. Look-alikes (one description, but another title or other countries)
 * stay apart, each later one with a warning naming the first.
 */
final class Duplicates {
  private Duplicates() {}

  /**
   * Merges entries with the same id, then page entries with the same URL (into the one whose id sorts first,
   * so the result does not depend on file order).
   *
   * @param entries the entries, in reading order
   * @param given ids the input gave (JSON Lines): such entries are merged by id only, never by URL
   * @return each entry once
   */
  static List<Entry> merge(List<Entry> entries, Set<String> given) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry e : entries) {
      byId.merge(e.id(), e, Duplicates::same);
    }
    Map<String, String> idByUrl = new HashMap<>();
    for (Entry e : List.copyOf(byId.values())) {
      if (e.url().isEmpty() || given.contains(e.id())) {
        continue;
      }
      String other = idByUrl.putIfAbsent(e.kind().id() + " " + e.url(), e.id());
      if (other != null) {
        Entry a = byId.remove(other);
        Entry b = byId.remove(e.id());
        Entry kept = a.id().compareTo(b.id()) <= 0 ? same(a, b) : same(b, a);
        byId.put(kept.id(), kept);
        idByUrl.put(e.kind().id() + " " + e.url(), kept.id());
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Two reads of one entry: keep the first, with the lists and sources of both. */
  static Entry same(Entry first, Entry second) {
    Entry.Builder b = first.toBuilder();
    b.guidelines(union(first.guidelines(), second.guidelines()));
    b.categories(union(first.categories(), second.categories()));
    b.topics(union(first.topics(), second.topics()));
    b.sources(union(first.sources(), second.sources()));
    b.addRepair(new Repair("source", second.source(), first.source(), "the same entry again; indexed once"));
    return b.build();
  }

  /**
   * Warnings for page entries of one kind that share a description but are different entries (another title
   * or other countries): each but the first (by source) is reported at its source, naming the first.
   *
   * @param entries the merged entries
   * @param given ids the input gave (JSON Lines): not checked, their ids are the input's decision
   * @return the warnings
   */
  static List<Problem> lookAlikes(List<Entry> entries, Set<String> given) {
    Map<String, List<Entry>> groups = new HashMap<>();
    for (Entry e : entries) {
      if (given.contains(e.id()) || e.summary()) {
        continue;
      }
      if (!e.description().isBlank()) {
        groups.computeIfAbsent(e.kind().id() + "\n" + e.description().strip(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Problem> out = new ArrayList<>();
    for (List<Entry> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(Comparator.comparing(Entry::source).thenComparing(Entry::id));
      Entry first = group.get(0);
      for (Entry e : group.subList(1, group.size())) {
        out.add(Problem.warning(file(e.source()), line(e.source()), "same description as " + first.id() + " ("
            + first.source() + ") but another title or other countries; kept as a separate " + e.kind().id()));
      }
    }
    out.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return out;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  private static String file(String source) {
    int colon = source.lastIndexOf(':');
    return colon > 0 ? source.substring(0, colon) : source;
  }

  private static int line(String source) {
    int colon = source.lastIndexOf(':');
    try {
      return colon > 0 ? Integer.parseInt(source.substring(colon + 1)) : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}

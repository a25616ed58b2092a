package org.practicesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.practicesearch.schema.Dimension;

/**
 * The facet counts of browsing without text (the landing page, a facet click before any query), kept per
 * point-in-time reader and keyed by the base query (match-all, or a year range) and the filters. A refresh
 * opens a new reader with an empty cache, so counts are never stale. Bounded by the bytes of the counts it
 * holds, least recently used first out.
 */
final class CountCache {
  /** The most the counts of one reader may take. */
  static final long MAX_BYTES = 32L << 20;

  /**
   * @param base the base query (no text: match-all, possibly with a year range)
   * @param filters the resolved filters, values by dimension
   */
  record Key(Query base, Map<Dimension, List<String>> filters) {
    Key {
      filters = Map.copyOf(filters);
    }
  }

  /**
   * @param counts per global ordinal, drill-sideways for the filtered dimensions
   * @param hits the number of documents matching the base query and every filter
   */
  record Counts(int[] counts, long hits) {}

  private final Map<Key, Counts> map = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  synchronized Counts get(Key key) {
    Counts c = map.get(key);
    if (c == null) {
      misses++;
    } else {
      hits++;
    }
    return c;
  }

  synchronized void put(Key key, Counts counts) {
    long size = 4L * counts.counts().length;
    if (size > MAX_BYTES) {
      return;
    }
    Counts old = map.put(key, counts);
    bytes += size - (old == null ? 0 : 4L * old.counts().length);
    var eldest = map.entrySet().iterator();
    while (bytes > MAX_BYTES && eldest.hasNext()) {
      bytes -= 4L * eldest.next().getValue().counts().length;
      eldest.remove();
    }
  }

  /** How many lookups found counts and how many did not, since the reader opened. */
  synchronized long[] hitsAndMisses() {
    return new long[] {hits, misses};
  }

  synchronized long bytes() {
    return bytes;
  }
}

package org.practicesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * A searcher together with what is computed once per point-in-time reader: the facet ordinal state, which
 * regions have sub-regions, and, built on first use per dimension, a case- and accent-insensitive index of
 * its facet labels (so that {@code --filter practice_type=tools} or {@code region=Western Africa} find the
 * indexed value). Made by the SearcherManager when a reader opens, never per query.
 */
final class ReaderState extends IndexSearcher {
  /**
   * BM25 with k1=0.9, b=0.4 (Anserini's defaults): entries are short, and a lighter length normalisation
   * ranks better on them and on CACM (docs/RELEVANCE.md).
   */
  static final org.apache.lucene.search.similarities.Similarity SIMILARITY =
      new org.apache.lucene.search.similarities.BM25Similarity(0.9f, 0.4f);

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A dimension with more values than this (authors, in a large library) is not held in a map of exact labels. */
  static final int EXACT_MAP_LIMIT = 10_000;

  private final SortedSetDocValuesReaderState facetState;
  /** Per dimension, its labels: built when a filter of that dimension is first resolved. */
  private final Map<Dimension, Labels> labels = new ConcurrentHashMap<>();
  /** The paths of hierarchical dimensions that have sub-values ({@code Africa}, not {@code Africa/Western Africa}). */
  private final Map<Dimension, Set<String>> parents = new HashMap<>();

  ReaderState(IndexReader reader) throws IOException {
    super(reader);
    setSimilarity(SIMILARITY);
    this.facetState = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    if (facetState != null) {
      for (Dimension d : Dimension.values()) {
        if (d.hierarchical()) {
          forEachLabel(d, path -> {
            if (path.length > 1) {
              parents.computeIfAbsent(d, x -> new HashSet<>())
                  .add(String.join(Dimension.PATH_SEPARATOR, Arrays.copyOf(path, path.length - 1)));
            }
          });
        }
      }
    }
  }

  /** Whether a value of a hierarchical dimension (a path) has sub-values in this reader. */
  boolean hasChildren(Dimension d, String[] path) {
    Set<String> p = parents.get(d);
    return p != null && p.contains(String.join(Dimension.PATH_SEPARATOR, path));
  }

  /** The facet state, or null for an empty index. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /**
   * Finds the indexed value a user's filter means: exact, then case- and accent-insensitive; for a
   * hierarchical dimension also by its last path element.
   *
   * @return the indexed value (a path for hierarchical dimensions), or null when the index has none
   */
  String resolve(Dimension d, String value) {
    if (facetState == null) {
      return null;
    }
    try {
      Labels l = labels.computeIfAbsent(d, this::labels);
      if (l.exact() != null ? l.exact().contains(value) : indexed(d, value)) {
        return value;
      }
      return l.folded(this, d).get(key(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A dimension's labels: the exact ones (null above {@link #EXACT_MAP_LIMIT} values: looked up in the terms
   * instead) and, built on the first filter value that is not exact, folded label to indexed value.
   */
  private static final class Labels {
    private final Set<String> exact;
    private volatile Map<String, String> folded;

    Labels(Set<String> exact) {
      this.exact = exact;
    }

    Set<String> exact() {
      return exact;
    }

    Map<String, String> folded(ReaderState state, Dimension d) throws IOException {
      Map<String, String> m = folded;
      if (m == null) {
        synchronized (this) {
          m = folded;
          if (m == null) {
            Map<String, String> built = new HashMap<>();
            state.forEachLabel(d, path -> {
              String full = String.join(Dimension.PATH_SEPARATOR, path);
              built.putIfAbsent(key(full), full);
              built.putIfAbsent(key(path[path.length - 1]), full);
            });
            folded = m = built;
          }
        }
      }
      return m;
    }
  }

  private Labels labels(Dimension d) {
    try {
      SortedSetDocValues dv = facetState.getDocValues();
      long[] range = range(dv, d);
      if (range[1] - range[0] > EXACT_MAP_LIMIT) {
        return new Labels(null);
      }
      Set<String> exact = new HashSet<>();
      forEachLabel(d, path -> exact.add(String.join(Dimension.PATH_SEPARATOR, path)));
      return new Labels(exact);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean indexed(Dimension d, String value) throws IOException {
    String[] path = d.hierarchical() ? value.split(Dimension.PATH_SEPARATOR, -1) : new String[] {value};
    for (String p : path) {
      if (p.isEmpty()) {
        return false;
      }
    }
    return facetState.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(d.id(), path))) >= 0;
  }

  /** Calls {@code action} with the path below the dimension of each of its ordinals, in ordinal order. */
  private void forEachLabel(Dimension d, Consumer<String[]> action) throws IOException {
    SortedSetDocValues dv = facetState.getDocValues();
    long[] range = range(dv, d);
    for (long ord = range[0]; ord < range[1]; ord++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      if (path.length > 1) {
        action.accept(Arrays.copyOfRange(path, 1, path.length));
      }
    }
  }

  /** A dimension's ordinals, from and to: contiguous, as its terms all start with the dimension and the delimiter. */
  private static long[] range(SortedSetDocValues dv, Dimension d) throws IOException {
    return new long[] {insertionPoint(dv, d.id() + FacetsConfig.DELIM_CHAR),
        insertionPoint(dv, d.id() + (char) (FacetsConfig.DELIM_CHAR + 1))};
  }

  private static long insertionPoint(SortedSetDocValues dv, String term) throws IOException {
    long ord = dv.lookupTerm(new BytesRef(term));
    return ord >= 0 ? ord : -ord - 1;
  }

  static String key(String s) {
    String folded = MARKS.matcher(java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD))
        .replaceAll("").replace('\u2019', '\'');
    return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}

package org.practicesearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * A searcher together with what is computed once per point-in-time reader: the facet ordinal state and
 * a case-insensitive index of the facet labels (so that {@code --filter practice_type=tools} or
 * {@code region=Western Africa} find the indexed value). Built by the SearcherManager when a reader opens,
 * never per query.
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

  private final SortedSetDocValuesReaderState facetState;
  private final Map<Dimension, Map<String, String>> labels = new HashMap<>();
  /** The paths of hierarchical dimensions that have sub-values ({@code Africa}, not {@code Africa/Western Africa}). */
  private final Map<Dimension, Set<String>> parents = new HashMap<>();

  ReaderState(IndexReader reader) throws IOException {
    super(reader);
    setSimilarity(SIMILARITY);
    this.facetState = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    if (facetState != null) {
      readLabels(facetState);
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
    Map<String, String> m = labels.getOrDefault(d, Map.of());
    String found = m.get(key(value));
    return found;
  }

  private void readLabels(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues dv = state.getDocValues();
    for (long ord = 0; ord < dv.getValueCount(); ord++) {
      BytesRef term = dv.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      Dimension d;
      try {
        d = Dimension.parse(path[0]);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String[] rest = java.util.Arrays.copyOfRange(path, 1, path.length);
      String full = String.join(Dimension.PATH_SEPARATOR, rest);
      Map<String, String> m = labels.computeIfAbsent(d, x -> new HashMap<>());
      m.putIfAbsent(key(full), full);
      if (rest.length > 0) {
        m.putIfAbsent(key(rest[rest.length - 1]), full);
      }
      if (rest.length > 1) {
        parents.computeIfAbsent(d, x -> new HashSet<>())
            .add(String.join(Dimension.PATH_SEPARATOR, java.util.Arrays.copyOf(rest, rest.length - 1)));
      }
    }
  }

  static String key(String s) {
    String folded = MARKS.matcher(java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD))
        .replaceAll("").replace('\u2019', '\'');
    return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}

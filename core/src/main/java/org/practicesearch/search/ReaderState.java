package org.practicesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * A searcher together with what is computed once per point-in-time reader: the facet ordinal state, which
 * regions have sub-regions, and, built on first use per dimension, a case- and accent-insensitive index of
 * its facet labels (so that {@code --filter practice_type=tools} or {@code region=Western Africa} find the
 * indexed value). Made by the SearcherManager when a reader opens, never per query.
 */
final class ReaderState extends CountingSearcher {
  /**
   * BM25 with k1=1.2, b=0.4: entries are short, and a lighter length normalisation
   * ranks better on them and on CACM (docs/RELEVANCE.md).
   */
  static final org.apache.lucene.search.similarities.Similarity SIMILARITY =
      new org.apache.lucene.search.similarities.BM25Similarity(RankingProfile.BM25_K1, RankingProfile.BM25_B);

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A dimension with more values than this (authors, in a large library) is not held in a map of exact labels. */
  static final int EXACT_MAP_LIMIT = 10_000;

  private final SortedSetDocValuesReaderState facetState;
  /** The facet ordinals in columns (segments shared with earlier readers), or null for an empty index. */
  private final FacetColumns facetColumns;
  /** Counts of browsing without text, for this reader only. */
  private final CountCache countCache;
  private final java.util.concurrent.Executor executor;
  /** This reader without the executor, made on first use ({@link #sequential()}). */
  private volatile IndexSearcher sequential;
  /** The bundled lexicon with the acronym definitions this reader's text gives, merged once per reader. */
  private final Lexicon.Merged lexicon;
  /**
   * Per dimension, built when a filter of it is first resolved: its exact labels, or none above
   * {@link #EXACT_MAP_LIMIT} values (then looked up in the terms).
   */
  private final Map<Dimension, Optional<Set<String>>> exact = new ConcurrentHashMap<>();
  /** Per dimension, folded label to indexed value: built on the first filter value that is not exact. */
  private final Map<Dimension, Map<String, String>> folded = new ConcurrentHashMap<>();
  /** The paths of hierarchical dimensions that have sub-values ({@code Africa}, not {@code Africa/Western Africa}). */
  private final Map<Dimension, Set<String>> parents = new HashMap<>();

  ReaderState(IndexReader reader) throws IOException {
    this(reader, SearchTuning.DEFAULT);
  }

  ReaderState(IndexReader reader, SearchTuning tuning) throws IOException {
    super(reader, tuning.executor());
    this.executor = tuning.executor();
    if (executor == null) {
      sequential = this;
    }
    this.countCache = tuning.countCache() ? new CountCache() : null;
    setSimilarity(SIMILARITY);
    this.facetState = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    this.facetColumns = facetState == null ? null : FacetColumns.of(reader, facetState);
    JointNorms.warm(reader, Schema.TEXT_FIELDS);
    this.lexicon = Lexicon.bundled().merge(definitions(reader));
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

  /**
   * A searcher over the same reader whose collection stops at a deadline ({@link IndexSearcher#timedOut()} then
   * says so). A new one per search, as its timed-out flag is the search's own.
   *
   * @param deadline the {@link System#nanoTime()} at which to stop
   */
  IndexSearcher timed(long deadline) {
    return timed(deadline, true);
  }

  /**
   * As {@link #timed(long)}, on the executor's threads too or on the calling thread only.
   *
   * @param parallel whether the slices of the search may run on the executor (when there is one)
   */
  IndexSearcher timed(long deadline, boolean parallel) {
    IndexSearcher s = new TimedSearcher(getIndexReader(), parallel ? executor : null, deadline);
    s.setSimilarity(SIMILARITY);
    return s;
  }

  /**
   * This reader searched on the calling thread only (this state itself when it has no executor): for a search
   * while others run, whose cores are taken already.
   */
  IndexSearcher sequential() {
    IndexSearcher s = sequential;
    if (s == null) {
      s = new CountingSearcher(getIndexReader(), null);
      s.setSimilarity(SIMILARITY);
      sequential = s; // a race builds two alike
    }
    return s;
  }

  /** The acronym definitions indexed in the {@link Schema#DEFINITIONS} field, in term order. */
  private static List<AcronymDefinitions.Definition> definitions(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.DEFINITIONS);
    List<AcronymDefinitions.Definition> out = new ArrayList<>();
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        AcronymDefinitions.Definition d = AcronymDefinitions.Definition.parse(t.utf8ToString());
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The lexicon queries on this reader use, and what became of each definition the index holds. */
  Lexicon.Merged lexicon() {
    return lexicon;
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

  /** The facet columns, or null for an empty index. */
  FacetColumns facetColumns() {
    return facetColumns;
  }

  /** The cache of counts of browsing without text, or null when off. */
  CountCache countCache() {
    return countCache;
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
    Optional<Set<String>> labels = exact.computeIfAbsent(d, this::exactLabels);
    if (labels.isPresent() ? labels.get().contains(value) : indexed(d, value)) {
      return value;
    }
    return folded.computeIfAbsent(d, this::foldedLabels).get(key(value));
  }

  private Optional<Set<String>> exactLabels(Dimension d) {
    if (size(d) > EXACT_MAP_LIMIT) {
      return Optional.empty();
    }
    Set<String> out = new HashSet<>();
    forEachLabel(d, path -> out.add(String.join(Dimension.PATH_SEPARATOR, path)));
    return Optional.of(out);
  }

  private Map<String, String> foldedLabels(Dimension d) {
    Map<String, String> out = new HashMap<>();
    forEachLabel(d, path -> {
      String full = String.join(Dimension.PATH_SEPARATOR, path);
      out.putIfAbsent(key(full), full);
      out.putIfAbsent(key(path[path.length - 1]), full);
    });
    return out;
  }

  private boolean indexed(Dimension d, String value) {
    String[] path = d.path(value);
    for (String p : path) {
      if (p.isEmpty()) {
        return false;
      }
    }
    try {
      return facetState.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(d.id(), path))) >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Calls {@code action} with the path below the dimension of each of its ordinals, in ordinal order. */
  private void forEachLabel(Dimension d, Consumer<String[]> action) {
    try {
      SortedSetDocValues dv = facetState.getDocValues();
      for (long ord = first(dv, d), end = end(dv, d); ord < end; ord++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
        if (path.length > 1) {
          action.accept(Arrays.copyOfRange(path, 1, path.length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many labels (ordinals) a dimension has. */
  private long size(Dimension d) {
    try {
      SortedSetDocValues dv = facetState.getDocValues();
      return end(dv, d) - first(dv, d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // a dimension's ordinals are contiguous: its terms all start with the dimension and the delimiter
  private static long first(SortedSetDocValues dv, Dimension d) throws IOException {
    return insertionPoint(dv, d.id() + FacetsConfig.DELIM_CHAR);
  }

  private static long end(SortedSetDocValues dv, Dimension d) throws IOException {
    return insertionPoint(dv, d.id() + (char) (FacetsConfig.DELIM_CHAR + 1));
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

  @Override
  protected LeafSlice[] slices(java.util.List<org.apache.lucene.index.LeafReaderContext> leaves) {
    return executor == null ? super.slices(leaves) : SearchTuning.slices(leaves);
  }
}

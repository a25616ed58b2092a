package org.practicesearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * A practice-search index opened for searching. Open it once and share it: it is thread-safe, and every
 * search sees one consistent committed state of the index. Call {@link #refresh()} to see commits made
 * since it was opened. Close it when done.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(Path.of("my-index"))) {
 *   SearchResponse r = index.search(SearchRequest.builder().text("trafficking").filter("country", "Jordan").build());
 *   r.hits().forEach(h -> System.out.println(h.title()));
 * }
 * }</pre>
 */
public final class SearchIndex implements SearchBackend {
  private final Directory directory;
  private final SearcherManager searchers;
  /** The searches running now ({@link #search(SearchRequest, Duration)}). */
  private final AtomicInteger running = new AtomicInteger();
  private final QueryFactory queries = new QueryFactory();
  private final Snippets snippets = new Snippets();
  private final Corrector corrector = new Corrector();

  private SearchIndex(Directory directory, SearcherManager searchers) {
    this.directory = directory;
    this.searchers = searchers;
  }

  /**
   * Opens the index in a directory.
   *
   * @param dir the index directory
   * @return the open index
   * @throws IncompatibleIndexException if there is no practice-search index there, or it was built by
   *     another schema version (re-index to fix)
   * @throws IOException if it cannot be read
   */
  public static SearchIndex open(Path dir) throws IOException {
    return open(dir, SearchTuning.DEFAULT);
  }

  /**
   * Opens the index in a directory, tuned.
   *
   * @param dir the index directory
   * @param tuning the executor for one search's slices, and whether counts of browsing are cached
   * @return the open index
   * @throws IncompatibleIndexException as {@link #open(Path)}
   * @throws IOException if it cannot be read
   */
  public static SearchIndex open(Path dir, SearchTuning tuning) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IncompatibleIndexException("no index at " + dir + ": run 'practice-search index' first");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IncompatibleIndexException("no index at " + dir + ": run 'practice-search index' first");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        checkVersion(dir, reader);
        SearcherManager manager = new SearcherManager(reader, new SearcherFactory() {
          @Override
          public org.apache.lucene.search.IndexSearcher newSearcher(IndexReader r, IndexReader previous)
              throws IOException {
            return new ReaderState(r, tuning);
          }
        });
        return new SearchIndex(directory, manager);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkVersion(Path dir, DirectoryReader reader) throws IOException {
    String version = reader.getIndexCommit().getUserData().get(Schema.USER_DATA_VERSION);
    if (version == null) {
      throw new IncompatibleIndexException(
          "the folder " + dir + " holds a Lucene index that practice-search did not write: choose another --index");
    }
    if (!version.equals(Integer.toString(Schema.VERSION))) {
      throw new IncompatibleIndexException("the index at " + dir + " was built by schema version " + version
          + " but this version reads " + Schema.VERSION + ": re-index with 'practice-search index'");
    }
  }

  /**
   * Runs a search with no time budget.
   *
   * @param request what to search for
   * @return total, the page of hits with snippets, drill-sideways facet counts, the expansions used, a
   *     "did you mean" and, when filters leave nothing, the filter to drop
   * @throws IOException if the index cannot be read
   */
  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    return search(request, null);
  }

  /**
   * Runs a search within a time budget. Matching stops when the budget is spent: the response then holds
   * what was found until then and says {@link SearchResponse#timedOut()}. The budget bounds the matching
   * and counting of documents, not the rewriting of the query (fuzzy expansion is bounded by itself).
   *
   * @param request what to search for
   * @param budget the time budget, or null for none; {@link Duration#ZERO} is spent before it starts
   * @return as {@link #search(SearchRequest)}, possibly partial
   * @throws IOException if the index cannot be read
   */
  @Override
  public SearchResponse search(SearchRequest request, Duration budget) throws IOException {
    long start = System.nanoTime();
    ReaderState searcher = (ReaderState) searchers.acquire();
    // with an executor, a search uses the other cores only when it runs alone: while others run, they have them
    boolean alone = running.incrementAndGet() == 1;
    try {
      IndexSearcher timed = budget == null ? (alone ? searcher : searcher.sequential())
          : searcher.timed(start + budget.toNanos(), alone);
      QueryFactory.Understood u = queries.understand(request.text(), request.expandSynonyms(),
          request.correctSpelling(), searcher.getIndexReader(), searcher.lexicon().lexicon());
      Map<Dimension, List<String>> selected = resolveFilters(searcher, merge(request.filters(), u.filters()));
      Query text = request.expandSynonyms() ? Feedback.expand(searcher, u.query(), u.words(), u.proximity())
          : u.query();
      Query base = withYears(text, request);
      DrillDownQuery ddq = drillDown(base, selected);
      // ranked by relevance, proximity is scored in a second pass over the best hits only
      Query second = request.sort() == SortOrder.RELEVANCE ? u.proximity() : null;
      int topN = Rescoring.window(Math.max(1, request.page() * request.size()), second);
      TopDocs top;
      Map<String, List<FacetValue>> facets;
      if (searcher.facetState() == null) {
        top = new TopDocs(new org.apache.lucene.search.TotalHits(0,
            org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        facets = Map.of();
      } else if (request.facets().isEmpty()) {
        // no counts asked for: matches are counted up to TRACK_TOTAL only, so that a frequent word does not
        // make the search visit every match (past the threshold, non-competitive hits are skipped)
        org.apache.lucene.search.Sort sort = Sorts.of(request.sort());
        int threshold = request.exactTotal() ? Integer.MAX_VALUE : SearchRequest.TRACK_TOTAL;
        // a window to rescore needs no tie-break by id in the first pass (Rescoring.rescore breaks ties); sorted
        // by relevance, a hit's score is otherwise its first sort value (Rescoring.scoreOf)
        // few entries pass the filters: each is scored where it is, rather than skipping by score (ScoreEvery)
        boolean few = fewPass(searcher.getIndexReader(), selected);
        // the filters as one, which loads a window of its matches a filter at a time (AllOf)
        Query filtered = AllOf.filter(base, List.of(ddq.getDrillDownQueries()));
        top = second != null
            ? timed.search(filtered, ScoreEvery.when(few,
                new org.apache.lucene.search.TopScoreDocCollectorManager(topN, threshold)))
            : timed.search(filtered, ScoreEvery.when(few,
                new org.apache.lucene.search.TopFieldCollectorManager(sort, topN, null, threshold)));
        facets = Map.of();
      } else {
        FacetSearch.Result r = FacetSearch.search(searcher, timed, base, selected, ddq, request, topN);
        top = r.top();
        facets = FacetReader.read(r.facets(), searcher, request, selected);
      }
      boolean counted = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
      boolean lowerBound = !counted && request.facets().isEmpty();
      // a lower bound is reported as the threshold itself, as Elasticsearch does ("10000, gte")
      long total = lowerBound ? SearchRequest.TRACK_TOTAL : counted ? top.totalHits.value() : timed.count(ddq);
      top = Rescoring.rescore(searcher, top, second, Math.max(1, request.page() * request.size()));
      List<Hit> page = page(searcher, top, u.query(), Rescoring.combined(u.query(), second), request);
      // past the budget, no further searches for a correction or a filter to drop
      boolean timedOut = timed.timedOut();
      String suggestion = timedOut ? null : suggest(timed, searcher, u, request, selected);
      SearchResponse.Relaxation relaxation = !timedOut && total == 0 && selected.size() + (request.yearFrom() == null
          && request.yearTo() == null ? 0 : 1) > 0 ? relax(timed, base, text, selected, request) : null;
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResponse(request.text(), total, page, facets, tookMs, u.expansions(), suggestion,
          u.notices(), relaxation, lowerBound, timed.timedOut(), u.corrected());
    } finally {
      running.decrementAndGet();
      searchers.release(searcher);
    }
  }

  /**
   * Whether few entries can pass the filters ({@link ScoreEvery#few}): at most as many as the values of the
   * filtered dimension whose values the fewest entries hold; false without filters.
   */
  private static boolean fewPass(IndexReader reader, Map<Dimension, List<String>> selected) throws IOException {
    long fewest = Long.MAX_VALUE;
    for (Map.Entry<Dimension, List<String>> e : selected.entrySet()) {
      long n = 0;
      for (String v : e.getValue()) {
        n += reader.docFreq(Schema.drillDownTerm(e.getKey(), v));
      }
      fewest = Math.min(fewest, n);
    }
    return ScoreEvery.few(fewest, reader);
  }

  private static Map<Dimension, List<String>> merge(Map<Dimension, List<String>> a, Map<Dimension, List<String>> b) {
    Map<Dimension, List<String>> out = new LinkedHashMap<>();
    a.forEach((d, v) -> out.put(d, new ArrayList<>(v)));
    b.forEach((d, v) -> out.computeIfAbsent(d, x -> new ArrayList<>()).addAll(v));
    return out;
  }

  private static DrillDownQuery drillDown(Query base, Map<Dimension, List<String>> selected) {
    DrillDownQuery ddq = new DrillDownQuery(Schema.facetsConfig(), base);
    selected.forEach((d, values) -> values.forEach(v -> ddq.add(d.id(), d.path(v))));
    return ddq;
  }

  /**
   * "Did you mean": every word the index does not know (and had no clear correction) replaced by its best
   * correction at once, kept when that text gives hits under the same filters; null otherwise.
   */
  private String suggest(IndexSearcher timed, ReaderState searcher, QueryFactory.Understood u, SearchRequest request,
      Map<Dimension, List<String>> selected) throws IOException {
    if (u.unknownWords().isEmpty()) {
      return null;
    }
    String text = u.text();
    for (String word : u.unknownWords()) {
      String fix = corrector.best(word, searcher.getIndexReader());
      if (fix != null) {
        text = text.replaceFirst("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
            + "(?![\\p{L}\\p{N}])", java.util.regex.Matcher.quoteReplacement(fix));
      }
    }
    if (text.equals(u.text())) {
      return null;
    }
    QueryFactory.Understood fixed = queries.understand(text, request.expandSynonyms(), false,
        searcher.getIndexReader(), searcher.lexicon().lexicon());
    if (!fixed.unknownWords().isEmpty()) {
      return null; // still a word the index does not know: not a correction
    }
    return matchesAny(timed, drillDown(withYears(fixed.query(), request), selected)) ? text : null;
  }

  /** Whether a query has a hit: the search stops at the first (a count would visit every match). */
  private static boolean matchesAny(IndexSearcher searcher, Query q) throws IOException {
    return searcher.search(new org.apache.lucene.search.ConstantScoreQuery(q),
        new org.apache.lucene.search.TopScoreDocCollectorManager(1, 1)).scoreDocs.length > 0;
  }

  /** Which single filter (a dimension, or the year range) to drop when all of them leave no hit. */
  private static SearchResponse.Relaxation relax(IndexSearcher searcher, Query base, Query text,
      Map<Dimension, List<String>> selected, SearchRequest request) throws IOException {
    SearchResponse.Relaxation best = null;
    for (Dimension d : selected.keySet()) {
      Map<Dimension, List<String>> rest = new LinkedHashMap<>(selected);
      rest.remove(d);
      long n = searcher.count(drillDown(base, rest));
      if (n > 0 && (best == null || n > best.hits())) {
        best = new SearchResponse.Relaxation(d.id(), selected.get(d), n);
      }
    }
    if (request.yearFrom() != null || request.yearTo() != null) {
      long n = searcher.count(drillDown(text, selected));
      if (n > 0 && (best == null || n > best.hits())) {
        best = new SearchResponse.Relaxation("year", List.of((request.yearFrom() == null ? "" : request.yearFrom())
            + ".." + (request.yearTo() == null ? "" : request.yearTo())), n);
      }
    }
    return best;
  }

  private static Query withYears(Query text, SearchRequest request) {
    if (request.yearFrom() == null && request.yearTo() == null) {
      return text;
    }
    long from = request.yearFrom() == null ? Long.MIN_VALUE : request.yearFrom();
    long to = request.yearTo() == null ? Long.MAX_VALUE : request.yearTo();
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(org.apache.lucene.document.LongField.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER)
        .build();
  }

  /** Maps each filter value onto the indexed value it means; unknown values are kept (they match nothing). */
  private static Map<Dimension, List<String>> resolveFilters(ReaderState searcher,
      Map<Dimension, List<String>> filters) {
    Map<Dimension, List<String>> out = new LinkedHashMap<>();
    filters.forEach((d, values) -> {
      List<String> resolved = new ArrayList<>();
      for (String v : values) {
        String r = searcher.resolve(d, FilterValues.normalise(d, v));
        resolved.add(r != null ? r : FilterValues.normalise(d, v));
      }
      out.put(d, resolved);
    });
    return out;
  }

  /** The page of hits, snippets highlighting {@code text}, explanations of {@code scored} when asked for. */
  private List<Hit> page(ReaderState searcher, TopDocs top, Query text, Query scored, SearchRequest request)
      throws IOException {
    int from = (request.page() - 1) * request.size();
    List<Hit> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    // rewritten once against the index (a typo's fuzzy match becomes the terms it matched), not once per
    // snippet against each text: building the edit-distance automata was most of a typo query's time
    Query highlighted = from < top.scoreDocs.length ? searcher.rewrite(text) : text;
    for (int i = from; i < top.scoreDocs.length && out.size() < request.size(); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Entry e = EntryDocuments.read(stored, sd.doc);
      float score = request.sort() == SortOrder.RELEVANCE ? Rescoring.scoreOf(sd) : Float.NaN;
      Hit.Explanation explanation = request.explain() ? Explainer.explain(searcher, scored, sd.doc) : null;
      out.add(new Hit(e, score, snippets.snippet(highlighted, e.description()), explanation));
    }
    return out;
  }

  /**
   * Ranks entries for free text, for evaluation: ids best first, ties broken by id descending as trec_eval
   * does. No facets, no snippets.
   *
   * @param text the query text
   * @param depth how many ids to return at most (1 to 10,000)
   * @param profile the ranking profile
   * @return the ids, best first
   * @throws IOException if the index cannot be read
   */
  public List<String> rank(String text, int depth, RankingProfile profile) throws IOException {
    if (depth < 1 || depth > SearchRequest.MAX_WINDOW) {
      throw new IllegalArgumentException("depth " + depth + " out of range; expected 1 to " + SearchRequest.MAX_WINDOW);
    }
    org.apache.lucene.search.IndexSearcher shared = searchers.acquire();
    try {
      org.apache.lucene.search.IndexSearcher searcher = shared;
      Query query;
      Query second = null;
      if (profile == RankingProfile.ANSERINI_BM25) {
        // the baseline ranks with Anserini's exact settings, whatever the product's defaults are
        // k1 and b only change scoring, not the indexed norms, so a searcher over the same reader will do
        searcher = new org.apache.lucene.search.IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(new org.apache.lucene.search.similarities.BM25Similarity(0.9f, 0.4f));
        query = queries.bagOfWords(text);
      } else {
        QueryFactory.Understood u = queries.understand(text, true, true, shared.getIndexReader(),
            ((ReaderState) shared).lexicon().lexicon());
        second = u.proximity();
        query = Feedback.expand(searcher, u.query(), u.words(), second);
      }
      TopDocs top = Rescoring.rescore(searcher, searcher.search(query, Rescoring.window(depth, second)), second, depth);
      StoredFields stored = searcher.storedFields();
      List<ScoredId> scored = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        scored.add(new ScoredId(stored.document(sd.doc, java.util.Set.of(Schema.ID)).get(Schema.ID), sd.score));
      }
      scored.sort(java.util.Comparator.comparingDouble(ScoredId::score).reversed()
          .thenComparing(ScoredId::id, java.util.Comparator.reverseOrder()));
      return scored.stream().map(ScoredId::id).toList();
    } finally {
      searchers.release(shared);
    }
  }

  private record ScoredId(String id, float score) {}

  /**
   * The entries most like one entry (more-like-this over title and description), preferring those that
   * share its countries and guidelines, so a practice links to the resources on the same theme.
   *
   * @param id the entry id
   * @param n how many at most (1 to 100)
   * @return the related entries, best first, without the entry itself; empty for an unknown id
   * @throws IOException if the index cannot be read
   */
  @Override
  public List<Hit> related(String id, int n) throws IOException {
    if (n < 1 || n > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("n " + n + " out of range; expected 1 to " + SearchRequest.MAX_SIZE);
    }
    org.apache.lucene.search.IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs self = searcher.search(QueryFactory.byId(id), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      Entry entry = EntryDocuments.read(searcher.storedFields(), self.scoreDocs[0].doc);
      Query q = Related.query(searcher.getIndexReader(), self.scoreDocs[0].doc, entry);
      TopDocs top = searcher.search(q, n + 1);
      List<Hit> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Entry e = EntryDocuments.read(searcher.storedFields(), sd.doc);
        if (!e.id().equals(id) && out.size() < n) {
          out.add(new Hit(e, sd.score, Snippets.start(e.description())));
        }
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The acronym definitions found in the indexed text ("Standard Operating Procedures (SOPs)") and what became
   * of each: a group of its own, added to a curated group, or ignored because the lexicon gives the acronym
   * another meaning.
   *
   * @return the definitions, by acronym
   * @throws IOException if the index cannot be read
   */
  public List<org.practicesearch.analysis.Lexicon.Mined> definitions() throws IOException {
    return withSearcher(s -> s.lexicon().mined());
  }

  /**
   * Finds one entry by id.
   *
   * @param id the entry id
   * @return the entry, or empty when there is none with that id
   * @throws IOException if the index cannot be read
   */
  @Override
  public Optional<Entry> get(String id) throws IOException {
    return withSearcher(s -> {
      TopDocs top = s.search(QueryFactory.byId(id), 1);
      return top.scoreDocs.length == 0 ? Optional.<Entry>empty()
          : Optional.of(EntryDocuments.read(s.storedFields(), top.scoreDocs[0].doc));
    });
  }

  /**
   * The number of entries in the index.
   *
   * @return the count, as of the last refresh
   * @throws IOException if the index cannot be read
   */
  @Override
  public int size() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * What the searches see now: entries by kind, the commit generation and time, the schema version.
   *
   * @return the statistics of the current point-in-time view
   * @throws IOException if the index cannot be read
   */
  @Override
  public IndexStats stats() throws IOException {
    return withSearcher(s -> IndexStats.of(s, directory));
  }

  /**
   * The heap taken by the current reader's caches: its facet columns, joint text lengths and frequent words'
   * exact impacts (all shared with later readers for the segments they keep) and its cached counts.
   *
   * @return bytes
   * @throws IOException if the index cannot be read
   */
  public long cacheBytes() throws IOException {
    return withSearcher(s -> (s.facetColumns() == null ? 0 : s.facetColumns().bytes())
        + JointNorms.bytes(s.getIndexReader(), Schema.TEXT_FIELDS)
        + ExactImpacts.bytes(s.getIndexReader())
        + (s.countCache() == null ? 0 : s.countCache().bytes()));
  }

  /**
   * Makes later searches see the latest commit. Searches already running keep the state they started with;
   * the files of the state before are released when the last of them ends.
   *
   * @return true when later searches see a commit they did not see before
   * @throws IOException if the index cannot be read
   */
  @Override
  public boolean refresh() throws IOException {
    org.apache.lucene.search.IndexSearcher before = searchers.acquire();
    try {
      searchers.maybeRefreshBlocking();
    } finally {
      searchers.release(before);
    }
    org.apache.lucene.search.IndexSearcher after = searchers.acquire();
    try {
      return after != before;
    } finally {
      searchers.release(after);
    }
  }

  /** Work on one point-in-time state of the index. */
  private interface SearcherWork<T> {
    T apply(ReaderState searcher) throws IOException;
  }

  /** Runs {@code work} on the current state, held (its files kept open) until the work ends. */
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    ReaderState searcher = (ReaderState) searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Closes the index; searches running now finish first on their own reader. */
  @Override
  public void close() throws IOException {
    try (Directory d = directory) {
      searchers.close();
    }
  }
}

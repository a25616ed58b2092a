package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.model.Entry;
import org.practicesearch.search.RankingProfile;

/**
 * The baseline: the same work written directly against Lucene, with no layer of ours: the same fields,
 * analyzers, facet storage, writer settings, BM25 parameters, drill-sideways counts over every dimension,
 * stored fields and snippets of the top hits.
 */
final class RawLucene implements AutoCloseable {
  static final String[] DIMS = {"kind", "country", "region", "year", "stakeholder_type", "practice_type",
      "crisis_type", "crisis_phase", "guideline", "category", "author"};
  private static final Map<String, Float> WEIGHTS = Map.of("title", 2.0f, "description", 1.0f, "stakeholders", 1.5f,
      "meta", 0.7f);
  private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortedSetSortField("id", false));
  static final FacetsConfig CONFIG = config();

  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final UnifiedHighlighter highlighter;

  RawLucene(Path path) throws IOException {
    dir = FSDirectory.open(path);
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(RankingProfile.BM25_K1, RankingProfile.BM25_B));
    state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
    highlighter = UnifiedHighlighter.builderWithoutSearcher(Analyzers.text())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), 220, 0.5f))
        .withMaxNoHighlightPassages(1).build();
  }

  private static FacetsConfig config() {
    FacetsConfig c = new FacetsConfig();
    for (String d : DIMS) {
      c.setMultiValued(d, true);
    }
    c.setHierarchical("region", true);
    return c;
  }

  static IndexWriter writer(Path path) throws IOException {
    return new IndexWriter(FSDirectory.open(path), new IndexWriterConfig(Analyzers.indexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64).setCommitOnClose(false));
  }

  static Document document(Entry e) throws IOException {
    Document d = new Document();
    d.add(new KeywordField("id", e.id(), Field.Store.YES));
    d.add(new TextField("title", e.title(), Field.Store.YES));
    d.add(new TextField("description", e.description(), Field.Store.YES));
    d.add(new TextField("spell", e.title() + "\n" + e.description(), Field.Store.NO));
    for (String s : e.stakeholders()) {
      d.add(new TextField("stakeholders", s, Field.Store.YES));
    }
    d.add(new StoredField("kind", e.kind().id()));
    d.add(new StoredField("url", e.url()));
    d.add(new StoredField("source", e.source()));
    d.add(new StoredField("summary", e.summary() ? 1 : 0));
    d.add(new StoredField("region_source", e.regionSource().id()));
    d.add(new StoredField("fingerprint", org.practicesearch.schema.EntryDocuments.fingerprint(e)));
    if (e.year() != null) {
      d.add(new LongField("year", e.year(), Field.Store.YES));
    }
    facet(d, "kind", List.of(e.kind().id()), false);
    facet(d, "country", e.countries(), true);
    facet(d, "region", e.regions(), true);
    facet(d, "year", e.year() == null ? List.of() : List.of(e.year().toString()), false);
    facet(d, "stakeholder_type", e.stakeholderTypes(), true);
    facet(d, "practice_type", e.practiceTypes(), true);
    facet(d, "crisis_type", e.crisisTypes(), true);
    facet(d, "crisis_phase", e.crisisPhases(), true);
    facet(d, "guideline", e.guidelines(), true);
    facet(d, "category", e.categories(), true);
    facet(d, "author", e.authors(), true);
    return CONFIG.build(d);
  }

  private static void facet(Document d, String dim, List<String> values, boolean store) {
    for (String v : values) {
      if (store) {
        d.add(new StoredField("v_" + dim, v));
        d.add(new TextField("meta", v.replace("/", " "), Field.Store.NO));
      }
      d.add(dim.equals("region") ? new SortedSetDocValuesFacetField(dim, v.split("/"))
          : new SortedSetDocValuesFacetField(dim, v));
    }
  }

  /** A search with the same work as ours: drill-sideways counts of every dimension, top 10 with snippets. */
  int search(String text, Map<String, String> filters, boolean countFacets) throws IOException {
    Query q = text.isBlank() ? new MatchAllDocsQuery() : textQuery(text);
    DrillDownQuery ddq = new DrillDownQuery(CONFIG, q);
    filters.forEach((dim, v) -> ddq.add(dim, v));
    int values = 0;
    ScoreDoc[] hits;
    if (countFacets) {
      DrillSideways ds = new DrillSideways(searcher, CONFIG, state);
      DrillSideways.DrillSidewaysResult r = ds.search(ddq, null, null, 10, SORT, true);
      for (String dim : DIMS) {
        values += count(r.facets, dim);
      }
      hits = r.hits.scoreDocs;
    } else {
      // matches counted up to 10,000, as ours does without facets (and Elasticsearch by default)
      hits = searcher.search(ddq, new TopFieldCollectorManager(SORT, 10, null, 10_000)).scoreDocs;
      TopFieldCollector.populateScores(hits, searcher, ddq);
    }
    var stored = searcher.storedFields();
    for (ScoreDoc sd : hits) {
      Document doc = stored.document(sd.doc);
      Object s = highlighter.highlightWithoutSearcher("description", q, doc.get("description"), 1);
      values += s == null ? 0 : 1;
    }
    return values;
  }

  private static int count(Facets facets, String dim) throws IOException {
    try {
      FacetResult fr = facets.getTopChildren(10, dim);
      if (fr == null) {
        return 0;
      }
      int n = fr.labelValues.length;
      if (dim.equals("region")) {
        for (LabelAndValue lv : fr.labelValues) {
          FacetResult child = facets.getTopChildren(10, dim, lv.label);
          n += child == null ? 0 : child.labelValues.length;
        }
      }
      return n;
    } catch (IllegalArgumentException noSuchDim) {
      return 0;
    }
  }

  private static Query textQuery(String text) {
    SimpleQueryParser p = new SimpleQueryParser(Analyzers.text(), WEIGHTS);
    p.setDefaultOperator(Occur.SHOULD);
    Query parsed = p.parse(text);
    Query prox = new QueryBuilder(Analyzers.text()).createPhraseQuery("description", text, 4);
    if (prox instanceof PhraseQuery pq && pq.getTerms().length > 1) {
      return new BooleanQuery.Builder().add(parsed, Occur.SHOULD).add(new BoostQuery(pq, 2f), Occur.SHOULD).build();
    }
    return parsed;
  }

  /**
   * The raw-Lucene side of the CLI start-up measure: one search in a fresh process, with the same work as
   * {@code practice-search search}: open the index, drill-sideways counts, top 10 with snippets, print.
   *
   * @param args the index directory and the query text
   * @throws IOException if the index cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (RawLucene raw = new RawLucene(Path.of(args[0]))) {
      System.out.println(raw.search(args[1], Map.of(), true) + " facet values and snippets");
    }
  }

  static List<String> allDims() {
    return new ArrayList<>(List.of(DIMS));
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}

package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * Counting from the facet columns gives what Lucene's own drill-sideways gives (labels, counts, order, hits),
 * uncached, cached, sequential, within a time budget and in parallel over intra-segment slices, for random
 * filters and text that half or all of the entries match, on a generated index of several segments with
 * deletions; and a refresh after a commit never serves stale counts.
 */
class FacetCountingTest {
  private static final String[] COUNTRIES = {"Jordan", "Kenya", "Chad", "Peru", "Nepal", "Fiji", "Mali"};
  private static final String[] REGIONS = {"Africa/Eastern Africa", "Africa/Western Africa", "Asia/Western Asia",
      "Americas/South America", "Oceania"};
  private static final String[] TYPES = {"Tools", "Training", "Policy", "Research"};

  @Test
  void columnsCountAsLuceneDoesForRandomFilters(@TempDir Path dir) throws IOException {
    Random random = new Random(15);
    write(dir, random);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      assertTrue(reader.leaves().size() >= 3, "several segments");
      ReaderState state = new ReaderState(reader);
      IndexSearcher parallel = new IndexSearcher(reader, pool) {
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
          return slices(leaves, 50, 1, true); // intra-segment partitions too
        }

        @Override
        protected void searchLeaf(LeafReaderContext ctx, int minDocId, int maxDocId, Weight weight,
            Collector collector) throws IOException {
          SidewaysCounter.partition(collector, ctx, minDocId, maxDocId); // as ReaderState says it
          super.searchLeaf(ctx, minDocId, maxDocId, weight, collector);
        }
      };
      parallel.setSimilarity(ReaderState.SIMILARITY);
      assertTrue(parallel.getSlices().length > reader.leaves().size(), "partitioned");
      java.util.Set<String> browsed = new java.util.HashSet<>();
      for (int round = 0; round < 60; round++) {
        // round 0: the landing page (no text, no filter, by relevance), whose page is read off the id terms
        Map<Dimension, List<String>> filters = round == 0 ? new LinkedHashMap<>() : randomFilters(random);
        // text: a word half the entries hold, or words most or all entries hold (counted by their non-matches)
        String text = round % 3 != 1 ? ""
            : List.of("trafficking", "trafficking recent", "trafficking sea").get(round / 3 % 3);
        SearchRequest request = SearchRequest.builder().text(text)
            .sort(round % 3 == 2 ? SortOrder.YEAR_DESC : SortOrder.RELEVANCE)
            .facets(List.of(Dimension.values())).facetLimit(1 + round % 4).build();
        if (request.text().isBlank()) {
          browsed.add(filters.toString());
        }
        String expected = lucene(state, base(request), filters, request);
        String label = "round " + round + " " + filters + " " + request.text();
        assertEquals(expected, ours(state, state, base(request), filters, request), label + " uncached");
        assertEquals(expected, ours(state, state, base(request), filters, request), label + " cached");
        // a fresh state has an empty cache: the parallel count is not a cached one
        assertEquals(expected, ours(new ReaderState(reader), parallel, base(request), filters, request),
            label + " parallel");
        ReaderState fresh = new ReaderState(reader);
        assertEquals(expected, ours(fresh, fresh.timed(System.nanoTime() + 60_000_000_000L), base(request), filters,
            request), label + " within a time budget");
      }
      long[] hm = state.countCache().hitsAndMisses();
      assertEquals(80, hm[0] + hm[1], "browsing requests looked up");
      assertEquals(browsed.size(), hm[1], "each distinct browsing request counted once");
      assertTrue(browsed.size() > 20);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void refreshAfterCommitNeverServesStaleCounts(@TempDir Path dir) throws IOException {
    write(dir, new Random(3));
    SearchRequest landing = SearchRequest.builder().facets(List.of(Dimension.KIND)).build();
    try (SearchIndex index = SearchIndex.open(dir)) {
      String before = kinds(index.search(landing));
      assertEquals(before, kinds(index.search(landing)), "cached");
      long practices = countOf(index.search(landing), "practice");
      commit(dir, w -> w.addDocument(Schema.facetsConfig().build(EntryDocuments.toDocument(
          Entry.builder("new-1", Kind.PRACTICE).title("New").description("trafficking").build()))));
      assertTrue(index.refresh());
      SearchResponse added = index.search(landing);
      assertEquals(practices + 1, countOf(added, "practice"));
      assertEquals(index.size(), added.total());
      commit(dir, w -> w.deleteDocuments(new Term(Schema.ID, "new-1")));
      assertTrue(index.refresh());
      assertEquals(before, kinds(index.search(landing)), "the deletion is seen");
    }
  }

  private interface WriterAction {
    void apply(IndexWriter w) throws IOException;
  }

  private static void commit(Path dir, WriterAction action) throws IOException {
    try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig(Analyzers.indexing())
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      action.apply(w);
      w.setLiveCommitData(Map.of(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION)).entrySet());
      w.commit();
    }
  }

  private static String kinds(SearchResponse r) {
    return r.total() + " " + r.facets().get("kind");
  }

  private static long countOf(SearchResponse r, String kind) {
    return r.facets().get("kind").stream().filter(v -> v.value().equals(kind)).findFirst().orElseThrow().count();
  }

  /** Three commits (three segments), every tenth entry of the first deleted by an update. */
  private static void write(Path dir, Random random) throws IOException {
    try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig(Analyzers.indexing())
        .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 300; i++) {
        w.updateDocument(new Term(Schema.ID, id(i % 200 + (i >= 200 ? i % 10 * 10 : 0))),
            Schema.facetsConfig().build(EntryDocuments.toDocument(entry(id(i % 200 + (i >= 200 ? i % 10 * 10 : 0)), random))));
        if (i % 100 == 99) {
          w.setLiveCommitData(Map.of(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION)).entrySet());
          w.commit();
        }
      }
    }
  }

  private static String id(int i) {
    return String.format(java.util.Locale.ROOT, "e%04d", i);
  }

  private static Entry entry(String id, Random random) {
    return Entry.builder(id, random.nextInt(3) == 0 ? Kind.RESOURCE : Kind.PRACTICE).title("Entry " + id)
        .description(random.nextBoolean() ? "victims of trafficking" : "migrants at sea")
        .year(random.nextInt(4) == 0 ? null : 2000 + random.nextInt(5))
        .countries(some(random, COUNTRIES)).regions(some(random, REGIONS)).practiceTypes(some(random, TYPES)).build();
  }

  private static List<String> some(Random random, String[] values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (random.nextInt(values.length) < 2) {
        out.add(v);
      }
    }
    return out;
  }

  private static Map<Dimension, List<String>> randomFilters(Random random) {
    Map<Dimension, List<String>> out = new LinkedHashMap<>();
    List<Dimension> dims = new ArrayList<>(List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.PRACTICE_TYPE,
        Dimension.KIND, Dimension.YEAR));
    java.util.Collections.shuffle(dims, random);
    for (Dimension d : dims.subList(0, random.nextInt(4))) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        values.add(switch (d) {
          case COUNTRY -> random.nextInt(8) == 0 ? "Atlantis" : COUNTRIES[random.nextInt(COUNTRIES.length)];
          case REGION -> random.nextBoolean() ? "Africa" : REGIONS[random.nextInt(REGIONS.length)];
          case PRACTICE_TYPE -> TYPES[random.nextInt(TYPES.length)];
          case KIND -> random.nextBoolean() ? "practice" : "resource";
          default -> Integer.toString(2000 + random.nextInt(5));
        });
      }
      out.put(d, values);
    }
    return out;
  }

  private static Query base(SearchRequest request) {
    if (request.text().isBlank()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String word : request.text().split(" ")) {
      b.add(switch (word) {
        case "trafficking" -> new TermQuery(new Term(Schema.DESCRIPTION, "traffick"));
        case "recent" -> LongField.newRangeQuery(Schema.YEAR, 2002, Long.MAX_VALUE); // with "trafficking": 3 in 4
        default -> new TermQuery(new Term(Schema.DESCRIPTION, word));
      }, Occur.SHOULD);
    }
    return b.build();
  }

  private static DrillDownQuery drillDown(Query base, Map<Dimension, List<String>> filters) {
    DrillDownQuery ddq = new DrillDownQuery(Schema.facetsConfig(), base);
    filters.forEach((d, values) -> values.forEach(v -> ddq.add(d.id(), d.path(v))));
    return ddq;
  }

  private static String ours(ReaderState state, IndexSearcher searcher, Query base,
      Map<Dimension, List<String>> filters, SearchRequest request) throws IOException {
    DrillDownQuery ddq = drillDown(base, filters);
    FacetSearch.Result r = FacetSearch.search(state, searcher, base, filters, ddq, request, 20);
    return describe(r.top().totalHits.value(), r.top().scoreDocs, FacetReader.read(r.facets(), state, request, filters));
  }

  private static String lucene(ReaderState state, Query base, Map<Dimension, List<String>> filters,
      SearchRequest request) throws IOException {
    DrillSideways ds = new DrillSideways(state, Schema.facetsConfig(), state.facetState());
    DrillSideways.DrillSidewaysResult r = ds.search(drillDown(base, filters), null, null, 20,
        Sorts.of(request.sort()), request.sort() == SortOrder.RELEVANCE);
    return describe(r.hits.totalHits.value(), r.hits.scoreDocs, FacetReader.read(r.facets, state, request, filters));
  }

  private static String describe(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets) {
    return total + " " + Arrays.stream(hits).map(h -> h.doc + ":" + h.score).toList() + " " + facets;
  }
}

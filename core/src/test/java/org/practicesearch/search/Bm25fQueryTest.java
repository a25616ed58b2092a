package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Bm25fQuery} scores exactly as Lucene's CombinedFieldQuery, matches the same documents, and its top
 * hits when it skips blocks (a total counted only up to 1, so skipping starts at once) are those of an
 * exhaustive search. Over a generated index of 30,000 documents in 3 segments, so that frequent words span many
 * blocks of postings, with a sparse field and fields of very different lengths.
 */
class Bm25fQueryTest {
  private static final Map<String, Float> FIELDS = fields();
  private static final String[] WORDS = {"migrant", "worker", "return", "child", "border", "camp", "shelter",
      "visa", "labour", "rights", "health", "asylum", "family", "trafficking", "crisis", "flood"};
  private static Directory dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  private static Map<String, Float> fields() {
    Map<String, Float> m = new LinkedHashMap<>();
    m.put("title", 2f);
    m.put("description", 1f);
    m.put("tags", 1f);
    return m;
  }

  @BeforeAll
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    SplittableRandom r = new SplittableRandom(7);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 30_000; i++) {
        Document d = new Document();
        if (i % 3_000 == 1_234) {
          // the best matches of "shelter", far apart: everything between can be skipped
          d.add(new TextField("title", "shelter ".repeat(6), Field.Store.NO));
          d.add(new TextField("description", "shelter ".repeat(6), Field.Store.NO));
          w.addDocument(d);
          continue;
        }
        d.add(new TextField("title", text(r, 1 + r.nextInt(6)), Field.Store.NO));
        d.add(new TextField("description", text(r, 5 + r.nextInt(i % 50 == 0 ? 400 : 60)), Field.Store.NO));
        if (r.nextInt(4) == 0) {
          d.add(new TextField("tags", text(r, 1 + r.nextInt(3)), Field.Store.NO));
        }
        w.addDocument(d);
        if (i % 10_000 == 9_999) {
          w.commit();
        }
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(1.2f, 0.4f));
    searcher.setQueryCache(null);
  }

  /** Words by a skewed distribution: the first are in most documents, some several times. */
  private static String text(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int k = (int) (WORDS.length * Math.pow(r.nextDouble(), 3));
      sb.append(i == 0 ? "" : " ").append(WORDS[k]);
    }
    return sb.toString();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static Query lucene(String word) {
    CombinedFieldQuery.Builder b = new CombinedFieldQuery.Builder(word);
    FIELDS.forEach(b::addField);
    return b.build();
  }

  @Test
  void scoresEveryMatchAsCombinedFieldQuery() throws IOException {
    for (String word : List.of("migrant", "border", "flood", "absent")) {
      TopDocs ours = searcher.search(new Bm25fQuery(word, FIELDS), new TopScoreDocCollectorManager(40_000, Integer.MAX_VALUE));
      TopDocs theirs = searcher.search(lucene(word), new TopScoreDocCollectorManager(40_000, Integer.MAX_VALUE));
      assertEquals(theirs.totalHits, ours.totalHits, word);
      assertEquals(theirs.scoreDocs.length, ours.scoreDocs.length, word);
      for (int i = 0; i < ours.scoreDocs.length; i++) {
        assertEquals(theirs.scoreDocs[i].doc, ours.scoreDocs[i].doc, word + " hit " + i);
        assertEquals(theirs.scoreDocs[i].score, ours.scoreDocs[i].score, 0f, word + " hit " + i);
      }
      assertEquals(searcher.count(lucene(word)), searcher.count(new Bm25fQuery(word, FIELDS)), word);
    }
  }

  @Test
  void skippingKeepsTheExhaustiveTopHits() throws IOException {
    String[][] queries = {{"migrant"}, {"migrant", "flood"}, {"worker", "return", "crisis"}, {"child", "visa"},
        {"migrant", "worker", "return", "child"}};
    for (boolean exact : new boolean[] {true, false}) {
      for (String[] words : queries) {
        // alone, and with a filter (its documents then lead or are read into a bit set per window)
        for (String filter : new String[] {null, WORDS[0], WORDS[WORDS.length - 1]}) {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (String w : words) {
            b.add(new Bm25fQuery(w, FIELDS, exact), Occur.SHOULD);
          }
          if (filter != null) {
            b.add(new TermQuery(new Term("tags", filter)), Occur.FILTER);
          }
          assertTopHitsSkipping(b.build(), String.join(" ", words) + " filter " + filter + " exact " + exact);
        }
      }
    }
  }

  private static void assertTopHitsSkipping(Query q, String query) throws IOException {
    for (int k : new int[] {1, 10, 100}) {
      TopDocs skipping = searcher.search(q, new TopScoreDocCollectorManager(k, 1));
      TopDocs exhaustive = searcher.search(q, new TopScoreDocCollectorManager(k, Integer.MAX_VALUE));
      String what = query + " top " + k;
      assertEquals(TotalHits.Relation.EQUAL_TO, exhaustive.totalHits.relation(), what);
      assertEquals(exhaustive.scoreDocs.length, skipping.scoreDocs.length, what);
      for (int i = 0; i < exhaustive.scoreDocs.length; i++) {
        ScoreDoc a = exhaustive.scoreDocs[i];
        ScoreDoc s = skipping.scoreDocs[i];
        assertEquals(a.doc, s.doc, what + " hit " + i);
        assertEquals(a.score, s.score, 0f, what + " hit " + i);
      }
    }
  }

  @Test
  void scoresInBulkAsOneAtATime() throws IOException {
    // every seventh document deleted; or a filter that one document in 40 passes (as a top-k search with a filter
    // passes the filter's documents)
    for (int every : new int[] {-7, 40}) {
      Bits live = new Bits() {
        @Override
        public boolean get(int index) {
          return every < 0 ? index % -every != 3 : index % every == 3;
        }

        @Override
        public int length() {
          return reader.maxDoc();
        }
      };
      scoresInBulkAsOneAtATime(live, every < 0);
    }
  }

  private void scoresInBulkAsOneAtATime(Bits live, boolean deletions) throws IOException {
    for (String word : List.of("migrant", "border", "flood", "shelter")) {
      for (ScoreMode mode : List.of(ScoreMode.COMPLETE, ScoreMode.TOP_SCORES)) {
       for (boolean exact : new boolean[] {true, false}) {
        var weight = searcher.createWeight(searcher.rewrite(new Bm25fQuery(word, FIELDS, exact)), mode, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
          String what = word + " " + mode + " segment " + leaf.ord + " exact " + exact;
          Map<Integer, Float> one = new LinkedHashMap<>();
          Scorer single = weight.scorer(leaf);
          for (int doc = single.iterator().nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.iterator().nextDoc()) {
            if (live.get(doc)) {
              one.put(doc, single.score());
            }
          }
          assertEquals(one, bulk(weight.scorer(leaf), live, 0f), what);
          if (mode == ScoreMode.TOP_SCORES) {
            // skipping: every competitive document is returned, with its score, and the rest may be passed over
            float min = one.values().stream().max(Float::compare).orElse(0f);
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            supplier.setTopLevelScoringClause();
            Map<Integer, Float> skipped = bulk(supplier.get(Long.MAX_VALUE), live, min);
            one.forEach((doc, score) -> {
              if (score >= min) {
                assertEquals(score, skipped.get(doc), what + " doc " + doc);
              }
            });
            skipped.forEach((doc, score) -> assertEquals(one.get(doc), score, what + " doc " + doc));
            if (word.equals("shelter") && deletions) { // its best matches stand out (skipsBlocksOfAFrequentWord)
              assertTrue(skipped.size() < one.size() * 0.7, what + ": " + skipped.size() + " of " + one.size());
            }
          }
        }
       }
      }
    }
  }

  /** Every live match and its score, read in windows of varying sizes, with a minimum competitive score. */
  private static Map<Integer, Float> bulk(Scorer scorer, Bits live, float min) throws IOException {
    Map<Integer, Float> out = new LinkedHashMap<>();
    scorer.setMinCompetitiveScore(min);
    SplittableRandom r = new SplittableRandom(11);
    DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();
    scorer.iterator().nextDoc();
    while (scorer.docID() != DocIdSetIterator.NO_MORE_DOCS) {
      int upTo = (int) Math.min(DocIdSetIterator.NO_MORE_DOCS, scorer.docID() + 1L + r.nextInt(3_000));
      for (scorer.nextDocsAndScores(upTo, live, buffer); buffer.size > 0; scorer.nextDocsAndScores(upTo, live, buffer)) {
        for (int i = 0; i < buffer.size; i++) {
          out.put(buffer.docs[i], buffer.features[i]);
        }
      }
      assertTrue(scorer.docID() >= upTo, "stopped at " + scorer.docID() + " before " + upTo);
    }
    return out;
  }

  @Test
  void skipsBlocksOfAFrequentWord() throws IOException {
    // "shelter" is in most documents: once the first best match is found, the blocks after it are skipped
    for (boolean exact : new boolean[] {true, false}) {
      Bm25fQuery q = new Bm25fQuery("shelter", FIELDS, exact);
      TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(1, 1));
      assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, top.totalHits.relation());
      int matches = searcher.count(q);
      assertTrue(top.totalHits.value() < matches * 0.6, "visited " + top.totalHits.value() + " of " + matches);
      assertEquals(1_234, top.scoreDocs[0].doc);
    }
  }

  @Test
  void buildsAWordsTableOnItsSecondSearchAndDropsItWithTheSegment() throws IOException {
    DirectoryReader fresh = DirectoryReader.open(dir); // segments no other test searched
    IndexSearcher s = new IndexSearcher(fresh);
    s.setSimilarity(searcher.getSimilarity());
    var weight = s.createWeight(s.rewrite(new Bm25fQuery("shelter", FIELDS)), ScoreMode.TOP_SCORES, 1f);
    LeafReaderContext leaf = fresh.leaves().get(0);
    // the first search combines the fields' impacts (blocks of the fields' levels), the second reads a table (runs
    // of 128)
    int combined = weight.scorer(leaf).advanceShallow(0);
    assertTrue(combined > 127, "first block up to " + combined);
    assertEquals(0, ExactImpacts.bytes(fresh));
    assertEquals(127, weight.scorer(leaf).advanceShallow(0));
    assertEquals(127, weight.scorer(leaf).advanceShallow(0));
    long bytes = ExactImpacts.bytes(fresh);
    assertTrue(bytes > 79 * 5 && bytes < 10_000, "table of 79 runs: " + bytes + " bytes");
    long all = ExactImpacts.cachedBytes();
    fresh.close();
    assertEquals(all - bytes, ExactImpacts.cachedBytes());
  }

  @Test
  void boundsEachRunOfAFrequentWordByItsBestScore() throws IOException {
    // the exact impacts of a word in most documents: each run's bound is at least every score of the run, and
    // the best of them where the run's documents have at most MAX_PAIRS weighted frequencies (else two merge)
    int runs = 0;
    int tight = 0;
    for (String word : List.of("migrant", "worker", "flood")) {
      Bm25fQuery q = new Bm25fQuery(word, FIELDS);
      var bounds = searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f);
      var all = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        // the first search of a word in a segment combines the fields' impacts, with blocks of 2,048 documents or
        // more; the second builds the word's table (unless an earlier test searched it there)
        Scorer bound = bounds.scorer(leaf);
        if (bound.advanceShallow(0) > 127) {
          bound = bounds.scorer(leaf);
        }
        Bm25fScorer each = (Bm25fScorer) all.scorer(leaf);
        DocIdSetIterator it = each.iterator();
        it.nextDoc();
        int run = 1 << ExactImpacts.RUN_SHIFT;
        for (int from = 0; from < leaf.reader().maxDoc(); from += run) {
          int end = Math.min(from + run, leaf.reader().maxDoc());
          int upTo = bound.advanceShallow(from);
          assertEquals(end == leaf.reader().maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : end - 1, upTo);
          float max = bound.getMaxScore(upTo);
          float best = 0;
          java.util.Set<Float> freqs = new java.util.HashSet<>();
          for (; it.docID() < end; it.nextDoc()) {
            best = Math.max(best, each.score());
            freqs.add(each.freq());
          }
          String what = word + " segment " + leaf.ord + " run " + from;
          assertTrue(max >= best, what + ": bound " + max + " below " + best);
          if (freqs.size() <= ExactImpacts.MAX_PAIRS) {
            assertEquals(best, max, 0f, what);
            tight++;
          }
          runs++;
        }
      }
    }
    assertEquals(3 * 3 * 79, runs); // 3 words, 3 segments of 10,000 documents
    assertEquals(240, tight); // the other runs hold more distinct frequencies (descriptions up to 400 words)
  }

  @Test
  void explainsTheScore() throws IOException {
    Bm25fQuery q = new Bm25fQuery("border", FIELDS);
    ScoreDoc best = searcher.search(q, 1).scoreDocs[0];
    var e = searcher.explain(q, best.doc);
    assertEquals(best.score, e.getValue().floatValue(), 0f);
    assertTrue(e.getDescription().startsWith("weight(BM25F((description tags title^2.0)(border)) in "),
        e.getDescription());
    assertEquals("BM25F((description tags title^2.0)(border))", q.toString());
  }
}

package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * {@link AllOf} matches the entries every filter matches, whether moved through one match at a time or loaded
 * into a bit set a window at a time, from any position, and into a set that already holds bits.
 */
class AllOfTest {
  private static final int MAX_DOC = 20_000;

  @Test
  void loadsAndStepsThroughTheEntriesEveryFilterHolds() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 40; round++) {
      int n = 2 + random.nextInt(3);
      FixedBitSet[] sets = new FixedBitSet[n];
      FixedBitSet expected = new FixedBitSet(MAX_DOC);
      expected.set(0, MAX_DOC);
      for (int i = 0; i < n; i++) {
        sets[i] = randomSet(random, 1 + random.nextInt(90));
        expected.and(sets[i]);
      }
      // one match at a time, nextDoc and advance mixed: each lands on the first match from its target
      AllOf.Conjunction c = conjunction(sets);
      int doc = c.nextDoc();
      assertEquals(next(expected, 0), doc);
      while (doc != DocIdSetIterator.NO_MORE_DOCS) {
        int target = doc + 1 + (random.nextInt(4) == 0 ? random.nextInt(50) : 0);
        doc = target == doc + 1 && random.nextBoolean() ? c.nextDoc() : c.advance(target);
        assertEquals(next(expected, target), doc, "round " + round + ": from " + target);
      }
      // windows of 4,096 from the first match, as Lucene's MaxScoreBulkScorer loads its filter; then ranges of
      // other sizes from a moved iterator, into a set that already holds a bit
      c = conjunction(sets);
      FixedBitSet loaded = new FixedBitSet(MAX_DOC);
      FixedBitSet window = new FixedBitSet(4096);
      for (int at = c.nextDoc(); at < MAX_DOC; at = c.docID()) {
        int from = at;
        int upTo = Math.min(MAX_DOC, from + 1 + random.nextInt(4095));
        window.clear();
        window.set(window.length() - 1);
        c.intoBitSet(upTo, window, from);
        assertEquals(true, c.docID() >= upTo, "round " + round + ": left at " + c.docID() + " before " + upTo);
        assertEquals(true, window.get(window.length() - 1), "a bit set before was cleared");
        window.clear(window.length() - 1);
        for (int i = next(window, 0); i != DocIdSetIterator.NO_MORE_DOCS; i = next(window, i + 1)) {
          loaded.set(from + i);
        }
        if (c.docID() != DocIdSetIterator.NO_MORE_DOCS) {
          assertEquals(true, expected.get(c.docID()), "round " + round + ": stopped on " + c.docID());
        }
      }
      assertArrayEquals(ones(expected), ones(loaded), "round " + round + ": loaded in windows");
    }
  }

  @Test
  void filtersAsTheFiltersOfABooleanQuery() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 9_000; i++) {
        Document d = new Document();
        d.add(new StringField("a", "v" + random.nextInt(3), Field.Store.NO));
        d.add(new StringField("b", "v" + random.nextInt(5), Field.Store.NO));
        d.add(new StringField("c", "v" + random.nextInt(2), Field.Store.NO));
        w.addDocument(d);
        if (i % 4_000 == 3_999) {
          w.commit(); // three segments
        }
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Query> filters = List.of(new TermQuery(new Term("a", "v1")), new TermQuery(new Term("b", "v2")),
            new TermQuery(new Term("c", "v0")));
        BooleanQuery.Builder plain = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        filters.forEach(f -> plain.add(f, Occur.FILTER));
        Query ours = AllOf.filter(new MatchAllDocsQuery(), filters);
        assertEquals(searcher.count(plain.build()), searcher.count(ours));
        ScoreDoc[] expected = searcher.search(plain.build(), new TopScoreDocCollectorManager(50, 1)).scoreDocs;
        ScoreDoc[] actual = searcher.search(ours, new TopScoreDocCollectorManager(50, 1)).scoreDocs;
        assertArrayEquals(docs(expected), docs(actual));
        assertEquals(searcher.count(filters.get(0)), searcher.count(AllOf.filter(new MatchAllDocsQuery(),
            filters.subList(0, 1))));
      }
    }
  }

  /**
   * Once the same filters recur, the searcher's query cache keeps their matches per segment: later searches read
   * the cached set and find what the filters of a BooleanQuery find, with deletions and a new segment seen.
   */
  @Test
  void isCachedOnceTheSameFiltersRecurAndStillFindsWhatTheyMatch() throws IOException {
    SplittableRandom random = new SplittableRandom(13);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 6_000; i++) {
        Document d = new Document();
        d.add(new StringField("id", "d" + i, Field.Store.NO));
        d.add(new StringField("a", "v" + random.nextInt(3), Field.Store.NO));
        d.add(new StringField("b", "v" + random.nextInt(5), Field.Store.NO));
        w.addDocument(d);
      }
      w.commit();
      List<Query> filters = List.of(new TermQuery(new Term("a", "v1")), new TermQuery(new Term("b", "v2")));
      BooleanQuery.Builder plain = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      filters.forEach(f -> plain.add(f, Occur.FILTER));
      LRUQueryCache cache = new LRUQueryCache(100, 1 << 20, leaf -> true, Float.POSITIVE_INFINITY);
      for (int round = 0; round < 3; round++) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          IndexSearcher uncached = new IndexSearcher(reader);
          uncached.setQueryCache(null);
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setQueryCache(cache);
          searcher.setQueryCachingPolicy(new UsageTrackingQueryCachingPolicy());
          int expected = uncached.count(plain.build());
          int[] expectedDocs = docs(uncached.search(plain.build(), new TopScoreDocCollectorManager(50, 1)).scoreDocs);
          long hits = cache.getHitCount();
          for (int i = 0; i < 8; i++) {
            Query ours = AllOf.filter(new MatchAllDocsQuery(), filters);
            assertEquals(expected, searcher.count(ours), "round " + round + ", search " + i);
            assertArrayEquals(expectedDocs,
                docs(searcher.search(ours, new TopScoreDocCollectorManager(50, 1)).scoreDocs));
          }
          // five uses of the filters before they are cached; the later ones read the cached sets
          assertEquals(true, cache.getHitCount() - hits >= reader.leaves().size(), "round " + round + ": "
              + (cache.getHitCount() - hits) + " cache hits");
        }
        // a deletion in the cached segment, and a new segment
        w.deleteDocuments(new Term("id", "d" + round));
        for (int i = 0; i < 500; i++) {
          Document d = new Document();
          d.add(new StringField("a", "v1", Field.Store.NO));
          d.add(new StringField("b", "v2", Field.Store.NO));
          w.addDocument(d);
        }
        w.commit();
      }
    }
  }

  private static AllOf.Conjunction conjunction(FixedBitSet[] sets) {
    DocIdSetIterator[] its = new DocIdSetIterator[sets.length];
    for (int i = 0; i < sets.length; i++) {
      its[i] = new BitSetIterator(sets[i], sets[i].cardinality());
    }
    return new AllOf.Conjunction(its, MAX_DOC);
  }

  /** A set holding about {@code percent} of the documents, in runs and scattered. */
  private static FixedBitSet randomSet(SplittableRandom random, int percent) {
    FixedBitSet s = new FixedBitSet(MAX_DOC);
    for (int doc = 0; doc < MAX_DOC; doc++) {
      if (random.nextInt(100) < percent) {
        s.set(doc);
      }
    }
    return s;
  }

  /** {@return the first bit set from {@code from} on, or NO_MORE_DOCS} */
  private static int next(FixedBitSet s, int from) {
    return from >= s.length() ? DocIdSetIterator.NO_MORE_DOCS : s.nextSetBit(from);
  }

  private static int[] ones(FixedBitSet s) {
    List<Integer> out = new ArrayList<>();
    for (int i = next(s, 0); i != DocIdSetIterator.NO_MORE_DOCS; i = next(s, i + 1)) {
      out.add(i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] docs(ScoreDoc[] hits) {
    int[] out = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = hits[i].doc;
    }
    return out;
  }
}

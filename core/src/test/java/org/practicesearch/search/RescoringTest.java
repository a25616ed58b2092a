package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.practicesearch.schema.Schema;

class RescoringTest {
  private static final String[] TEXTS = {
      "migrant workers return home", "workers of the world", "migrant children and workers", "migrant workers",
      "migrant workers", "the workers", "workers", "migrant", "workers rights for migrant domestic workers"};

  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < TEXTS.length; i++) {
        Document d = new Document();
        d.add(new KeywordField(Schema.ID, "e" + (TEXTS.length - i), Field.Store.YES));
        d.add(new TextField("text", TEXTS[i], Field.Store.NO));
        w.addDocument(d);
        if (i == 4) {
          w.commit(); // two segments
        }
      }
    }
    return dir;
  }

  private static final Query WORDS = new BooleanQuery.Builder()
      .add(new TermQuery(new Term("text", "migrant")), Occur.SHOULD)
      .add(new TermQuery(new Term("text", "workers")), Occur.SHOULD).build();
  private static final Query PAIR = new BoostQuery(new PhraseQuery(3, "text", "migrant", "workers"), 0.5f);

  private static String[] ids(IndexSearcher s, TopDocs top) throws IOException {
    String[] out = new String[top.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.storedFields().document(top.scoreDocs[i].doc).get(Schema.ID);
    }
    return out;
  }

  @Test
  void rescoringEveryHitRanksAsTheCombinedQuery() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      TopDocs combined = s.search(Rescoring.combined(WORDS, PAIR),
          new TopFieldCollectorManager(Sorts.of(SortOrder.RELEVANCE), 10, null, Integer.MAX_VALUE));
      for (TopDocs first : new TopDocs[] {s.search(WORDS, 100),
          s.search(WORDS, new TopFieldCollectorManager(Sorts.of(SortOrder.RELEVANCE), 100, null, Integer.MAX_VALUE))}) {
        TopDocs rescored = Rescoring.rescore(s, first, PAIR, 10);
        assertArrayEquals(ids(s, combined), ids(s, rescored));
        assertEquals(9, rescored.scoreDocs.length);
        for (int i = 0; i < 9; i++) {
          assertEquals(Rescoring.scoreOf(combined.scoreDocs[i]), Rescoring.scoreOf(rescored.scoreDocs[i]), 1e-5f);
        }
      }
    }
  }

  @Test
  void equalScoresAreOrderedByIdAndTheTotalIsKept() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      TopDocs first = s.search(WORDS, 100);
      TopDocs rescored = Rescoring.rescore(s, first, PAIR, 3);
      assertEquals(first.totalHits, rescored.totalHits);
      // the two "migrant workers" (e6, then e5 in the index) score alike and best: the lower id first
      assertArrayEquals(new String[] {"e5", "e6"}, Arrays.copyOf(ids(s, rescored), 2));
      assertEquals(3, rescored.scoreDocs.length);
      ScoreDoc[] none = Rescoring.rescore(s, first, null, 100).scoreDocs;
      assertEquals(Arrays.stream(first.scoreDocs).mapToDouble(sd -> sd.score).sum(),
          Arrays.stream(none).mapToDouble(sd -> sd.score).sum(), 1e-5);
    }
  }
}

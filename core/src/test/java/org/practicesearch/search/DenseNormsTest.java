package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.schema.Schema;

/**
 * Every searched text field has a norm in every document (dense norms, read by position while scoring), and
 * an entry without a value indexes no term there: the statistics BM25 reads are those of the entries that hold
 * the field.
 */
class DenseNormsTest {
  @TempDir Path dir;

  @Test
  void everyTextFieldHasANormInEveryDocumentAndEmptyOnesCountNowhere() throws IOException {
    TestIndexes.write(dir, TestIndexes.sample()); // no sample entry has stakeholders
    try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (String field : Schema.TEXT_FIELDS.keySet()) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          assertTrue(norms.advanceExact(doc), field + " has no norm in document " + doc);
        }
      }
      assertNull(leaf.terms(Schema.STAKEHOLDERS)); // the empty values index no term: no document counts
      NumericDocValues norms = leaf.getNormValues(Schema.STAKEHOLDERS);
      norms.advanceExact(3);
      assertEquals(0, norms.longValue());
      assertEquals(5, leaf.terms(Schema.TITLE).getDocCount());
    }
  }
}

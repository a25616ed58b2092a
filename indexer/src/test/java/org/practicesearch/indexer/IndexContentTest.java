package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * The spelling and acronym fields from one tokenization of the text, and no acronym analysis of values that
 * hold no acronym (one empty value for them all), write the same index as analysing every value with the
 * writer's analyzer: every term, frequency, position, norm, stored value and doc value, over the seed pages and
 * the development collection. ({@code AcronymFilterTest} shows that the acronym analyzer
 * gives the stock chain's tokens on the same texts.)
 */
class IndexContentTest {
  private static final Path REPO = Path.of(System.getProperty("practicesearch.repo", "."));

  @TempDir Path tmp;

  @Test
  void theIndexHoldsWhatThePlainFieldsGive() throws IOException {
    List<Entry> entries = new ArrayList<>(Pages.parse(List.of(REPO.resolve("seeds"))).entries());
    entries.addAll(Pages.parse(List.of(REPO.resolve("docs/relevance/dev/pages"))).entries());
    entries.add(Entry.builder("acronym-in-stakeholder", Kind.PRACTICE).title("Shelters").description("Beds for all.")
        .stakeholders(List.of("Red Cross", "IOM office")).build());
    long spared = entries.stream().filter(e -> !Analyzers.mayHoldAcronym(e.title() + "\n" + e.description())
        && e.stakeholders().stream().noneMatch(Analyzers::mayHoldAcronym)).count();
    assertEquals("67 of 149 spared", spared + " of " + entries.size() + " spared");

    Path ours = tmp.resolve("ours");
    try (IndexBuilder b = IndexBuilder.replacing(ours)) {
      for (Entry e : entries) {
        b.add(e);
      }
      b.commit();
    }
    Path plain = tmp.resolve("plain");
    try (var d = FSDirectory.open(plain); var w = new IndexWriter(d, new IndexWriterConfig(Analyzers.indexing()))) {
      for (Entry e : entries) {
        w.addDocument(Schema.facetsConfig().build(plainDocument(e)));
      }
      w.commit();
    }
    List<String> expected = dump(plain);
    assertTrue(expected.stream().anyMatch(l -> l.startsWith("post acronyms IOM ")), "acronyms indexed");
    assertTrue(expected.stream().anyMatch(l -> l.startsWith("post definitions ")), "definitions indexed");
    List<String> actual = dump(ours);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + i + " of the index dump"); // the first difference
    }
    assertEquals(expected.size(), actual.size(), "lines of the index dump");
  }

  /**
   * The document as written before: the spelling text and every value of the acronym field analysed by the
   * writer's analyzer, definitions looked for.
   */
  private static Document plainDocument(Entry e) {
    Document doc = EntryDocuments.toDocument(e);
    doc.removeFields(Schema.SPELL);
    doc.removeFields(Schema.ACRONYMS);
    doc.removeFields(Schema.DEFINITIONS);
    String text = e.title() + "\n" + e.description();
    doc.add(new TextField(Schema.SPELL, text, Field.Store.NO));
    doc.add(new TextField(Schema.ACRONYMS, text, Field.Store.NO));
    for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
      doc.add(new KeywordField(Schema.DEFINITIONS, d.term(), Field.Store.NO));
    }
    for (String s : e.stakeholders()) {
      doc.add(new TextField(Schema.ACRONYMS, s, Field.Store.NO));
    }
    return doc;
  }

  /** Everything one-segment index holds, one line per fact. */
  private static List<String> dump(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(1, r.leaves().size(), "segments");
      LeafReader leaf = r.leaves().get(0).reader();
      List<FieldInfo> fields = new ArrayList<>();
      leaf.getFieldInfos().forEach(fields::add);
      fields.sort(Comparator.comparing(f -> f.name));
      for (FieldInfo f : fields) {
        out.add("field " + f.name + " " + f.getIndexOptions() + " norms=" + f.hasNorms() + " " + f.getDocValuesType()
            + " points=" + f.getPointDimensionCount());
        if (f.getIndexOptions() != IndexOptions.NONE) {
          postings(leaf, f.name, out);
        }
        if (f.hasNorms()) {
          NumericDocValues norms = leaf.getNormValues(f.name);
          for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
            out.add("norm " + f.name + " " + doc + " " + norms.longValue());
          }
        }
        if (f.getDocValuesType() == org.apache.lucene.index.DocValuesType.SORTED_SET) {
          SortedSetDocValues dv = leaf.getSortedSetDocValues(f.name);
          for (int doc = dv.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int i = 0; i < dv.docValueCount(); i++) {
              out.add("dv " + f.name + " " + doc + " " + dv.lookupOrd(dv.nextOrd()).utf8ToString());
            }
          }
        }
      }
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        for (IndexableField s : leaf.storedFields().document(doc)) {
          Object value = s.numericValue() != null ? s.numericValue() : s.stringValue();
          out.add("stored " + doc + " " + s.name() + "=" + value);
        }
      }
    }
    return out;
  }

  private static void postings(LeafReader leaf, String field, List<String> out) throws IOException {
    TermsEnum terms = leaf.terms(field).iterator();
    PostingsEnum p = null;
    while (terms.next() != null) {
      p = terms.postings(p, PostingsEnum.POSITIONS);
      for (int doc = p.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = p.nextDoc()) {
        int[] positions = new int[p.freq()];
        for (int i = 0; i < positions.length; i++) {
          positions[i] = p.nextPosition();
        }
        out.add("post " + field + " " + terms.term().utf8ToString() + " " + doc + " " + Arrays.toString(positions));
      }
    }
  }
}

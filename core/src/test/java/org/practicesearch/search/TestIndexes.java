package org.practicesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/** Writes small indexes for core tests (the real writer lives in the indexer module). */
final class TestIndexes {
  private TestIndexes() {}

  static void write(Path dir, List<Entry> entries) throws IOException {
    write(dir, entries, Map.of(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION)));
  }

  static void write(Path dir, List<Entry> entries, Map<String, String> userData) throws IOException {
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(Analyzers.indexing()))) {
      for (Entry e : entries) {
        w.addDocument(Schema.facetsConfig().build(EntryDocuments.toDocument(e)));
      }
      w.setLiveCommitData(userData.entrySet());
      w.commit();
    }
  }

  static List<Entry> sample() {
    return List.of(
        Entry.builder("p1", Kind.PRACTICE).title("Regional workshop on victims of trafficking among refugees")
            .description("A workshop on the identification of victims of trafficking in persons among refugees and displaced persons.")
            .countries(List.of("Jordan", "Lebanon", "Egypt")).regions(List.of("Asia/Western Asia", "Africa/Northern Africa"))
            .practiceTypes(List.of("Training and capacity building")).stakeholderTypes(List.of("International Organizations"))
            .build(),
        Entry.builder("p2", Kind.PRACTICE).title("Case law database")
            .description("Databases of cases of trafficking in persons and smuggling of migrants.")
            .countries(List.of("Global")).practiceTypes(List.of("Tools")).stakeholderTypes(List.of("International Organizations"))
            .build(),
        Entry.builder("p3", Kind.PRACTICE).title("Early warning in the Horn of Africa")
            .description("A conflict early warning and response mechanism.")
            .countries(List.of("Kenya", "Ethiopia")).regions(List.of("Africa/Eastern Africa"))
            .practiceTypes(List.of("Early warning systems")).build(),
        Entry.builder("r1", Kind.RESOURCE).title("Caring for trafficked persons")
            .description("Guidance for health providers caring for victims of trafficking.")
            .year(2009).countries(List.of("Worldwide")).build(),
        Entry.builder("r2", Kind.RESOURCE).title("Needs assessment in the Western Balkans")
            .description("Human trafficking situation in the Western Balkans; refugees are at risk.")
            .year(2014).countries(List.of("Albania", "Serbia")).regions(List.of("Europe/Southern Europe"))
            .authors(List.of("Jacqueline Berman")).build());
  }

  /** {@code n} entries made by {@code make} from their number. */
  static List<Entry> numbered(int n, java.util.function.IntFunction<Entry> make) {
    return java.util.stream.IntStream.range(0, n).mapToObj(make).toList();
  }
}

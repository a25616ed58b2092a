package org.practicesearch.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.IndexContents;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexer;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.render.Json;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/** The embedding write API ({@link Indexer}) indexes what {@code practice-search index} indexes, the same way. */
class WriteApiParityTest {
  private static final Path REPO = Path.of(System.getProperty("practicesearch.repo"));

  @Test
  void entryBuiltInCodeGetsTheRegionsAndCanonicalValuesTheCliGivesIt(@TempDir Path tmp) throws IOException {
    Path jsonl = tmp.resolve("entries.jsonl");
    Entry raw = Entry.builder("practice-messy", Kind.PRACTICE).title("A hotline for migrants in a crisis")
        .description("Migrants call one number.").countries(List.of("Turquie", "Lao People’s Democratic Republic"))
        .regions(List.of("West Africa")).practiceTypes(List.of("tools")).stakeholderTypes(List.of("civil society"))
        .crisisPhases(List.of("preparedness")).source(jsonl + ":1").build();
    Files.writeString(jsonl, Json.compact(Json.entry(raw)) + "\n", UTF_8);
    CliTest.Run cli = CliTest.run("index", jsonl.toString(), "--index", tmp.resolve("cli").toString());
    assertEquals(0, cli.code(), cli.err());

    Entry returned;
    try (Indexer indexer = Indexer.open(tmp.resolve("api"))) {
      returned = indexer.add(raw);
      IndexReport report = indexer.commit();
      assertEquals(List.of(1, 0, 0), List.of(report.added(), report.updated(), report.unchanged()));
    }
    Entry byCli = entries(tmp.resolve("cli")).get("practice-messy");
    Entry byApi = entries(tmp.resolve("api")).get("practice-messy");
    assertEquals(List.of("Türkiye", "Laos"), byApi.countries());
    assertEquals(List.of("Africa/Western Africa", "Asia/Western Asia", "Asia/Southeast Asia"), byApi.regions());
    assertEquals(List.of("Tools"), byApi.practiceTypes());
    assertEquals(byCli, byApi);
    assertEquals(byApi, returned);
    for (Path dir : List.of(tmp.resolve("cli"), tmp.resolve("api"))) {
      try (SearchIndex index = SearchIndex.open(dir)) {
        assertEquals(1, index.search(SearchRequest.builder().filter("region", "Western Asia")
            .filter("country", "Turkey").build()).total());
      }
    }
  }

  @Test
  void pagesAddedThroughTheApiAreIndexedAsTheCliIndexesThem(@TempDir Path tmp) throws IOException {
    Path seeds = REPO.resolve("seeds");
    CliTest.Run cli = CliTest.run("index", seeds.toString(), "--index", tmp.resolve("cli").toString());
    assertEquals(0, cli.code(), cli.err());
    try (Indexer indexer = Indexer.open(tmp.resolve("api"))) {
      indexer.addFiles(List.of(seeds));
      IndexReport report = indexer.commit();
      assertEquals(List.of(5, 22, 22), List.of(report.files(), report.entries(), report.added()));
    }
    assertEquals(entries(tmp.resolve("cli")), entries(tmp.resolve("api")));
  }

  private static Map<String, Entry> entries(Path dir) throws IOException {
    Map<String, Entry> out = new TreeMap<>();
    IndexContents.forEach(dir, e -> out.put(e.id(), e));
    return out;
  }
}

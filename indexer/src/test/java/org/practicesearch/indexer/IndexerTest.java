package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

class IndexerTest {
  private static Entry entry(String id, String country) {
    return Entry.builder(id, Kind.PRACTICE).title("Practice " + id).description("A shelter for migrants.")
        .countries(List.of(country)).source("app:" + id.length()).build();
  }

  private static List<Integer> counts(IndexReport r) {
    return List.of(r.added(), r.updated(), r.deleted(), r.unchanged());
  }

  @Test
  void addUpdateDeleteInBatchesWithReportsAndRepairsAsValues(@TempDir Path dir) throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      Entry added = indexer.add(entry("a", "Turquie"));
      assertEquals(List.of("Türkiye"), added.countries());
      assertEquals(List.of(new Repair("countries", "Turquie", "Türkiye", added.repairs().get(0).reason())),
          added.repairs());
      indexer.add(List.of(entry("b", "Jordan"), entry("c", "Atlantis")));
      IndexReport first = indexer.commit();
      assertEquals(List.of(3, 0, 0, 0), counts(first));
      assertEquals(List.of("app:1: unknown country 'Atlantis' kept as written"),
          first.problems().stream().map(Object::toString).toList());

      try (SearchIndex index = SearchIndex.open(dir)) {
        assertEquals(3, index.size());
        indexer.add(entry("a", "Turquie")); // as indexed: unchanged, not rewritten
        indexer.add(entry("b", "Lebanon"));
        assertTrue(indexer.delete("c"));
        assertFalse(indexer.delete("nobody"));
        indexer.add(entry("d", "Mali"));
        assertTrue(indexer.delete("d")); // added and deleted in one batch: neither
        indexer.add(entry("f", "Mali"));
        indexer.add(entry("f", "Niger")); // the later add of an id replaces the earlier one
        assertEquals(List.of(1, 1, 1, 1), counts(indexer.commit()));
        assertEquals(3, index.size()); // a point-in-time view until refreshed
        assertTrue(index.refresh());
        assertEquals(3, index.size());
        assertEquals(List.of("Niger"), index.get("f").orElseThrow().countries());
        assertEquals(List.of("Lebanon"), index.get("b").orElseThrow().countries());
        assertEquals(1, index.search(SearchRequest.builder().filter("region", "Western Asia")
            .filter("country", "Turkey").build()).total());
      }
      indexer.add(entry("e", "Chad")); // never committed: rolled back on close
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(3, index.size());
    }
  }

  @Test
  void textIsParsedAsAFileOfThatNameAndEntriesItNoLongerGivesAreDeleted(@TempDir Path dir) throws IOException {
    String two = "{\"id\": \"x1\", \"kind\": \"resource\", \"title\": \"One\", \"countries\": [\"Jordanie\"]}\n"
        + "{\"id\": \"x2\", \"kind\": \"resource\", \"title\": \"Two\"}\n";
    try (Indexer indexer = Indexer.open(dir)) {
      assertEquals(List.of("Jordan"), indexer.addText("feed.jsonl", two).entries().get(0).countries());
      IndexReport r = indexer.commit();
      assertEquals(List.of(1, 2, 2), List.of(r.files(), r.entries(), r.added()));
      indexer.addText("feed.jsonl", two.lines().findFirst().orElseThrow());
      assertEquals(List.of(0, 0, 1, 1), counts(indexer.commit()));
    }
  }

  @Test
  void oneIndexerPerFolderAndNoneOnAFolderOfOtherFiles(@TempDir Path dir) throws IOException {
    try (Indexer first = Indexer.open(dir.resolve("idx"))) {
      IOException e = assertThrows(IOException.class, () -> Indexer.open(dir.resolve("idx")));
      assertTrue(e.getMessage().startsWith("the index at " + dir.resolve("idx") + " is being written by another"),
          e.getMessage());
      first.add(entry("a", "Chad"));
    }
    assertFalse(Files.exists(dir.resolve("idx")), "a folder created and never committed to is removed");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    IndexException e = assertThrows(IndexException.class, () -> Indexer.open(dir));
    assertTrue(e.getMessage().startsWith("the folder " + dir + " holds files practice-search did not write (notes.txt)"),
        e.getMessage());
  }

  @Test
  void anEntryTooLargeToIndexIsRefusedNamingItAndAClosedIndexerSaysSo(@TempDir Path dir) throws IOException {
    Indexer indexer = Indexer.open(dir);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> indexer.add(entry("x".repeat(600), "Chad")));
    assertTrue(e.getMessage().startsWith("entry 'xxxx") && e.getMessage().contains("id of 600 characters is too long"),
        e.getMessage());
    indexer.close();
    indexer.close();
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> indexer.delete("a"));
    assertEquals("the indexer of " + dir + " is closed", closed.getMessage());
  }
}

package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/** The defects of issue 12 that lost data or stopped a run, each reproduced and fixed (docs/RELIABILITY.md). */
class SafeIndexingTest {
  static final Path SEEDS = IncrementalIndexingTest.SEEDS;
  static final String PAGE = "000_7a85830c2fad2333.txt";
  static final IndexRun.Options UPDATE = new IndexRun.Options(false, false, 2);
  static final IndexRun.Options SYNC = new IndexRun.Options(false, true, 2);

  /** Collects what a run reports. */
  static final class Heard implements IndexListener {
    final List<String> problems = new ArrayList<>();

    @Override
    public synchronized void problem(Problem p) {
      problems.add((p.rejected() ? "error: " : "warning: ") + p);
    }
  }

  static String line(String id, String country) {
    return "{\"id\": \"" + id + "\", \"kind\": \"resource\", \"title\": \"T " + id + "\", \"countries\": [\"" + country + "\"]}\n";
  }

  static long total(Path dir) throws IOException {
    return IncrementalIndexingTest.total(dir);
  }

  @Test
  void syncDeletesOnlyEntriesOfGoneFilesUnderTheInputsNamed(@TempDir Path tmp) throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Files.copy(SEEDS.resolve(PAGE), a.resolve(PAGE));
    Files.writeString(a.resolve("b.jsonl"), line("r-b", "Kenya"));
    Path more = Files.writeString(tmp.resolve("more.jsonl"), line("r-more", "Chad"));
    Path dir = tmp.resolve("idx");
    assertEquals(3, IndexRun.index(dir, List.of(a, more), UPDATE, IndexListener.NONE).added());
    // the defect: `index a/ --sync` deleted the entry of more.jsonl, which still exists (3 -> 1)
    IndexReport synced = IndexRun.index(dir, List.of(a), SYNC, IndexListener.NONE);
    assertEquals(List.of(0, 0, 2), List.of(synced.added(), synced.deleted(), synced.unchanged()));
    assertEquals(3, total(dir));
    Files.delete(a.resolve("b.jsonl"));
    Files.delete(more); // gone, but not under a/: kept
    assertEquals(1, IndexRun.index(dir, List.of(a), SYNC, IndexListener.NONE).deleted());
    assertEquals(2, total(dir));
  }

  @Test
  void nothingReadCreatesNoIndex(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("idx");
    Heard heard = new Heard();
    IndexException e = assertThrows(IndexException.class,
        () -> IndexRun.index(dir, List.of(tmp.resolve("typo")), UPDATE, heard));
    assertEquals("none of the inputs exists: nothing indexed, no index was created at " + dir, e.getMessage());
    assertEquals(List.of("error: " + tmp.resolve("typo") + ":1: no such file or folder"), heard.problems);
    Path binary = Files.write(tmp.resolve("x.pdf"), "%PDF-1.4 junk".getBytes(StandardCharsets.UTF_8));
    e = assertThrows(IndexException.class, () -> IndexRun.index(dir, List.of(binary), UPDATE, IndexListener.NONE));
    assertEquals("no entry was read from the inputs: no index was created at " + dir, e.getMessage());
    assertTrue(Files.notExists(dir), "the index folder was created");
  }

  @Test
  void aFolderOfOtherFilesOrAnotherApplicationsIndexIsNeverWritten(@TempDir Path tmp) throws IOException {
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(notes.resolve("_notes.txt"), "mine");
    Files.writeString(notes.resolve("_1_draft.doc"), "mine too");
    IndexException e = assertThrows(IndexException.class,
        () -> IndexRun.index(notes, List.of(SEEDS), UPDATE, IndexListener.NONE));
    assertEquals("the folder " + notes + " holds files practice-search did not write (_1_draft.doc, _notes.txt): "
        + "refusing to write an index there; choose a new or empty folder", e.getMessage());
    assertEquals(Set.of("_notes.txt", "_1_draft.doc"), names(notes));

    Path foreign = tmp.resolve("foreign");
    try (FSDirectory d = FSDirectory.open(foreign); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("name", "theirs", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    Set<String> before = names(foreign);
    String refused = "the folder " + foreign + " holds a Lucene index that practice-search did not write: "
        + "refusing to change it; choose another --index";
    for (IndexRun.Options o : List.of(UPDATE, new IndexRun.Options(true, false, 1))) {
      assertEquals(refused, assertThrows(IndexException.class,
          () -> IndexRun.index(foreign, List.of(SEEDS), o, IndexListener.NONE)).getMessage());
    }
    assertEquals(before, names(foreign));
  }

  @Test
  void anOverlongValueRejectsOnlyItsEntry(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("long.jsonl");
    Files.writeString(in, line("x".repeat(40_000), "Kenya") + line("r-long-country", "Q".repeat(9000))
        + line("r-ok", "Kenya"));
    Path page = Files.writeString(tmp.resolve("page.txt"), Files.readString(SEEDS.resolve(PAGE))
        .replaceFirst("Country:[^\\n]*", "Country: " + "Q".repeat(9000)));
    Path dir = tmp.resolve("idx");
    Heard heard = new Heard();
    IndexReport r = IndexRun.index(dir, List.of(in, page), UPDATE, heard);
    assertEquals(List.of(1, 3), List.of(r.added(), r.rejected()));
    assertEquals(List.of(
        "error: " + in + ":1: id of 40,000 characters is too long (at most 512); entry not indexed",
        "error: " + in + ":2: country value of 9,000 characters is too long (at most 1000): 'QQQQQQQQQQQQQQQQQQQQ...'; entry not indexed",
        "error: " + page + ":1: country value of 9,000 characters is too long (at most 1000): 'QQQQQQQQQQQQQQQQQQQQ...'; entry not indexed"),
        heard.problems.stream().filter(p -> p.startsWith("error")).sorted().toList());
    assertEquals(1, total(dir));
  }

  @Test
  void streamingKeepsTheBookkeepingExactAcrossChunksAndThreads(@TempDir Path tmp) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      sb.append(line("r-" + i, i % 2 == 0 ? "Kenya" : "Peru"));
    }
    sb.append(line("r-3", "Chad")); // read again in a later chunk: merged into the first, as a whole-input parse does
    Path in = Files.writeString(tmp.resolve("many.jsonl"), sb.toString());
    Path dir = tmp.resolve("idx");
    IndexReport first = IndexRun.index(dir, List.of(in), new IndexRun.Options(false, false, 3), IndexListener.NONE);
    assertEquals(List.of(700, 700), List.of(first.entries(), first.added()));
    assertEquals(700, total(dir));
    Files.writeString(in, sb.toString().replace(line("r-10", "Kenya"), line("r-10", "Chad"))
        .replace(line("r-11", "Peru"), "\n")); // a blank line keeps the other lines' numbers (sources)
    IndexReport second = IndexRun.index(dir, List.of(in), new IndexRun.Options(false, false, 3), IndexListener.NONE);
    assertEquals(List.of(0, 1, 1, 698), List.of(second.added(), second.updated(), second.deleted(), second.unchanged()));
    assertEquals(699, total(dir));
  }

  @Test
  void aFullDiskLeavesTheLastCommitAndNoLeftovers(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("idx");
    IndexRun.index(dir, List.of(SEEDS.resolve(PAGE)), UPDATE, IndexListener.NONE);
    Set<String> before = names(dir);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append(line("r-" + i, "Kenya"));
    }
    Path in = Files.writeString(tmp.resolve("more.jsonl"), sb.toString());
    IndexException e = assertThrows(IndexException.class, () -> IndexRun.index(dir, List.of(in), UPDATE,
        IndexListener.NONE, d -> new FullDisk(d, 20_000)));
    assertEquals("the disk holding " + dir + " is full (No space left on device): free some space and run again; "
        + "the index is as it was before this run and the files this run wrote were removed", e.getMessage());
    assertEquals(before, names(dir));
    assertEquals(1, total(dir));
  }

  @Test
  void aFlippedBitIsFoundByTheChecksums(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("idx");
    IndexRun.index(dir, List.of(SEEDS), UPDATE, IndexListener.NONE);
    assertNull(IndexHealth.verify(dir));
    assertTrue(IndexHealth.check(dir, false).clean());
    Path cfs;
    try (Stream<Path> s = Files.list(dir)) {
      cfs = s.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] b = Files.readAllBytes(cfs);
    b[b.length / 2] ^= 0x10;
    Files.write(cfs, b);
    String problem = IndexHealth.verify(dir);
    assertTrue(problem != null && problem.startsWith("checksum failed"), problem);
    IndexHealth.Report r = IndexHealth.check(dir, false);
    assertEquals(false, r.clean());
    IndexException refused = assertThrows(IndexException.class,
        () -> IndexRun.index(dir, List.of(SEEDS), UPDATE, IndexListener.NONE));
    assertTrue(refused.getMessage().startsWith("the index at " + dir + " is damaged (checksum failed"), refused.getMessage());
    assertTrue(IndexHealth.damaged(dir, "X").startsWith("the index at " + dir + " is damaged (X): rebuild it with "
        + "'practice-search index --replace "), IndexHealth.damaged(dir, "X"));
  }

  static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }
}

package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

class IncrementalIndexingTest {
  static final Path SEEDS = Path.of(System.getProperty("practicesearch.repo", ".")).resolve("seeds");

  static IndexReport index(Path in, Path dir, boolean sync) throws IOException {
    return Indexing.update(dir, Pages.parse(List.of(in)), sync);
  }

  static long total(Path dir) throws IOException {
    try (SearchIndex i = SearchIndex.open(dir)) {
      return i.search(SearchRequest.builder().size(0).build()).total();
    }
  }

  static Path copySeeds(Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path f : Files.list(SEEDS).toList()) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    return in;
  }

  @Test
  void indexingTheSameInputTwiceChangesNothing(@TempDir Path tmp) throws IOException {
    Path in = copySeeds(tmp);
    Path dir = tmp.resolve("idx");
    IndexReport first = index(in, dir, false);
    assertEquals(List.of(22, 0, 0, 0), List.of(first.added(), first.updated(), first.deleted(), first.unchanged()));
    IndexReport second = index(in, dir, false);
    assertEquals(List.of(0, 0, 0, 22), List.of(second.added(), second.updated(), second.deleted(), second.unchanged()));
    assertEquals(22, total(dir));
  }

  @Test
  void aChangedFileReplacesItsEntriesAndSyncDeletesThoseOfAGoneFile(@TempDir Path tmp) throws IOException {
    Path in = copySeeds(tmp);
    Path dir = tmp.resolve("idx");
    index(in, dir, false);
    Path listing = in.resolve("004_f0068be67fa4eb83.txt");
    // two resources of this listing are from 2016
    Files.writeString(listing, Files.readString(listing).replace("Year\n2016", "Year\n2015"));
    IndexReport changed = index(in, dir, false);
    assertEquals(List.of(0, 2, 0, 20), List.of(changed.added(), changed.updated(), changed.deleted(), changed.unchanged()));
    Files.delete(in.resolve("002_2a6fb45c4a1a1a4a.txt"));
    // without sync, the entries of a file that is not among the inputs stay
    IndexReport kept = index(in, dir, false);
    assertEquals(List.of(0, 0, 0, 21), List.of(kept.added(), kept.updated(), kept.deleted(), kept.unchanged()));
    assertEquals(22, total(dir));
    IndexReport synced = index(in, dir, true);
    assertEquals(1, synced.deleted());
    assertEquals(21, total(dir));
  }

  @Test
  void aSecondWriterGetsAClearErrorAndTheIndexStaysUsable(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("idx");
    try (IndexBuilder first = IndexBuilder.updating(dir)) {
      IOException e = assertThrows(IOException.class, () -> IndexBuilder.updating(dir));
      assertEquals("the index at " + dir + " is being written by another process (lock held: Lock held by this "
          + "virtual machine: " + dir.resolve("write.lock").toAbsolutePath() + "); wait for it to finish", e.getMessage());
      first.commit();
    }
    assertEquals(0, total(dir));
  }
}

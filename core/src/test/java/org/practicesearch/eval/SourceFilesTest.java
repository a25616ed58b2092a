package org.practicesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  private SourceFiles fixture() throws IOException {
    Files.createDirectories(dir.resolve("listings"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("one.txt"), "a");
    Files.writeString(dir.resolve("listings/one.txt"), "b");
    Files.writeString(dir.resolve("listings/two.txt"), "c");
    Files.writeString(dir.resolve(".hidden"), "d");
    Files.writeString(dir.resolve(".git/config"), "e");
    return SourceFiles.under(dir);
  }

  @Test
  void listsVisibleFilesSortedByRelativePath() throws IOException {
    assertEquals(List.of("listings/one.txt", "listings/two.txt", "one.txt"),
        fixture().files().stream().map(SourceFiles::docId).toList());
  }

  @Test
  void mapsSourcesGivenRelativeOrAbsoluteToTheLongestMatchingFile() throws IOException {
    SourceFiles files = fixture();
    assertEquals(Optional.of("listings/one.txt"), files.fileOf("docs/pages/listings/one.txt:17"));
    assertEquals(Optional.of("listings/one.txt"), files.fileOf(dir.resolve("listings/one.txt") + ":3"));
    assertEquals(Optional.of("one.txt"), files.fileOf("pages/one.txt:1"));
    assertEquals(Optional.of("one.txt"), files.fileOf("./pages/../pages/one.txt"));
    assertEquals(Optional.empty(), files.fileOf("elsewhere/three.txt:1"));
    assertEquals(Optional.empty(), files.fileOf(""));
    assertEquals(Optional.empty(), files.fileOf("https://example.org/pages/one.txt"));
  }

  @Test
  void collapseKeepsTheFirstHitOfEachFile() throws IOException {
    SourceFiles files = fixture();
    Map<String, List<String>> sources = Map.of("e1", List.of("p/listings/two.txt:5"), "e2", List.of("p/one.txt:1"),
        "e3", List.of("p/listings/two.txt:20", "p/listings/one.txt:9"), "e4", List.of("gone.txt:1"));
    assertEquals(List.of("listings/two.txt", "one.txt", "listings/one.txt"),
        files.collapse(List.of("e1", "e2", "e4", "e3"), sources::get));
  }

  @Test
  void aFileIsNotAFolder() throws IOException {
    Files.writeString(dir.resolve("x.txt"), "x");
    assertEquals("'" + dir.resolve("x.txt") + "' is not a folder",
        assertThrows(IllegalArgumentException.class, () -> SourceFiles.under(dir.resolve("x.txt"))).getMessage());
  }
}

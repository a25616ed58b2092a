package org.practicesearch.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the embedding example on a copy of the seed pages, and checks that the README shows it as written. */
class EmbeddingExampleTest {
  private static final Path REPO = Path.of(System.getProperty("practicesearch.repo"));
  private static final Path SOURCE =
      REPO.resolve("examples/src/main/java/org/practicesearch/examples/EmbeddingExample.java");

  @Test
  void indexesSearchesWithDrillSidewaysFacetsDeletesAndRefreshes(@TempDir Path tmp) throws IOException {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    try (Stream<Path> seeds = Files.list(REPO.resolve("seeds"))) {
      for (Path p : seeds.toList()) {
        Files.copy(p, pages.resolve(p.getFileName()));
      }
    }
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      EmbeddingExample.run(pages, tmp.resolve("index"));
    } finally {
      System.setOut(original);
    }
    List<String> lines = buffer.toString(UTF_8).lines().toList();
    assertEquals(13, lines.size(), String.join("\n", lines));
    assertEquals(List.of("[Jordan] [Asia/Western Asia] [Tools]", "23 added, 0 problems", "4 hits"),
        lines.subList(0, 3)); // the entry made in code is normalised as the CLI's are: region Asia, canonical names
    assertEquals(List.of( // every hit is shown, in an order that ranking decides
        "  practice-867ec70fd581  [Algeria, Colombia, Côte d'Ivoire, El Salvador, Gambia, Laos, Mali, Mexico, Morocco, "
            + "Nepal]",
        "  practice-bc65a110bd65  [Egypt, Iraq, Jordan, Lebanon, Türkiye]",
        "  practice-bfdf3af14f47  [Benin, Ecuador, Ethiopia, Guatemala, Honduras, Indonesia, Jordan, Kazakhstan, "
            + "Lebanon, Morocco, Nepal, Russia, Tajikistan, Thailand, Zimbabwe]",
        "  practice-jordan-hotline  [Jordan]"), lines.subList(3, 7).stream().sorted().toList());
    assertEquals(List.of("  Asia 4 (selected)", "  Africa 3", "  Americas 2", "  Global 2", "  Europe 1"),
        lines.subList(7, 12)); // drill-sideways: the other regions count as if Asia were not selected
    assertEquals(List.of("22 entries"), lines.subList(12, 13)); // the delete is seen after refresh()
  }

  @Test
  void readmeShowsExactlyTheExample() throws IOException {
    String source = Files.readString(SOURCE);
    String begin = "// README:begin";
    String body = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README:end"));
    String expected = body.strip().lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    String readme = Files.readString(REPO.resolve("README.md"));
    assertTrue(readme.contains("```java\n" + expected + "\n```"), "README example differs from:\n" + expected);
  }
}

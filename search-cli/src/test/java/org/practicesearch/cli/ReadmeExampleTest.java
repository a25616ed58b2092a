package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/** The README's embedding example, compiled and run as written. */
class ReadmeExampleTest {
  private static final Path REPO = Path.of(System.getProperty("practicesearch.repo"));

  void example(Path dir) throws IOException {
    // README:begin
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchResponse response = index.search(SearchRequest.builder()
          .text("trafficking victims refugees").filter("region", "Asia").size(5).build());
      for (Hit hit : response.hits()) {
        System.out.println(hit.score() + "  " + hit.title() + "  " + hit.entry().countries());
      }
    }
    // README:end
  }

  @Test
  void readmeExampleRunsOnTheSeedsIndex(@TempDir Path dir) throws IOException {
    ParseResult parsed = Pages.parse(List.of(REPO.resolve("seeds")));
    Indexing.replace(dir, parsed, parsed.files());
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      example(dir);
    } finally {
      System.setOut(original);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).contains("UNODC held a Regional Workshop"), lines.get(0));
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    String source = Files.readString(REPO.resolve("search-cli/src/test/java/org/practicesearch/cli/ReadmeExampleTest.java"));
    String body = source.substring(source.indexOf("// README:begin") + "// README:begin".length(), source.indexOf("    // README:end"));
    String expected = body.strip().lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    String readme = Files.readString(REPO.resolve("README.md"));
    assertTrue(readme.contains("```java\n" + expected + "\n```"), "README example differs from:\n" + expected);
  }
}

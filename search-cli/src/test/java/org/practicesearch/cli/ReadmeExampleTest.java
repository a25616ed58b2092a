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
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
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

  IndexReport writeExample(Path dir) throws IOException {
    // README:write-begin
    Entry hotline = Entry.builder("practice-jordan-hotline", Kind.PRACTICE)
        .title("A multilingual hotline for migrants caught in a crisis")
        .description("Migrants call one number in their own language for shelter, papers and a way home.")
        .countries(List.of("Jordanie")).practiceTypes(List.of("tools")).source("my-app:1").build();
    IndexReport report = Indexing.update(dir, List.of(hotline)); // normalised as the CLI's entries are
    System.out.println(report.added() + " added, " + report.updated() + " updated");
    // README:write-end
    return report;
  }

  @Test
  void readmeWritingExampleNormalisesLikeTheCli(@TempDir Path dir) throws IOException {
    assertEquals(1, writeExample(dir).added());
    try (SearchIndex index = SearchIndex.open(dir)) {
      Entry e = index.get("practice-jordan-hotline").orElseThrow();
      assertEquals(List.of("Jordan"), e.countries());
      assertEquals(List.of("Asia/Western Asia"), e.regions());
      assertEquals(List.of("Tools"), e.practiceTypes());
      assertEquals(1, index.search(SearchRequest.builder().text("hotline").filter("country", "Jordan").build()).total());
    }
    assertEquals(List.of(0, 1), List.of(writeExample(dir).added(), writeExample(dir).unchanged()));
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
    String readme = Files.readString(REPO.resolve("README.md"));
    for (String name : List.of("README:", "README:write-")) {
      String begin = "// " + name + "begin";
      String body = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // " + name + "end"));
      String expected = body.strip().lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
          .reduce((a, b) -> a + "\n" + b).orElseThrow();
      assertTrue(readme.contains("```java\n" + expected + "\n```"), "README example differs from:\n" + expected);
    }
  }
}

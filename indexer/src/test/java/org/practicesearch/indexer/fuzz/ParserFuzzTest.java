package org.practicesearch.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/**
 * Coverage-guided fuzz tests (Jazzer). In a normal build each runs only its saved inputs (regression mode,
 * under src/test/resources/.../ParserFuzzTestInputs/); with JAZZER_FUZZ=1 it fuzzes (docs/RELIABILITY.md).
 * The property: parsing and searching never throw, whatever the input; problems are data.
 */
class ParserFuzzTest {
  private static SearchIndex index;

  @FuzzTest(maxDuration = "30s")
  void pagesNeverThrow(FuzzedDataProvider data) {
    ParseResult r = Pages.parseText("fuzz.txt", data.consumeRemainingAsString());
    assertNotNull(r.entries());
  }

  @FuzzTest(maxDuration = "30s")
  void htmlPagesNeverThrow(FuzzedDataProvider data) {
    ParseResult r = Pages.parseText("fuzz.html", data.consumeRemainingAsString());
    assertNotNull(r.entries());
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLinesNeverThrow(FuzzedDataProvider data) throws IOException {
    Path f = Files.createTempFile("fuzz", ".jsonl");
    try {
      Files.writeString(f, "{" + data.consumeRemainingAsString());
      assertNotNull(Pages.parse(List.of(f)).problems());
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void queriesNeverThrow(FuzzedDataProvider data) throws IOException {
    String text = data.consumeString(300);
    SearchRequest request;
    try {
      request = SearchRequest.builder().text(text).size(5).build();
    } catch (IllegalArgumentException refusedWithAMessage) {
      return;
    }
    assertNotNull(seedsIndex().search(request).hits());
  }

  private static synchronized SearchIndex seedsIndex() throws IOException {
    if (index == null) {
      Path dir = Files.createTempDirectory("fuzz-index");
      ParseResult parsed = Pages.parse(List.of(Path.of(System.getProperty("practicesearch.repo", ".")).resolve("seeds")));
      org.practicesearch.indexer.Indexing.replace(dir, parsed, parsed.files());
      index = SearchIndex.open(dir);
    }
    return index;
  }
}

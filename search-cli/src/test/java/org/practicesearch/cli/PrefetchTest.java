package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.search.SearchIndex;

/** The index opened in the background while picocli parses: taken only for the same directory. */
class PrefetchTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexSeeds() {
    index = tmp.resolve("index");
    assertEquals(0, CliTest.run("index", Path.of(System.getProperty("practicesearch.repo"), "seeds").toString(),
        "--index", index.toString()).code());
  }

  @Test
  void takenForTheDirectoryTheCommandResolved() throws IOException {
    Prefetch.start(new String[] {"search", "refugees", "--index", index.toString()});
    try (SearchIndex taken = Prefetch.take(tmp.resolve("x/../index"))) {
      assertNotNull(taken);
      assertEquals(22, taken.size());
    }
    assertNull(Prefetch.take(index), "taken once");
    Prefetch.start(new String[] {"show", "practice-1", "--index=" + index});
    try (SearchIndex taken = Prefetch.take(index)) {
      assertNotNull(taken);
    }
  }

  @Test
  void notTakenForAnotherDirectoryACommandThatReadsNoIndexOrAMissingIndex() {
    Prefetch.start(new String[] {"search", "refugees", "--index", index.toString()});
    assertNull(Prefetch.take(tmp.resolve("elsewhere")));
    Prefetch.start(new String[] {"index", "seeds", "--index", index.toString()});
    assertNull(Prefetch.take(index));
    Prefetch.start(new String[] {"search", "--", "--index", index.toString()});
    assertNull(Prefetch.take(index), "after --, --index is query text and the default index is not there");
    Prefetch.start(new String[] {"search", "x", "--index", tmp.resolve("none").toString()});
    assertNull(Prefetch.take(tmp.resolve("none")));
    Prefetch.start(new String[] {"search", "x", "--index", tmp.toString()}); // a folder without an index
    assertNull(Prefetch.take(tmp));
  }

  @Test
  void aSearchWithAPrefetchedIndexGivesTheSameResponse() {
    String[] args = {"search", "trafficking victims refugees", "--index", index.toString(), "--json"};
    JsonObject plain = CliTest.json(CliTest.run(args).out());
    Prefetch.start(args);
    JsonObject prefetched = CliTest.json(CliTest.run(args).out());
    assertNull(Prefetch.take(index), "the search took it");
    plain.remove("took_ms");
    prefetched.remove("took_ms");
    assertEquals(plain, prefetched);
  }
}

package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anything typed in the search box: bounded time, a clear message when refused, never a stack trace. */
class HostileQueryTest {
  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void seeds() {
    index = tmp.resolve("idx").toString();
    assertEquals(0, CliTest.run("index", "--index", index).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*trafficking", "?refug*", "(((", "a\"b\"c\"", "x\u0001\u0007y\u0000", "~~~ ||| --- +++",
      "title:x country:", "\"\"", "-", "-trafficking", "region:", "trafficking~2", "\\", "' OR 1=1 --", "<script>alert(1)</script>"})
  void oddQueriesAnswerQuicklyWithoutErrors(String q) {
    long start = System.nanoTime();
    // a query that starts with '-' follows "--", as for any command-line tool
    CliTest.Run r = q.startsWith("-") ? CliTest.run("search", "--index", index, "--json", "--", q)
        : CliTest.run("search", q, "--index", index, "--json");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(0, r.code(), r.err());
    assertTrue(ms < 1000, q + " took " + ms + " ms");
    assertTrue(r.out().startsWith("{\"query\":"), r.out());
    assertTrue(!r.err().contains("Exception"), r.err());
  }

  @Test
  void thousandsOfTermsAndVeryLongQueriesAreRefusedClearly() {
    String many = IntStream.range(0, 3000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    CliTest.Run r = CliTest.run("search", many.substring(0, 1999), "--index", index);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: query of "), r.err());
    assertTrue(r.err().contains(" words is too long; expected at most 64"), r.err());
    CliTest.Run longer = CliTest.run("search", "x".repeat(5000), "--index", index);
    assertEquals(2, longer.code());
    assertEquals("error: query of 5000 characters is too long; expected at most 2000\n", longer.err());
  }

  @Test
  void hugeSizeOrPageIsRefused() {
    CliTest.Run size = CliTest.run("search", "x", "--size", "1000000", "--index", index);
    assertEquals(2, size.code());
    assertEquals("error: size 1000000 out of range; expected 0 to 100\n", size.err());
    CliTest.Run page = CliTest.run("search", "x", "--page", "999999", "--index", index);
    assertEquals(2, page.code());
    assertEquals("error: page 999999 with size 10 goes past hit 10000; narrow the query instead\n", page.err());
    CliTest.Run notANumber = CliTest.run("search", "x", "--page", "99999999999999", "--index", index);
    assertEquals(2, notANumber.code());
  }
}

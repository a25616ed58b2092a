package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files people will point the indexer at by mistake: each gets a clear message, in bounded time and memory. */
class HostileInputTest {
  private static final String PAGE = "Type of practice: Tools\nCountry: Côte d’Ivoire\n\nA hotline for migrants stranded "
      + "by floods, answered in six languages by trained consular staff.\n";

  private static List<String> problems(ParseResult r, Path dir) {
    return r.problems().stream().map(p -> p.toString().replace(dir + "/", "")).toList();
  }

  @Test
  void binaryFilesAreRefusedByWhatTheyAre(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("b.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'});
    Files.write(dir.resolve("c.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 14, 15});
    ParseResult r = Pages.parse(List.of(dir));
    assertEquals(List.of("a.pdf:1: binary file (a PDF), not read", "b.jpg:1: binary file (an image), not read",
        "c.bin:1: binary file (not text), not read"), problems(r, dir));
  }

  @Test
  void windows1252AndUtf16PagesAreDecoded(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("cp1252.txt"), PAGE.replace("’", "'").getBytes(Charset.forName("windows-1252")));
    byte[] utf16 = ("\uFEFF" + PAGE.replace("six", "seven")).getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("utf16.txt"), utf16);
    ParseResult r = Pages.parse(List.of(dir));
    assertEquals(2, r.entries().size());
    r.entries().forEach(e -> assertEquals(List.of("Côte d'Ivoire"), e.countries()));
    assertEquals(List.of("cp1252.txt:2: 1 byte that is not UTF-8 read as Windows-1252 (the rest is UTF-8)"), problems(r, dir));
  }

  @Test
  void aHugePageIsRefusedAndALongLineIsReadInBoundedTime(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] chunk = "lorem ipsum dolor sit amet ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < InputFile.MAX_PAGE_BYTES + chunk.length; n += chunk.length) {
        out.write(chunk);
      }
    }
    Files.writeString(dir.resolve("line.txt"), PAGE + "x".repeat(3_000_000));
    ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pages.parse(List.of(dir)));
    assertEquals("big.txt:1: file of 17 MB is too large for a page (limit 16 MB); split it, or give entries as JSON Lines",
        problems(r, dir).get(0));
    assertEquals(1, r.entries().size());
  }

  @Test
  void aLargeJsonLinesFileIsStreamedAndBadLinesReported(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("many.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(f)) {
      for (int i = 0; i < 50_000; i++) {
        w.write("{\"id\": \"d" + i + "\", \"contents\": \"document " + i + " about migrants in crisis\"}\n");
      }
      w.write("{\"id\": \"deep\", \"contents\": " + "[".repeat(100_000) + "\n");
      w.write("{\"id\": \"trunc\", \"contents\": \"cut");
    }
    ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Pages.parse(List.of(f)));
    assertEquals(50_000, r.entries().size());
    List<String> problems = problems(r, dir);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("many.jsonl:50001: JSON nested deeper than 64 levels", problems.get(0));
    assertTrue(problems.get(1).startsWith("many.jsonl:50002: invalid JSON:"), problems.get(1));
  }

  @Test
  void aSymbolicLinkLoopIsNotFollowed(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("p.txt"), PAGE);
    Files.createSymbolicLink(in.resolve("loop"), in);
    ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Pages.parse(List.of(in)));
    assertEquals(1, r.entries().size());
    assertEquals(List.of("in/loop:1: symbolic link to a folder not followed"), problems(r, dir));
  }

  @Test
  void aMissingPathIsReported(@TempDir Path dir) throws IOException {
    ParseResult r = Pages.parse(List.of(dir.resolve("nope")));
    assertEquals(List.of("nope:1: no such file or folder"), problems(r, dir));
    assertTrue(r.problems().get(0).rejected());
  }
}

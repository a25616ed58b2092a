package org.practicesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawTextBaselineTest {
  @TempDir Path dir;

  @Test
  void ranksFilesByPlainBm25OverTheirRawText() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Flood warning: flood shelters.");
    Files.writeString(dir.resolve("b.txt"), "A warning for everyone.");
    Files.writeString(dir.resolve("c.txt"), "Floods and warnings, stemmed forms are not matched.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.jsonl"), "{\"id\": \"x\", \"contents\": \"FLOOD\"}\n");
    try (RawTextBaseline raw = RawTextBaseline.of(SourceFiles.under(dir))) {
      assertEquals(Map.of("flood", 2, "warning", 1), raw.terms("Flood flood WARNING"));
      // a has both words, b and d one each; no stemming, so c ("floods", "warnings") is not found
      List<String> ranked = raw.rank("flood warning", 10);
      assertEquals("a.txt", ranked.get(0));
      assertEquals(3, ranked.size());
      assertEquals(List.of("a.txt", "b.txt", "sub/d.jsonl").stream().sorted().toList(), ranked.stream().sorted().toList());
      assertEquals(List.of(), raw.rank("tsunami", 10));
    }
  }

  @Test
  void scoresAHandComputedBm25AndJudgesByFile() throws IOException {
    // two files of the same length: BM25's length factor is 1, so a file's score is idf * tf / (tf + k1)
    Files.writeString(dir.resolve("x.txt"), "cyclone cyclone shelter");
    Files.writeString(dir.resolve("y.txt"), "cyclone drill volunteers");
    try (RawTextBaseline raw = RawTextBaseline.of(SourceFiles.under(dir))) {
      assertEquals(List.of("x.txt", "y.txt"), raw.rank("cyclone", 10));
      assertEquals(List.of("y.txt"), raw.rank("volunteers", 10));
      Qrels q = new Qrels(Map.of("t1", Map.of("y.txt", 2, "x.txt", 1)));
      Evaluation e = Evaluation.run(raw, List.of(new Topic("t1", "plain", "cyclone")), q);
      // ranked x (grade 1) then y (grade 2): dcg = 1 + 2 / log2(3), ideal = 2 + 1 / log2(3)
      double log3 = Math.log(3) / Math.log(2);
      assertEquals((1 + 2 / log3) / (2 + 1 / log3), e.metrics().ndcg10(), 1e-9);
      assertEquals(1.0, e.metrics().map(), 1e-9);
    }
  }
}

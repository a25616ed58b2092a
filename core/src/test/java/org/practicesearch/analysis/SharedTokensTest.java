package org.practicesearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** One tokenization replayed gives each field what its analyzer gives: terms, offsets, increments, types, end. */
class SharedTokensTest {
  @Test
  void replaysGiveTheAnalyzersTokens() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "   ", "SOPs (Standard Operating Procedures) of IOM\nUNHCR's VoTs",
        "Côte d’Ivoire: naïve façade — 2019 U.S.A. e-mail a@b.org 中文 \uD835\uDC00\uD835\uDC01",
        "x".repeat(600) + " IOM"));
    Path repo = Path.of(System.getProperty("practicesearch.repo", "."));
    try (Stream<Path> s = Files.list(repo.resolve("seeds"))) {
      for (Path f : s.sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8)); // a whole page: many tokens, arrays grow
      }
    }
    for (String text : texts) {
      SharedTokens shared = SharedTokens.of(text);
      assertEquals(tokens(Analyzers.exact().tokenStream("spell", text)), tokens(shared.exact()), text);
      assertEquals(tokens(Analyzers.acronyms().tokenStream("acronyms", text)), tokens(shared.acronyms()), text);
    }
    assertEquals(List.of("sops|0-4|1|<ALPHANUM>", "end|4|0"), tokens(SharedTokens.of("SOPs").exact()));
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "|" + offset.startOffset() + "-" + offset.endOffset() + "|" + inc.getPositionIncrement() + "|"
            + type.type());
      }
      ts.end();
      out.add("end|" + offset.endOffset() + "|" + inc.getPositionIncrement());
    }
    return out;
  }
}

package org.practicesearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.practicesearch.TestPages;

/**
 * The acronym field's own filter and the scan that spares its analysis agree with the stock chain the Solr
 * configset writes (a pattern emptying every token that is not an {@link Analyzers#ACRONYM}, a length filter).
 */
class AcronymFilterTest {
  /** Letters of every kind the pattern tells apart, and characters that end a run of letters. */
  private static final String[] PIECES = {"a", "b", "s", "A", "B", "S", "é", "É", "ǅ", "ʰ", "中", "\uD835\uDC00",
      "\uD835\uDC1A", "1", "_", "'", "-", ".", " ", "(", ")", "\uD835", "İ", "ß"};

  /** The acronym chain as stock Lucene filters, as the Solr configset declares it. */
  private static final Analyzer STOCK = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new PatternReplaceFilter(source,
          Pattern.compile("^(?!" + Analyzers.ACRONYM.pattern() + "$).*$"), "", true);
      ts = new LengthFilter(ts, 1, Integer.MAX_VALUE);
      ts = new ASCIIFoldingFilter(ts);
      ts = new PatternReplaceFilter(ts, Analyzers.ACRONYM_PLURAL, "$1", true);
      return new TokenStreamComponents(source, ts);
    }
  };

  @Test
  void theHandWrittenTestIsThePattern() {
    for (String t : List.of("TIP", "IDPs", "VoTs", "UNHCR", "SOPs", "McDonald", "Tip", "tip", "A", "AB", "ABCDEFGHIJ",
        "ABCDEFGHIJK", "ABc", "ABcd", "ABcde", "aBC", "ÉTAT", "ǅX", "ʰAB", "中AB",
        "\uD835\uDC00\uD835\uDC01", "A1B", "A_B")) {
      assertEquals(Analyzers.ACRONYM.matcher(t).matches(), Analyzers.isAcronym(t.toCharArray(), t.length()), t);
    }
    SplittableRandom r = new SplittableRandom(15);
    for (int i = 0; i < 50_000; i++) {
      String t = random(r, 1 + r.nextInt(12), i % 2 == 0 ? 13 : PIECES.length);
      assertEquals(Analyzers.ACRONYM.matcher(t).matches(), Analyzers.isAcronym(t.toCharArray(), t.length()), t);
    }
  }

  @Test
  void theAnalyzerGivesTheStockChainsTokensAndPositions() throws IOException {
    String text = "Standard Operating Procedures (SOPs) of IOM, UNHCR and VoTs; not McDonald or Tip. ÉTATS ǅX";
    assertEquals(List.of("SOP@4", "IOM@2", "UNHCR@1", "VoT@2", "ETATS@5", "end@1"), tokens(Analyzers.acronyms(), text));
    assertEquals(tokens(STOCK, text), tokens(Analyzers.acronyms(), text));
    SplittableRandom r = new SplittableRandom(16);
    for (int i = 0; i < 2_000; i++) {
      String t = random(r, 1 + r.nextInt(60), PIECES.length);
      assertEquals(tokens(STOCK, t), tokens(Analyzers.acronyms(), t), t);
    }
  }

  @Test
  void aTextWithoutTwoCapitalsInOneWordHoldsNoAcronym() throws IOException {
    assertFalse(Analyzers.mayHoldAcronym("Migrants in Countries in Crisis: A guide (2016)"));
    assertFalse(Analyzers.mayHoldAcronym("É-A b.C"));
    assertTrue(Analyzers.mayHoldAcronym("the IOM"));
    assertTrue(Analyzers.mayHoldAcronym("McDonald")); // may: the analysis decides
    assertTrue(Analyzers.mayHoldAcronym("x \uD835\uDC00\uD835\uDC01"));
    SplittableRandom r = new SplittableRandom(17);
    int spared = 0;
    for (int i = 0; i < 5_000; i++) {
      String t = random(r, 1 + r.nextInt(40), PIECES.length);
      if (!Analyzers.mayHoldAcronym(t)) {
        spared++;
        assertEquals(1, tokens(STOCK, t).size(), t); // no token, only the end
        assertEquals(List.of(), AcronymDefinitions.find(t), t);
      }
    }
    assertTrue(spared > 1_000 && spared < 4_000, "spared " + spared);
  }

  @Test
  void theSeedAndDevelopmentPagesGiveTheStockChainsTokensAndDefinitions() throws IOException {
    List<Path> files = TestPages.seedAndDevelopmentPages();
    int acronyms = 0;
    int definitions = 0;
    int spared = 0;
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        List<String> stock = tokens(STOCK, line);
        assertEquals(stock, tokens(Analyzers.acronyms(), line), f + ": " + line);
        assertEquals(AcronymDefinitions.scan(line), AcronymDefinitions.find(line), f + ": " + line);
        acronyms += stock.size() - 1;
        definitions += AcronymDefinitions.find(line).size();
        if (!Analyzers.mayHoldAcronym(line)) {
          spared++;
          assertEquals(1, stock.size(), f + ": " + line);
        }
      }
    }
    assertEquals("249 acronyms, 75 definitions, 2557 lines spared",
        acronyms + " acronyms, " + definitions + " definitions, " + spared + " lines spared");
  }

  private static String random(SplittableRandom r, int length, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(PIECES[r.nextInt(pieces)]);
    }
    return b.toString();
  }

  /** Each token with its position increment, then the final increment: the dropped words' gaps count too. */
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("acronyms", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + inc.getPositionIncrement());
      }
      ts.end();
      out.add("end@" + inc.getPositionIncrement());
    }
    return out;
  }
}

package org.practicesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.analysis.Analyzers;

class AnalysisChainTest {
  private static final String TEXT = "The Refugees' shelters in Côte d’Ivoire: trafficking of persons, IOM's "
      + "running-men and the Ministry of Labour (2019) — naïve façade";

  @TempDir Path conf;

  @Test
  void theConfigsetChainsGiveTheSameTokensAsTheEmbeddedAnalyzers() throws IOException {
    ConfigsetWriter.write(conf);
    List<String> expected = tokens(Analyzers.text(), TEXT);
    assertEquals(expected, tokens(AnalysisChain.TEXT, TEXT));
    assertEquals(List.of("refuge@2", "shelter@1", "cote@2", "d'ivoir@1", "traffick@1", "person@2", "iom@1",
        "run@1", "men@1", "ministri@3", "labour@2", "2019@1", "naiv@1", "facad@1"), expected);
    assertEquals(tokens(Analyzers.exact(), TEXT), tokens(AnalysisChain.EXACT, TEXT));
    String acronyms = "Standard Operating Procedures (SOPs) of IOM, UNHCR and VoTs; not McDonald or Tip";
    List<String> found = tokens(Analyzers.acronyms(), acronyms);
    assertEquals(List.of("SOP@4", "IOM@2", "UNHCR@1", "VoT@2"), found);
    assertEquals(found, tokens(AnalysisChain.ACRONYMS, acronyms));
  }

  private List<String> tokens(AnalysisChain chain, String text) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(conf)
        .withTokenizer(chain.tokenizer().name(), new java.util.HashMap<>(chain.tokenizer().args()));
    for (AnalysisChain.Factory f : chain.filters()) {
      b.addTokenFilter(f.name(), new java.util.HashMap<>(f.args()));
    }
    try (Analyzer fromConfigset = b.build()) {
      return tokens(fromConfigset, text);
    }
  }

  /** Each token with its position increment, so that a stop word's gap counts too. */
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("description", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}

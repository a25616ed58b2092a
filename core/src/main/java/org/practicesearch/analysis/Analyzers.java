package org.practicesearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index, built once: analysis is the same at index and query time, so a query term
 * meets the indexed form of the same word.
 */
public final class Analyzers {
  private static final Analyzer TEXT = new TextAnalyzer();
  private static final Analyzer SPELL = new SpellAnalyzer();
  private static final Analyzer INDEXING = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
      TEXT, java.util.Map.of(org.practicesearch.schema.Schema.SPELL, SPELL));

  private Analyzers() {}

  /**
   * The analyzer of every text field: standard tokenizer, English possessives removed, lower-cased, accents
   * folded ({@code Côte} = {@code Cote}), English stop words removed (positions kept, so phrases still
   * match), Porter stemming ({@code refugees} = {@code refugee}). Thread-safe.
   */
  public static Analyzer text() {
    return TEXT;
  }

  /**
   * The analyzer an IndexWriter needs: {@link #text()} for every field but the spelling field, which is only
   * lower-cased and folded (so "did you mean" suggests real words, not stems). Thread-safe.
   */
  public static Analyzer indexing() {
    return INDEXING;
  }

  private static final class SpellAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }
  }

  private static final class TextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      ts = new PorterStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}

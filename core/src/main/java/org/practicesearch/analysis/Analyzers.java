package org.practicesearch.analysis;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.practicesearch.schema.Schema;

/**
 * The analyzers of the index, built once: analysis is the same at index and query time, so a query term
 * meets the indexed form of the same word. Each is a chain of stock Lucene components, so that it can be
 * written down declaratively elsewhere (a Solr schema).
 */
public final class Analyzers {
  /**
   * A token that is an acronym: letters only, two to ten of them, at least two upper-case, never three
   * lower-case in a row ({@code TIP}, {@code IDPs}, {@code VoTs}, {@code UNHCR}; not {@code McDonald}).
   */
  public static final Pattern ACRONYM = Pattern.compile("(?=(?:\\p{L}*\\p{Lu}){2})(?!.*\\p{Ll}{3})\\p{L}{2,10}");
  /** The plural {@code s} of an acronym, dropped so that {@code SOPs} is {@code SOP}. */
  public static final Pattern ACRONYM_PLURAL = Pattern.compile("^(\\p{L}*\\p{Lu})s$");
  private static final Pattern NOT_ACRONYM = Pattern.compile("^(?!" + ACRONYM.pattern() + "$).*$");

  private static final Analyzer TEXT = new TextAnalyzer();
  private static final Analyzer SPELL = new SpellAnalyzer();
  private static final Analyzer ACRONYMS = new AcronymAnalyzer();
  private static final Analyzer INDEXING = new PerFieldAnalyzerWrapper(
      TEXT, Map.of(Schema.SPELL, SPELL, Schema.ACRONYMS, ACRONYMS));

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
   * The analyzer of the spelling and exact-form field: standard tokenizer, lower case, accents folded, no
   * stemming, no stop words. Thread-safe.
   */
  public static Analyzer exact() {
    return SPELL;
  }

  /**
   * The analyzer of the acronym field: standard tokenizer, then every token that is not an
   * {@link #ACRONYM} dropped, case kept, accents folded, a plural {@code s} removed. Thread-safe.
   */
  public static Analyzer acronyms() {
    return ACRONYMS;
  }

  /**
   * The analyzer an IndexWriter needs: {@link #text()} for every field but the spelling field
   * ({@link #exact()}) and the acronym field ({@link #acronyms()}). Thread-safe.
   */
  public static Analyzer indexing() {
    return INDEXING;
  }

  /**
   * The form an acronym is indexed and searched under: its plural {@code s} dropped.
   *
   * @param token an {@link #ACRONYM}
   * @return {@code SOPs} -> {@code SOP}; other tokens unchanged
   */
  public static String acronymKey(String token) {
    return ACRONYM_PLURAL.matcher(token).replaceAll("$1");
  }

  private static final class SpellAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }
  }

  private static final class AcronymAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new PatternReplaceFilter(source, NOT_ACRONYM, "", true);
      ts = new LengthFilter(ts, 1, Integer.MAX_VALUE);
      ts = new ASCIIFoldingFilter(ts);
      ts = new PatternReplaceFilter(ts, ACRONYM_PLURAL, "$1", true);
      return new TokenStreamComponents(source, ts);
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

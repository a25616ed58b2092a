package org.practicesearch.analysis;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.practicesearch.schema.Schema;

/**
 * The analyzers of the index, built once: analysis is the same at index and query time, so a query term
 * meets the indexed form of the same word. Each is a chain of stock Lucene components, so that it can be
 * written down declaratively elsewhere (a Solr schema), but for one step: the acronym field keeps its
 * acronyms with a filter of ours that does what two stock filters do (they stand in the Solr schema).
 */
public final class Analyzers {
  /**
   * A token that is an acronym: letters only, two to ten of them, at least two upper-case, never three
   * lower-case in a row ({@code TIP}, {@code IDPs}, {@code VoTs}, {@code UNHCR}; not {@code McDonald}).
   */
  public static final Pattern ACRONYM = Pattern.compile("(?=(?:\\p{L}*\\p{Lu}){2})(?!.*\\p{Ll}{3})\\p{L}{2,10}");
  /** The plural {@code s} of an acronym, dropped so that {@code SOPs} is {@code SOP}. */
  public static final Pattern ACRONYM_PLURAL = Pattern.compile("^(\\p{L}*\\p{Lu})s$");

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
   *
   * @return the shared analyzer
   */
  public static Analyzer text() {
    return TEXT;
  }

  /**
   * The analyzer of the spelling and exact-form field: standard tokenizer, lower case, accents folded, no
   * stemming, no stop words. Thread-safe.
   *
   * @return the shared analyzer
   */
  public static Analyzer exact() {
    return SPELL;
  }

  /**
   * The analyzer of the acronym field: standard tokenizer, then every token that is not an
   * {@link #ACRONYM} dropped, case kept, accents folded, a plural {@code s} removed. Thread-safe.
   *
   * @return the shared analyzer
   */
  public static Analyzer acronyms() {
    return ACRONYMS;
  }

  /**
   * The analyzer an IndexWriter needs: {@link #text()} for every field but the spelling field
   * ({@link #exact()}) and the acronym field ({@link #acronyms()}). Thread-safe.
   *
   * @return the shared analyzer
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
      return new TokenStreamComponents(source, exactFilters(source));
    }
  }

  /** The spelling field's filters over the standard tokenizer's tokens: exact forms, lower case, folded. */
  static TokenStream exactFilters(TokenStream tokens) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(tokens));
  }

  /**
   * Whether a token is an {@link #ACRONYM}: the same test as the pattern, by hand, because the acronym field
   * runs it on every word of every entry (the pattern and its replacement took a fifth of one-thread indexing).
   *
   * @param buf the token's characters
   * @param length how many of them
   * @return true for two to ten letters, at least two upper-case, never three lower-case in a row
   */
  static boolean isAcronym(char[] buf, int length) {
    int letters = 0;
    int upper = 0;
    int lowerRun = 0;
    for (int i = 0; i < length; letters++) {
      int c = Character.codePointAt(buf, i, length);
      i += Character.charCount(c);
      switch (Character.getType(c)) {
        case Character.UPPERCASE_LETTER -> {
          upper++;
          lowerRun = 0;
        }
        case Character.LOWERCASE_LETTER -> {
          if (++lowerRun == 3) {
            return false;
          }
        }
        case Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER -> lowerRun = 0;
        default -> {
          return false;
        }
      }
    }
    return letters >= 2 && letters <= 10 && upper >= 2;
  }

  /**
   * Whether any token of a text may be an {@link #ACRONYM}: false when no run of letters in it holds two
   * upper-case letters, and then the acronym field gets no token from the text and it defines no acronym.
   * A scan of the characters, far cheaper than the analysis it spares (most entries hold no acronym).
   *
   * @param text any text
   * @return false only when no token of the text is an acronym
   */
  public static boolean mayHoldAcronym(CharSequence text) {
    int upper = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        i++;
        continue;
      }
      c = c < 128 ? c : Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (c >= 'A' && c <= 'Z' || c >= 128 && Character.getType(c) == Character.UPPERCASE_LETTER) {
        if (++upper == 2) {
          return true;
        }
      } else if (c < 128 || !Character.isLetter(c)) {
        upper = 0;
      }
    }
    return false;
  }

  /**
   * Keeps the tokens that are acronyms. The configset writes the same step as stock filters (a pattern that
   * empties every other token, then a length filter), which give the same tokens and positions
   * ({@code AcronymFilterTest}).
   */
  private static final class AcronymFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AcronymFilter(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      return isAcronym(term.buffer(), term.length());
    }
  }

  /** The acronym field's filters over the standard tokenizer's tokens. */
  static TokenStream acronymFilters(TokenStream tokens) {
    TokenStream ts = new AcronymFilter(tokens);
    ts = new ASCIIFoldingFilter(ts);
    return new PatternReplaceFilter(ts, ACRONYM_PLURAL, "$1", true);
  }

  private static final class AcronymAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, acronymFilters(source));
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

package org.practicesearch.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis chain of the index, written with the factory names Solr and Lucene's {@code CustomAnalyzer}
 * share ({@code standard}, {@code lowercase}...), so the configset says exactly what {@code Analyzers} does:
 * {@code AnalysisChainTest} builds a Lucene analyzer from each chain and checks it gives the same tokens as
 * ours.
 *
 * @param tokenizer the tokenizer
 * @param filters the token filters, in order
 */
public record AnalysisChain(Factory tokenizer, List<Factory> filters) {
  /** The stop word file the {@code stop} filter reads, written into the configset. */
  public static final String STOPWORDS_FILE = "stopwords_en.txt";

  /**
   * The chain of every text field (title, description, stakeholders, meta): standard tokenizer, English
   * possessive, lower case, ASCII folding, English stop words, Porter stemmer; the same at index and query
   * time.
   */
  public static final AnalysisChain TEXT = new AnalysisChain(Factory.of("standard"), List.of(
      Factory.of("englishPossessive"), Factory.of("lowercase"), Factory.of("asciiFolding"),
      Factory.of("stop", "words", STOPWORDS_FILE, "ignoreCase", "false"), Factory.of("porterStem")));

  /** The chain of the spelling and exact-form field: standard tokenizer, lower case, ASCII folding. */
  public static final AnalysisChain EXACT = new AnalysisChain(Factory.of("standard"), List.of(
      Factory.of("lowercase"), Factory.of("asciiFolding")));

  /**
   * The chain of the acronym field: standard tokenizer, every token that is not an acronym emptied and
   * dropped, case kept, ASCII folding, a plural {@code s} removed ({@code SOPs} = {@code SOP}).
   */
  public static final AnalysisChain ACRONYMS = new AnalysisChain(Factory.of("standard"), List.of(
      Factory.of("patternReplace", "pattern", "^(?!" + org.practicesearch.analysis.Analyzers.ACRONYM.pattern() + "$).*$",
          "replacement", "", "replace", "all"),
      Factory.of("length", "min", "1", "max", Integer.toString(Integer.MAX_VALUE)),
      Factory.of("asciiFolding"),
      Factory.of("patternReplace", "pattern", org.practicesearch.analysis.Analyzers.ACRONYM_PLURAL.pattern(),
          "replacement", "$1", "replace", "all")));

  /** Copies the list. */
  public AnalysisChain {
    filters = List.copyOf(filters);
  }

  /**
   * A tokenizer or filter factory.
   *
   * @param name its SPI name, e.g. {@code asciiFolding}
   * @param args its arguments, in order
   */
  public record Factory(String name, Map<String, String> args) {
    /** Copies the map, keeping the order. */
    public Factory {
      args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    static Factory of(String name, String... keyValues) {
      Map<String, String> args = new LinkedHashMap<>();
      for (int i = 0; i < keyValues.length; i += 2) {
        args.put(keyValues[i], keyValues[i + 1]);
      }
      return new Factory(name, args);
    }
  }
}

package org.practicesearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;

/**
 * What a person typed, taken apart the way the embedded index's query understanding does it, for a query
 * Solr answers alike: {@code dim:value} filters, the words (all optional) and phrases, the excluded words,
 * and the lexicon groups to expand. A syntax error is not a failure: unbalanced quotes or parentheses fall
 * back to the plain words, with a notice.
 *
 * @param literal the text to search, without filters and exclusions (blank: every entry)
 * @param excluded the excluded words and phrases, without their {@code -}
 * @param filters the {@code dim:value} filters found in the text
 * @param expansions the lexicon groups found in the text
 * @param notices what was done to the text that the user should know
 * @param words the plain words of four letters or more: those the index may not know (approximate matching)
 */
record QueryText(String literal, List<String> excluded, Map<Dimension, List<String>> filters,
    List<Lexicon.Expansion> expansions, List<String> notices, List<String> words) {
  private static final Pattern OR = Pattern.compile("\\bOR\\b");
  private static final Pattern AND = Pattern.compile("\\bAND\\b");
  private static final Pattern NOT = Pattern.compile("\\bNOT\\s+");
  private static final Pattern GROUPING = Pattern.compile("[\"()]");
  private static final Pattern EXCLUDED = Pattern.compile("(?<![\\w-])-(\"[^\"]*\"|[^\\s\"()|]+)");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s|+()]+");

  static QueryText of(String raw, boolean expand) {
    Map<Dimension, List<String>> filters = new LinkedHashMap<>();
    List<String> notices = new ArrayList<>();
    String text = org.practicesearch.search.QuerySyntax.extractFilters(raw, filters);
    text = NOT.matcher(AND.matcher(OR.matcher(text).replaceAll("|")).replaceAll(" ")).replaceAll("-");
    if (!org.practicesearch.search.QuerySyntax.balanced(text)) {
      notices.add("unbalanced quotes or parentheses: searched for the words only");
      text = GROUPING.matcher(text).replaceAll(" ");
    }
    List<Lexicon.Expansion> expansions = expand && !text.isBlank() ? Lexicon.bundled().find(text) : List.of();
    List<String> excluded = new ArrayList<>();
    Matcher m = EXCLUDED.matcher(text);
    while (m.find()) {
      excluded.add(m.group(1));
    }
    // "a | b" is "a OR b": with every word optional, the same as "a b"
    String literal = m.replaceAll(" ").replace('|', ' ').replace('+', ' ').replaceAll("\\s+", " ").strip();
    List<String> words = new ArrayList<>();
    for (String w : WORD_SEPARATORS.split(QUOTED.matcher(literal).replaceAll(" "))) {
      if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
        words.add(w);
      }
    }
    return new QueryText(literal, excluded, filters, expansions, notices, words);
  }
}

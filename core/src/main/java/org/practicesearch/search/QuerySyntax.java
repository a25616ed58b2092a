package org.practicesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.schema.Dimension;

/**
 * The parts of the query syntax every backend reads the same way: {@code dim:value} filters typed in the
 * search box, and whether quotes and parentheses are balanced. Stateless and thread-safe.
 */
public final class QuerySyntax {
  private static final Pattern FIELD_FILTER = Pattern.compile("(?<![\\w-])([a-z_]+):(\"[^\"]*\"|[^\\s\"]+)");

  private QuerySyntax() {}

  /**
   * Takes the {@code dim:value} filters out of a query; a {@code word:word} whose first part is no facet
   * dimension stays in the text.
   *
   * @param text the query as typed
   * @param filters where the filters found are added, by dimension, quotes removed
   * @return the text without the filters
   */
  public static String extractFilters(String text, Map<Dimension, List<String>> filters) {
    Matcher m = FIELD_FILTER.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      Dimension d;
      try {
        d = Dimension.parse(m.group(1));
      } catch (IllegalArgumentException notAFacet) {
        m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
        continue;
      }
      filters.computeIfAbsent(d, x -> new ArrayList<>()).add(m.group(2).replace("\"", ""));
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    return rest.toString().strip();
  }

  /**
   * Whether the quotes pair up and the parentheses nest.
   *
   * @param text the query text
   * @return true when the text can be parsed as typed
   */
  public static boolean balanced(String text) {
    long quotes = text.chars().filter(c -> c == '"').count();
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return quotes % 2 == 0 && depth == 0;
  }
}

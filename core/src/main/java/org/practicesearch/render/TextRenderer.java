package org.practicesearch.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicesearch.model.Entry;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchResponse;

/**
 * Plain-text forms of responses and entries for a terminal: a ranked list with snippets, then the facet
 * counts. Matches are shown between {@code open} and {@code close} markers (ANSI bold on a terminal).
 * Immutable and thread-safe.
 */
public final class TextRenderer {
  private static final int WIDTH = 100;
  private final String open;
  private final String close;

  /**
   * Creates a renderer that marks matches with the given texts.
   *
   * @param open text put before a match (e.g. {@code "\u001b[1m"} or {@code "*"})
   * @param close text put after a match
   */
  public TextRenderer(String open, String close) {
    this.open = open;
    this.close = close;
  }

  /**
   * Renders a search response.
   *
   * @param r the response
   * @return lines of text, ending with a newline
   */
  public String response(SearchResponse r) {
    StringBuilder sb = new StringBuilder();
    String q = r.query().isBlank() ? "all entries" : "\"" + r.query() + "\"";
    sb.append(r.total()).append(r.totalIsLowerBound() ? "+" : "")
        .append(r.total() == 1 && !r.totalIsLowerBound() ? " result for " : " results for ").append(q)
        .append(" (").append(r.tookMs()).append(" ms)\n");
    if (r.correction() != null) {
      sb.append("showing results for ").append(r.correction()).append("; search instead for ").append(r.query())
          .append('\n');
    }
    if (r.suggestion() != null) {
      sb.append("did you mean: ").append(r.suggestion()).append('\n');
    }
    if (!r.expansions().isEmpty()) {
      sb.append("also searched: ").append(String.join("; ", r.expansions())).append('\n');
    }
    if (r.relaxation() != null) {
      sb.append("no results with every filter; without ").append(r.relaxation().dimension()).append('=')
          .append(String.join(",", r.relaxation().values())).append(": ").append(r.relaxation().hits())
          .append(" results\n");
    }
    int rank = 0;
    for (Hit h : r.hits()) {
      rank++;
      sb.append('\n').append(hitText(rank, h));
    }
    if (!r.facets().isEmpty()) {
      sb.append("\nFacets\n");
      r.facets().forEach((dim, values) -> sb.append(facetLine(dim, values)));
    }
    return sb.toString();
  }

  /** Where a hit was found: its URL, else the file name and line of its first source, and how many more. */
  private static String origin(Entry e) {
    String first = e.sources().get(0);
    String where = !e.url().isEmpty() ? e.url() : first.substring(first.lastIndexOf('/') + 1);
    int more = e.sources().size() - 1;
    return more == 0 ? where : where + " (+" + more + " more)";
  }

  private String hitText(int rank, Hit h) {
    StringBuilder sb = new StringBuilder();
    Entry e = h.entry();
    sb.append(String.format(java.util.Locale.ROOT, "%2d. [%s] %s", rank, e.kind().id(), e.title()));
    if (!Float.isNaN(h.score())) {
      sb.append(String.format(java.util.Locale.ROOT, "  (%.2f)", h.score()));
    }
    sb.append('\n');
    List<String> keys = new ArrayList<>();
    if (!e.countries().isEmpty()) {
      keys.add(abbreviate(String.join(", ", e.countries()), 60));
    }
    if (e.year() != null) {
      keys.add(Integer.toString(e.year()));
    }
    keys.addAll(e.practiceTypes());
    keys.addAll(e.stakeholderTypes());
    keys.add(e.id());
    if (!e.sources().isEmpty()) {
      keys.add(origin(e));
    }
    sb.append("    ").append(String.join(" · ", keys)).append('\n');
    for (String line : wrap(snippet(h.snippet()), WIDTH - 4)) {
      sb.append("    ").append(line).append('\n');
    }
    if (h.explanation() != null) {
      sb.append("    why: ");
      List<String> parts = new ArrayList<>();
      for (Hit.Contribution c : h.explanation().contributions()) {
        parts.add(String.format(java.util.Locale.ROOT, "'%s' in %s +%.2f", c.term(), c.field(), c.score()));
      }
      sb.append(parts.isEmpty() ? "matched every entry (no words to score)" : String.join(", ", parts)).append('\n');
    }
    return sb.toString();
  }

  private String facetLine(String dim, List<FacetValue> values) {
    String joined = values.stream().map(this::facetValue).collect(Collectors.joining(" · "));
    return "  " + dim + ": " + joined + "\n";
  }

  private String facetValue(FacetValue v) {
    String s = (v.selected() ? "[x] " : "") + v.value() + " (" + v.count() + ")";
    if (!v.children().isEmpty()) {
      s += " > " + v.children().stream().map(this::facetValue).collect(Collectors.joining(", ", "{", "}"));
    }
    return s;
  }

  /**
   * Renders one entry with all its fields.
   *
   * @param e the entry
   * @return lines of text
   */
  public String entry(Entry e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.title()).append('\n');
    field(sb, "id", e.id());
    field(sb, "kind", e.kind().id() + (e.summary() ? " (summary from a teaser)" : ""));
    field(sb, "year", e.year() == null ? "" : e.year().toString());
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    lists.put("countries", e.countries());
    lists.put("regions", e.regions());
    lists.put("stakeholders", e.stakeholders());
    lists.put("stakeholder types", e.stakeholderTypes());
    lists.put("practice types", e.practiceTypes());
    lists.put("crisis types", e.crisisTypes());
    lists.put("crisis phases", e.crisisPhases());
    lists.put("guidelines", e.guidelines());
    lists.put("authors", e.authors());
    lists.put("categories", e.categories());
    lists.put("topics", e.topics());
    lists.forEach((k, v) -> field(sb, k, String.join("; ", v)));
    field(sb, "url", e.url());
    field(sb, e.sources().size() > 1 ? "sources" : "source", String.join("; ", e.sources()));
    sb.append('\n');
    for (String para : e.description().split("\n")) {
      wrap(para, WIDTH).forEach(l -> sb.append(l).append('\n'));
    }
    if (!e.repairs().isEmpty()) {
      sb.append("\nrepairs:\n");
      e.repairs().forEach(r -> sb.append("  ").append(r).append('\n'));
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    if (!value.isEmpty()) {
      sb.append(String.format(java.util.Locale.ROOT, "  %-18s %s%n", name + ":", value));
    }
  }

  /** Turns an HTML-escaped snippet with {@code <mark>} tags into terminal text with this renderer's markers. */
  String snippet(String html) {
    return html.replace("<mark>", open).replace("</mark>", close)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}

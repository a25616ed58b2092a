package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.render.Json;
import org.practicesearch.render.TextRenderer;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;
import org.practicesearch.search.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: ranked results with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Searches the index: ranked results with snippets, then facet counts.",
        "With no index yet, the bundled seeds are indexed first."},
    footer = {"", "Examples:",
        "  practice-search search \"trafficking victims refugees\"",
        "  practice-search search refugees --filter region=Asia --filter country=Jordan --year 2010..2020",
        "  practice-search search \"\" --json | jq .facets.kind"})
final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
      description = "Free text: words (all optional, more matches rank higher), \"phrases\", -exclusion, a | b. Empty matches everything.")
  String query = "";

  @Option(names = {"-f", "--filter"}, paramLabel = "DIM=VALUE",
      description = "Keep entries with this facet value (repeatable; values of one facet are OR-ed, facets AND-ed). "
          + "DIM is one of: kind, country, region, year, stakeholder_type, practice_type, crisis_type, crisis_phase, guideline, category, topic, author.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--year", paramLabel = "FROM..TO", description = "Year range, inclusive: 2010..2020, 2015.., ..2012 or 2018.")
  String years;

  @Option(names = {"-n", "--size"}, paramLabel = "N", description = "Hits per page (0 to " + SearchRequest.MAX_SIZE + ").")
  int size = 10;

  @Option(names = "--page", paramLabel = "N", description = "Page number, from 1.")
  int page = 1;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, year_desc (newest first) or year_asc.")
  String sort = "relevance";

  @Option(names = "--facet-limit", paramLabel = "N", description = "Values shown per facet.")
  int facetLimit = 10;

  @Option(names = "--json", description = "Print one JSON document: {query, total, hits, facets, took_ms, ...}.")
  boolean json;

  @Option(names = "--no-synonyms", description = "Search only the words typed, without the lexicon's acronyms and synonyms.")
  boolean noSynonyms;

  @Option(names = "--as-typed", description = "Search the words as typed, without replacing a word the index does not "
      + "know by its clear correction (\"search instead for\").")
  boolean asTyped;

  @Option(names = "--explain", description = "Show why each hit matched: fields, terms and what each added (JSON: also Lucene's explanation).")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    SearchRequest request = request();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (SearchBackend index = solr.given() ? solr.open() : openLocal(err)) {
      SearchResponse response = index.search(request);
      response.notices().forEach(n -> err.println("note: " + n));
      err.flush();
      if (json) {
        out.println(Json.compact(Json.response(response)));
      } else {
        out.print(Terminal.renderer().response(response));
      }
      out.flush();
    }
    return 0;
  }

  private SearchBackend openLocal(PrintWriter err) throws IOException {
    Path dir = common.indexDir();
    ensureIndex(dir, err);
    return SearchIndex.open(dir);
  }

  SearchRequest request() {
    SearchRequest.Builder b = SearchRequest.builder().text(query).size(size).page(page)
        .sort(SortOrder.parse(sort)).facetLimit(facetLimit).expandSynonyms(!noSynonyms).explain(explain)
        .correctSpelling(!asTyped);
    for (String f : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("bad --filter '" + f + "'; expected DIM=VALUE, e.g. country=Jordan");
      }
      Dimension d = Dimension.parse(f.substring(0, eq));
      String value = f.substring(eq + 1);
      if (d == Dimension.YEAR && value.contains("..")) {
        int[] range = YearRange.parse(value);
        b.years(range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1]);
      } else {
        b.filter(d, value);
      }
    }
    if (years != null) {
      int[] range = YearRange.parse(years);
      b.years(range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1]);
    }
    return b.build();
  }

  /**
   * With no index at the default location, indexes the bundled seeds there, saying so on stderr; any other
   * missing index is an error (a mistyped --index must not become a new index). An index of the bundled
   * seeds built by an older version is rebuilt the same way (any other old index is refused when opened,
   * with a message to re-index); another application's index is never touched.
   */
  static void ensureIndex(Path dir, PrintWriter err) throws IOException {
    String version = org.practicesearch.indexer.IndexBuilder.version(dir);
    String current = Integer.toString(org.practicesearch.schema.Schema.VERSION);
    if (version == null && !isDefault(dir)) {
      throw new org.practicesearch.indexer.IndexException(Indexes.missing(dir));
    }
    if (version != null && (version.equals(current) || version.equals("none") || !onlySeeds(dir))) {
      return;
    }
    err.println(version == null ? "no index at " + dir + " yet: indexing the bundled seeds"
        : "the index of the bundled seeds at " + dir + " was built by an older version: indexing them again");
    var parsed = BundledSeeds.parse();
    IndexReport report = Indexing.replace(dir, parsed, parsed.files());
    err.println("indexed " + report.entries() + " entries from the bundled seeds");
    err.flush();
  }

  private static boolean isDefault(Path dir) {
    return dir.toAbsolutePath().normalize().equals(CommonOptions.defaultIndex().toAbsolutePath().normalize());
  }

  /** True when the index holds only the bundled seeds (or is the default one, built before sources were kept). */
  private static boolean onlySeeds(Path dir) throws IOException {
    try (var d = org.apache.lucene.store.FSDirectory.open(dir)) {
      var commits = org.apache.lucene.index.DirectoryReader.listCommits(d);
      String sources = commits.get(commits.size() - 1).getUserData().get(Indexing.USER_DATA_SOURCES);
      if (sources == null) {
        return isDefault(dir);
      }
      return !sources.isBlank() && sources.lines().allMatch(l -> l.startsWith("seeds/"));
    }
  }

}

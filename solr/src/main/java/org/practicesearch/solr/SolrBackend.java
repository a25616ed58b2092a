package org.practicesearch.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;
import org.practicesearch.search.Hit;
import org.practicesearch.search.IndexStats;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/**
 * Searches a SolrCloud collection made from the generated configset, with the same requests and responses as
 * the embedded index: ranked hits with highlighted snippets, drill-sideways facet counts (the region tree
 * included), year ranges, paging and sorting, lexicon expansions, and the filter to drop when filters leave
 * nothing, and the same spelling help: a clear correction searched instead, else "did you mean".
 * Thread-safe: open one and share it.
 */
public final class SolrBackend implements SearchBackend {
  private final SolrCollection collection;
  private final SolrClient client;
  private final Vocabulary vocabulary;

  private SolrBackend(SolrCollection collection, SolrClient client) {
    this.collection = collection;
    this.client = client;
    this.vocabulary = new Vocabulary(this::run);
  }

  /**
   * Opens a collection for searching, checking that it exists and was made from this version's configset.
   *
   * @param collection the collection
   * @return the backend
   * @throws org.practicesearch.search.IncompatibleIndexException for a missing collection or another version
   * @throws IOException when the cluster cannot be reached
   */
  public static SolrBackend open(SolrCollection collection) throws IOException {
    return new SolrBackend(collection, collection.checkedClient());
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    return search(request, null);
  }

  /** The budget goes to Solr as {@code timeAllowed}; a partial answer is {@link SearchResponse#timedOut()}. */
  @Override
  public SearchResponse search(SearchRequest request, Duration budget) throws IOException {
    long start = System.nanoTime();
    QueryText q = QueryText.of(request.text(), request.expandSynonyms(), request.correctSpelling(),
        vocabulary);
    Set<String> unknown = new LinkedHashSet<>(q.unknown());
    Map<Dimension, List<String>> selected = FilterResolver.resolve(merge(request.filters(), q.filters()), this::run);
    JsonQueryRequest req = SolrQueries.search(request, q, unknown, selected, true)
        .setOffset((request.page() - 1) * request.size()).setLimit(request.size())
        .setSort(SolrQueries.sort(request.sort())).returnFields("*", "score");
    SolrQueries.facets(req, request, selected);
    Snippets.ask(req);
    if (budget != null) {
      req.withParam("timeAllowed", Long.toString(Math.max(1, budget.toMillis())));
    }
    QueryResponse rsp = run(req);
    long total = rsp.getResults().getNumFound();
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument doc : rsp.getResults()) {
      Entry e = SolrDocuments.fromSolr(doc);
      float score = doc.getFieldValue("score") instanceof Number n && request.sort()
          == org.practicesearch.search.SortOrder.RELEVANCE ? n.floatValue() : Float.NaN;
      hits.add(new Hit(e, score, Snippets.of(rsp, e)));
    }
    var facets = SolrFacets.read(rsp, request, selected);
    SearchResponse.Relaxation relaxation = total == 0 && (!selected.isEmpty() || request.yearFrom() != null
        || request.yearTo() != null) ? relax(request, q, unknown, selected) : null;
    boolean partial = Boolean.TRUE.equals(rsp.getHeader().get("partialResults"));
    String suggestion = partial ? null : suggest(request, q, selected);
    return new SearchResponse(request.text(), total, hits, facets, (System.nanoTime() - start) / 1_000_000,
        q.expansions(), suggestion, q.notices(), relaxation, false, partial, q.corrected());
  }

  /**
   * "Did you mean", as the embedded index gives it: every word the collection does not know (and had no
   * clear correction) replaced by its best correction at once, kept when that text gives hits under the same
   * filters; null otherwise.
   */
  private String suggest(SearchRequest request, QueryText q, Map<Dimension, List<String>> selected)
      throws IOException {
    String text = q.text();
    for (String word : q.unknown()) {
      String fix = q.best().get(word);
      if (fix != null) {
        text = text.replaceFirst("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
            + "(?![\\p{L}\\p{N}])", java.util.regex.Matcher.quoteReplacement(fix));
      }
    }
    if (text.equals(q.text())) {
      return null;
    }
    QueryText fixed = QueryText.of(text, request.expandSynonyms(), false, vocabulary);
    if (!fixed.unknown().isEmpty()) {
      return null; // still a word the collection does not know: not a correction
    }
    return count(SolrQueries.search(request, fixed, Set.of(), selected, true)) > 0 ? text : null;
  }

  /** The request's filters and those typed in the text ({@code country:Jordan}). */
  private static Map<Dimension, List<String>> merge(Map<Dimension, List<String>> a, Map<Dimension, List<String>> b) {
    Map<Dimension, List<String>> out = new LinkedHashMap<>();
    a.forEach((d, v) -> out.computeIfAbsent(d, k -> new ArrayList<>()).addAll(v));
    b.forEach((d, v) -> out.computeIfAbsent(d, k -> new ArrayList<>()).addAll(v));
    return out;
  }

  /** Which single filter (a dimension, or the year range) to drop when all of them leave no hit. */
  private SearchResponse.Relaxation relax(SearchRequest request, QueryText q, Set<String> unknown,
      Map<Dimension, List<String>> selected) throws IOException {
    SearchResponse.Relaxation best = null;
    for (Dimension d : selected.keySet()) {
      Map<Dimension, List<String>> rest = new LinkedHashMap<>(selected);
      rest.remove(d);
      long n = count(SolrQueries.search(request, q, unknown, rest, true));
      if (n > 0 && (best == null || n > best.hits())) {
        best = new SearchResponse.Relaxation(d.id(), selected.get(d), n);
      }
    }
    if (request.yearFrom() != null || request.yearTo() != null) {
      long n = count(SolrQueries.search(request, q, unknown, selected, false));
      if (n > 0 && (best == null || n > best.hits())) {
        best = new SearchResponse.Relaxation("year", List.of((request.yearFrom() == null ? "" : request.yearFrom())
            + ".." + (request.yearTo() == null ? "" : request.yearTo())), n);
      }
    }
    return best;
  }

  private long count(JsonQueryRequest req) throws IOException {
    return run(req.setLimit(0)).getResults().getNumFound();
  }

  @Override
  public Optional<Entry> get(String id) throws IOException {
    JsonQueryRequest req = new JsonQueryRequest().setQuery("{!term f=" + Schema.ID + " v=$id}").withParam("id", id)
        .setLimit(1).returnFields("*");
    var docs = run(req).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(SolrDocuments.fromSolr(docs.get(0)));
  }

  @Override
  public List<Hit> related(String id, int n) throws IOException {
    if (n < 1 || n > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("n " + n + " out of range; expected 1 to " + SearchRequest.MAX_SIZE);
    }
    if (get(id).isEmpty()) {
      return List.of();
    }
    // more-like-this over the title and the description, as the embedded index does
    JsonQueryRequest req = new JsonQueryRequest()
        .setQuery("{!mlt qf=" + Schema.TITLE + "," + Schema.DESCRIPTION + " mintf=1 mindf=2 v=$id}")
        .withParam("id", id).setLimit(n + 1).returnFields("*", "score");
    List<Hit> out = new ArrayList<>();
    for (SolrDocument doc : run(req).getResults()) {
      Entry e = SolrDocuments.fromSolr(doc);
      if (!e.id().equals(id) && out.size() < n) {
        out.add(new Hit(e, ((Number) doc.getFieldValue("score")).floatValue(), Snippets.start(e.description())));
      }
    }
    return out;
  }

  @Override
  public int size() throws IOException {
    return Math.toIntExact(run(new JsonQueryRequest().setQuery("*:*").setLimit(0)).getResults().getNumFound());
  }

  /**
   * Entries by kind and, as the generation, the highest document version of the collection (Solr's
   * {@code _version_} grows with every update); no commit time.
   */
  @Override
  public IndexStats stats() throws IOException {
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withFacet("kinds", Map.of("type", "terms", "field", Dimension.KIND.id(), "limit", -1))
        .withStatFacet("generation", "max(" + SolrFields.VERSION + ")");
    QueryResponse rsp = run(req);
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      byKind.put(k.id(), 0L);
    }
    var facets = rsp.getJsonFacetingResponse();
    var kinds = facets == null ? null : facets.getBucketBasedFacets("kinds");
    if (kinds != null) {
      kinds.getBuckets().forEach(b -> byKind.put(b.getVal().toString(), b.getCount()));
    }
    Object generation = facets == null ? null : facets.getStatValue("generation");
    return new IndexStats(Math.toIntExact(rsp.getResults().getNumFound()), byKind,
        generation instanceof Number n ? n.longValue() : 0L, null, Schema.VERSION);
  }

  /**
   * Re-reads the acronym definitions mined from the collection's text (every search sees the collection's
   * last commit).
   */
  @Override
  public boolean refresh() throws IOException {
    return vocabulary.refresh();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  private QueryResponse run(JsonQueryRequest req) throws IOException {
    try {
      return req.process(client);
    } catch (SolrServerException | SolrException | IOException e) {
      throw collection.failure(e);
    }
  }

}

package org.practicesearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Schema;
import org.practicesearch.search.Corrector;

/**
 * What the query understanding asks of the collection, answered as the embedded index answers it from its
 * terms dictionary: whether a word is known (its stem in a text field, or the word itself as an acronym),
 * whether an acronym's lower-case form is an ordinary word there, and the lexicon merged with the acronym
 * definitions mined from the collection's text (read once, re-read on {@link #refresh}). Thread-safe.
 */
class Vocabulary {
  /** Runs a request against the collection. */
  interface Runner {
    QueryResponse run(JsonQueryRequest req) throws IOException;
  }

  /** The closeness Lucene's spellchecker scores a suggestion by (its internal Levenshtein distance). */
  private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();
  private final Runner runner;
  private volatile List<AcronymDefinitions.Definition> definitions;
  private volatile Lexicon lexicon;

  Vocabulary(Runner runner) {
    this.runner = runner;
  }

  /** The bundled lexicon with the collection's mined definitions, as the embedded index merges them. */
  Lexicon lexicon() throws IOException {
    Lexicon l = lexicon;
    if (l == null) {
      refresh();
      l = lexicon;
    }
    return l;
  }

  /** Re-reads the mined definitions; true when they changed. */
  boolean refresh() throws IOException {
    List<AcronymDefinitions.Definition> read = definitions();
    if (read.equals(definitions)) {
      return false;
    }
    lexicon = Lexicon.bundled().merge(read).lexicon();
    boolean changed = definitions != null;
    definitions = read;
    return changed;
  }

  /** The definitions the collection holds, in term order (as the embedded index reads its terms). */
  private List<AcronymDefinitions.Definition> definitions() throws IOException {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "terms");
    f.put("field", Schema.DEFINITIONS);
    f.put("limit", -1);
    f.put("mincount", 1);
    f.put("sort", "index asc");
    var rsp = runner.run(new JsonQueryRequest().setQuery("*:*").setLimit(0).withFacet("d", f))
        .getJsonFacetingResponse();
    var buckets = rsp == null ? null : rsp.getBucketBasedFacets("d");
    List<AcronymDefinitions.Definition> out = new ArrayList<>();
    if (buckets != null) {
      buckets.getBuckets().stream().map(b -> AcronymDefinitions.Definition.parse(b.getVal().toString()))
          .filter(Objects::nonNull).forEach(out::add);
    }
    return out;
  }

  /**
   * For each word, whether the collection knows it: the first analysed term in a text field, or the word
   * itself in the acronym field. One request for all the words.
   */
  List<Boolean> known(List<String> words) throws IOException {
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<String> terms = Lexicon.terms(words.get(i));
      out.add(terms.isEmpty() ? Boolean.TRUE : null);
      if (!terms.isEmpty()) {
        List<String> any = new ArrayList<>(Schema.TEXT_FIELDS.keySet().stream()
            .map(f -> term(f, terms.get(0))).toList());
        if (Lexicon.isAcronym(words.get(i))) {
          any.add(term(Schema.ACRONYMS, Analyzers.acronymKey(words.get(i))));
        }
        req.withFacet("w" + i, Map.of("type", "query", "q", String.join(" OR ", any)));
      }
    }
    if (out.contains(null)) {
      var facets = runner.run(req).getJsonFacetingResponse();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          var f = facets == null ? null : facets.getQueryFacet("w" + i);
          out.set(i, f != null && f.getCount() > 0);
        }
      }
    }
    return out;
  }

  /**
   * Spelling suggestions for words the collection does not know, from its spellchecker over the
   * {@link Schema#SPELL} field (Lucene's {@code DirectSpellChecker}, as the embedded index uses), each with
   * the same closeness score the embedded index computes. One request for all the words.
   *
   * @param words the words
   * @return the suggestions by lower-cased word; a word without any is absent
   */
  Map<String, SuggestWord[]> suggestions(List<String> words) throws IOException {
    if (words.isEmpty()) {
      return Map.of();
    }
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withParam("spellcheck", "true").withParam("spellcheck.q", String.join(" ", words))
        .withParam("spellcheck.count", Integer.toString(Corrector.CANDIDATES))
        .withParam("spellcheck.extendedResults", "true");
    var spelling = runner.run(req).getSpellCheckResponse();
    Map<String, SuggestWord[]> out = new LinkedHashMap<>();
    if (spelling == null) {
      return out;
    }
    for (var s : spelling.getSuggestions()) {
      List<String> alternatives = s.getAlternatives();
      List<Integer> freqs = s.getAlternativeFrequencies();
      SuggestWord[] w = new SuggestWord[alternatives.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = new SuggestWord();
        w[i].string = alternatives.get(i);
        w[i].freq = freqs == null ? 0 : freqs.get(i);
        w[i].score = DISTANCE.getDistance(s.getToken(), alternatives.get(i));
      }
      out.put(s.getToken(), w);
    }
    return out;
  }

  /**
   * Whether the collection uses an acronym's lower-case form as a word ({@code tips} for {@code TIP}): more
   * entries hold its stem than hold the acronym.
   */
  boolean ordinary(String acronym) {
    List<String> stem = Lexicon.terms(acronym.toLowerCase(Locale.ROOT));
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withFacet("a", Map.of("type", "query", "q", term(Schema.ACRONYMS, acronym)));
    if (!stem.isEmpty()) {
      req.withFacet("w", Map.of("type", "query", "q", term(Schema.DESCRIPTION, stem.get(0))));
    }
    try {
      var facets = runner.run(req).getJsonFacetingResponse();
      long asAcronym = facets.getQueryFacet("a").getCount();
      long asWord = stem.isEmpty() ? Long.MAX_VALUE : facets.getQueryFacet("w").getCount();
      return asWord > asAcronym;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A term query, the term as indexed (no analysis), as a clause of the standard query syntax. */
  static String term(String field, String term) {
    return SolrConcepts.nested("{!term f=" + field + " v='" + term.replace("\\", "\\\\").replace("'", "\\'") + "'}");
  }
}

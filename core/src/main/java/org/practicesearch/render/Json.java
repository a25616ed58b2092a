package org.practicesearch.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import org.practicesearch.geo.Countries;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Repair;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchResponse;

/**
 * The JSON forms of entries and responses: snake_case keys, lists always present, {@code year} null when
 * unknown. These shapes are a compatibility contract (the CLI's {@code --json} and the HTTP API print them).
 * Thread-safe.
 */
public final class Json {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final Gson PRETTY =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  private Json() {}

  /**
   * An entry as a JSON object.
   *
   * @param e the entry
   * @return {@code {"id", "kind", "title", "description", "url", "countries", ..., "source", "repairs"}}
   */
  public static JsonObject entry(Entry e) {
    JsonObject o = new JsonObject();
    o.addProperty("id", e.id());
    o.addProperty("kind", e.kind().id());
    o.addProperty("title", e.title());
    o.addProperty("title_source", e.titleSource().id());
    o.addProperty("description", e.description());
    o.addProperty("url", e.url());
    o.add("countries", strings(e.countries()));
    o.add("regions", strings(e.regions()));
    o.add("stakeholders", strings(e.stakeholders()));
    o.add("stakeholder_types", strings(e.stakeholderTypes()));
    o.add("practice_types", strings(e.practiceTypes()));
    o.add("crisis_types", strings(e.crisisTypes()));
    o.add("crisis_phases", strings(e.crisisPhases()));
    o.add("guidelines", strings(e.guidelines()));
    o.add("authors", strings(e.authors()));
    o.add("year", e.year() == null ? JsonNull.INSTANCE : new JsonPrimitive(e.year()));
    o.add("categories", strings(e.categories()));
    o.add("topics", strings(e.topics()));
    o.addProperty("summary", e.summary());
    o.addProperty("region_source", e.regionSource().id());
    o.addProperty("source", e.source());
    o.add("sources", strings(e.sources()));
    JsonArray repairs = new JsonArray();
    for (Repair r : e.repairs()) {
      JsonObject ro = new JsonObject();
      ro.addProperty("field", r.field());
      ro.addProperty("from", r.from());
      ro.addProperty("to", r.to());
      ro.addProperty("reason", r.reason());
      repairs.add(ro);
    }
    o.add("repairs", repairs);
    return o;
  }

  /**
   * A hit: its score and snippet, then every field of its entry.
   *
   * @param h the hit
   * @return the JSON object
   */
  public static JsonObject hit(Hit h) {
    JsonObject o = new JsonObject();
    JsonObject e = entry(h.entry());
    o.add("id", e.remove("id"));
    o.add("kind", e.remove("kind"));
    o.add("title", e.remove("title"));
    o.add("score", Float.isNaN(h.score()) ? JsonNull.INSTANCE : new JsonPrimitive(round(h.score())));
    o.addProperty("snippet", h.snippet());
    e.entrySet().forEach(x -> o.add(x.getKey(), x.getValue()));
    if (h.explanation() != null) {
      JsonObject ex = new JsonObject();
      JsonArray parts = new JsonArray();
      for (Hit.Contribution c : h.explanation().contributions()) {
        JsonObject co = new JsonObject();
        co.addProperty("field", c.field());
        co.addProperty("term", c.term());
        co.addProperty("score", round(c.score()));
        parts.add(co);
      }
      ex.add("matches", parts);
      ex.addProperty("lucene", h.explanation().lucene());
      o.add("explain", ex);
    }
    return o;
  }

  /**
   * A search response: {@code {"query", "total", "total_relation", "hits", "facets", "took_ms", ...}};
   * {@code total_relation} is {@code "eq"} for an exact total and {@code "gte"} for a lower bound;
   * {@code timed_out} is true when the search ran out of its time budget and the results are partial.
   *
   * @param r the response
   * @return the JSON object
   */
  public static JsonObject response(SearchResponse r) {
    JsonObject o = new JsonObject();
    o.addProperty("query", r.query());
    o.addProperty("total", r.total());
    o.addProperty("total_relation", r.totalIsLowerBound() ? "gte" : "eq");
    JsonArray hits = new JsonArray();
    r.hits().forEach(h -> hits.add(hit(h)));
    o.add("hits", hits);
    o.add("facets", facets(r.facets()));
    o.addProperty("took_ms", r.tookMs());
    o.addProperty("timed_out", r.timedOut());
    o.add("expansions", strings(r.expansions()));
    o.add("suggestion", r.suggestion() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.suggestion()));
    o.add("showing_results_for", r.correction() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.correction()));
    o.add("search_instead_for", r.correction() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.query()));
    o.add("notices", strings(r.notices()));
    if (r.relaxation() == null) {
      o.add("relaxation", JsonNull.INSTANCE);
    } else {
      JsonObject rel = new JsonObject();
      rel.addProperty("drop", r.relaxation().dimension());
      rel.add("values", strings(r.relaxation().values()));
      rel.addProperty("hits", r.relaxation().hits());
      o.add("relaxation", rel);
    }
    return o;
  }

  /**
   * Facets as {@code {"<dim>": [{"value", "count", "selected"?, "path"?, "code"?, "children"?}]}}, where
   * {@code code} is the ISO 3166 alpha-2 code of a country value (absent for {@code Global} and for names
   * the normaliser does not know).
   *
   * @param facets the facets by dimension id
   * @return the JSON object
   */
  public static JsonObject facets(Map<String, List<FacetValue>> facets) {
    JsonObject o = new JsonObject();
    facets.forEach((dim, values) -> o.add(dim, facetValues(values, dim.equals(Dimension.COUNTRY.id()))));
    return o;
  }

  private static JsonArray facetValues(List<FacetValue> values, boolean countries) {
    JsonArray a = new JsonArray();
    for (FacetValue v : values) {
      JsonObject fo = new JsonObject();
      fo.addProperty("value", v.value());
      fo.addProperty("count", v.count());
      if (!v.path().equals(v.value())) {
        fo.addProperty("path", v.path());
      }
      if (countries) {
        Countries.lookup(v.value()).ifPresent(c -> fo.addProperty("code", c.iso2()));
      }
      if (v.selected()) {
        fo.addProperty("selected", true);
      }
      if (!v.children().isEmpty()) {
        fo.add("children", facetValues(v.children(), countries));
      }
      a.add(fo);
    }
    return a;
  }

  private static double round(float f) {
    return Math.round(f * 10_000d) / 10_000d;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /**
   * Writes JSON on one line.
   *
   * @param json the element
   * @return compact JSON text
   */
  public static String compact(JsonElement json) {
    return GSON.toJson(json);
  }

  /**
   * Writes JSON indented, for people.
   *
   * @param json the element
   * @return pretty JSON text
   */
  public static String pretty(JsonElement json) {
    return PRETTY.toJson(json);
  }
}

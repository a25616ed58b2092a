package org.practicesearch.cli.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicesearch.model.Entry;
import org.practicesearch.render.Json;
import org.practicesearch.search.Hit;
import org.practicesearch.search.IndexStats;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchRequest;

/** The pages and the JSON API of {@code serve} over one open index; {@link #routes()} lists them all. */
final class Endpoints {
  private static final Map<String, String> ASSETS = Map.of("/", "index.html", "/index.html", "index.html",
      "/app.js", "app.js", "/dom.js", "dom.js", "/facets.js", "facets.js", "/worldmap.js", "worldmap.js",
      "/entry.js", "entry.js", "/app.css", "app.css", "/world.json", "world.json");

  private final SearchBackend index;
  private final Duration searchBudget;
  private volatile Suggestions suggestions;

  Endpoints(SearchBackend index, Duration searchBudget) throws IOException {
    this.index = index;
    this.searchBudget = searchBudget;
    this.suggestions = Suggestions.of(index);
  }

  /** Every path the server answers: add new endpoints here. */
  Routes routes() {
    Routes r = new Routes()
        .path("/api/search", this::search)
        .path("/api/export", this::export)
        .prefix("/api/entries/", this::entry)
        .path("/api/suggest", this::suggest)
        .path("/api/stats", this::stats)
        .path("/health", this::health);
    ASSETS.forEach((path, name) -> r.path(path, (p, params) -> asset(name)));
    return r;
  }

  /** Called after the index has moved to a new commit. */
  void reload() throws IOException {
    suggestions = Suggestions.of(index);
  }

  private Reply search(String path, Map<String, List<String>> params) throws IOException {
    SearchRequest request = Params.request(params);
    JsonObject o = Json.response(index.search(request, searchBudget));
    o.add("unknown_filters", UnknownFilters.of(index, request));
    return Reply.json(200, o);
  }

  /** The whole result set as a CSV or JSON Lines download, up to {@link Export#MAX} entries. */
  private Reply export(String path, Map<String, List<String>> params) throws IOException {
    Export export = Export.of(index, params);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    export.write(body);
    return new Reply(200, export.contentType(), body.toByteArray(),
        Map.of("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\""));
  }

  private Reply entry(String path, Map<String, List<String>> params) throws IOException {
    String id = path.substring("/api/entries/".length());
    Optional<Entry> e = index.get(id);
    if (e.isEmpty()) {
      return Reply.error(404, "no entry with id '" + id + "'");
    }
    JsonObject o = Json.entry(e.get());
    JsonArray related = new JsonArray();
    for (Hit h : index.related(id, 5)) {
      related.add(Json.hit(h));
    }
    o.add("related", related);
    return Reply.json(200, o);
  }

  private Reply suggest(String path, Map<String, List<String>> params) {
    String q = Params.one(params, "q", "");
    JsonArray a = new JsonArray();
    suggestions.complete(q, Params.intParam(params, "size", 8, 1, 20)).forEach(a::add);
    JsonObject o = new JsonObject();
    o.addProperty("query", q);
    o.add("suggestions", a);
    return Reply.json(200, o);
  }

  /** {@code {"entries", "by_kind": {...}, "generation", "committed_at", "schema_version"}} of what is served. */
  private Reply stats(String path, Map<String, List<String>> params) throws IOException {
    IndexStats s = index.stats();
    JsonObject o = new JsonObject();
    o.addProperty("entries", s.entries());
    JsonObject kinds = new JsonObject();
    s.byKind().forEach(kinds::addProperty);
    o.add("by_kind", kinds);
    o.addProperty("generation", s.generation());
    o.addProperty("committed_at", s.committedAt() == null ? null : s.committedAt().toString());
    o.addProperty("schema_version", s.schemaVersion());
    return Reply.json(200, o);
  }

  private Reply health(String path, Map<String, List<String>> params) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("status", "ok");
    o.addProperty("entries", index.size());
    return Reply.json(200, o);
  }

  private static Reply asset(String name) throws IOException {
    try (InputStream in = Endpoints.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        return Reply.error(404, "missing asset " + name);
      }
      String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js")
          ? "text/javascript; charset=utf-8" : name.endsWith(".json") ? Reply.JSON : "text/css; charset=utf-8";
      return new Reply(200, type, in.readAllBytes(), Map.of());
    }
  }
}

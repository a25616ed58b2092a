package org.practicesearch.cli.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one table from paths to endpoints: exact paths first, then the longest matching prefix. */
final class Routes {
  private final Map<String, Endpoint> exact = new LinkedHashMap<>();
  private final Map<String, Endpoint> prefixes = new LinkedHashMap<>();

  /** Answers exactly {@code path}. */
  Routes path(String path, Endpoint e) {
    exact.put(path, e);
    return this;
  }

  /** Answers every path that starts with {@code prefix} (e.g. {@code /api/entries/}). */
  Routes prefix(String prefix, Endpoint e) {
    prefixes.put(prefix, e);
    return this;
  }

  Optional<Endpoint> find(String path) {
    Endpoint e = exact.get(path);
    if (e != null) {
      return Optional.of(e);
    }
    String best = null;
    for (String p : prefixes.keySet()) {
      if (path.startsWith(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return Optional.ofNullable(best == null ? null : prefixes.get(best));
  }
}

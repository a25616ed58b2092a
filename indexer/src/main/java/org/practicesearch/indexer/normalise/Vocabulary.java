package org.practicesearch.indexer.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The controlled vocabularies (practice type, stakeholder type, crisis type, crisis phase, category) from the
 * bundled {@code vocabulary.tsv}: canonical spelling and case, known variants in English, French and
 * Spanish, and small typos. Loaded once; thread-safe.
 */
final class Vocabulary {
  private static final Map<String, Map<String, String>> BY_FIELD = load();

  private Vocabulary() {}

  /** What a value maps to: the canonical value and whether it was a typo, or null when unknown. */
  record Match(String canonical, boolean typo) {}

  /** True when the field has a vocabulary. */
  static boolean covers(String field) {
    return BY_FIELD.containsKey(field);
  }

  static Match match(String field, String value) {
    Map<String, String> terms = BY_FIELD.getOrDefault(field, Map.of());
    String key = key(value);
    String exact = terms.get(key);
    if (exact != null) {
      return new Match(exact, false);
    }
    int limit = key.length() >= 10 ? 2 : key.length() >= 5 ? 1 : 0;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Map.Entry<String, String> t : terms.entrySet()) {
      int d = distance(key, t.getKey(), limit);
      if (d < bestDistance) {
        bestDistance = d;
        best = t.getValue();
        tie = false;
      } else if (d == bestDistance && !t.getValue().equals(best)) {
        tie = true;
      }
    }
    return bestDistance <= limit && !tie ? new Match(best, true) : null;
  }

  static String key(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return t.replace("&", " and ").replaceAll("[’'`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Levenshtein distance, or limit + 1 as soon as it is known to exceed the limit. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t");
        Map<String, String> terms = out.computeIfAbsent(p[0], f -> new HashMap<>());
        terms.put(key(p[1]), p[1]);
        for (String variant : p.length > 2 ? List.of(p[2].split("\\|")) : List.<String>of()) {
          terms.putIfAbsent(key(variant), p[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled vocabulary", e);
    }
    return out;
  }
}

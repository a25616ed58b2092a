package org.practicesearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The bundled domain lexicon ({@code lexicon.txt}): groups of acronyms, synonyms and English, French and
 * Spanish forms (TIP = trafficking in persons = trata de personas ...). Loaded once; thread-safe.
 */
public final class Lexicon {
  private static final Lexicon BUNDLED = load();

  private final String version;
  private final List<List<String>> groups;

  private Lexicon(String version, List<List<String>> groups) {
    this.version = version;
    this.groups = List.copyOf(groups);
  }

  /** The lexicon that ships with the library. */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  /** The lexicon's version line, e.g. {@code version 1 (2026-11)}. */
  public String version() {
    return version;
  }

  /**
   * One use of the lexicon in a query.
   *
   * @param matched the form found in the query, as the lexicon writes it
   * @param alternatives the other forms of its group, searched as phrases
   */
  public record Expansion(String matched, List<String> alternatives) {
    /** Copies the list. */
    public Expansion {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public String toString() {
      return matched + " -> " + String.join(" | ", alternatives);
    }
  }

  /**
   * The groups whose forms occur in the text (as whole words; case and accents ignored), longest form first.
   *
   * @param text the query text
   * @return one expansion per matched group
   */
  public List<Expansion> find(String text) {
    List<String> tokens = tokens(text);
    List<Expansion> out = new ArrayList<>();
    for (List<String> group : groups) {
      String best = null;
      for (String form : group) {
        if (contains(tokens, tokens(form)) && (best == null || form.length() > best.length())) {
          best = form;
        }
      }
      if (best != null) {
        String matched = best;
        out.add(new Expansion(matched, group.stream().filter(f -> !f.equals(matched)
            && !key(f).equals(key(matched))).toList()));
      }
    }
    return out;
  }

  private static boolean contains(List<String> tokens, List<String> form) {
    if (form.isEmpty()) {
      return false;
    }
    for (int i = 0; i + form.size() <= tokens.size(); i++) {
      if (tokens.subList(i, i + form.size()).equals(form)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String s) {
    return String.join(" ", tokens(s));
  }

  static List<String> tokens(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(t.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Lexicon load() {
    List<List<String>> groups = new ArrayList<>();
    String version = "unversioned";
    try (InputStream in = Lexicon.class.getResourceAsStream("/org/practicesearch/analysis/lexicon.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          int v = line.indexOf("version ");
          if (v >= 0 && version.equals("unversioned")) {
            version = line.substring(v).replaceAll("\\.$", "").strip();
          }
          continue;
        }
        if (!line.isBlank()) {
          groups.add(Arrays.stream(line.split("\\|")).map(String::strip).filter(f -> !f.isEmpty()).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled lexicon", e);
    }
    return new Lexicon(version, groups);
  }
}

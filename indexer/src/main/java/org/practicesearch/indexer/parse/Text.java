package org.practicesearch.indexer.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text operations shared by the parsers: cleaning lines, splitting lists, comparing texts. */
final class Text {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  private Text() {}

  /** Splits a page into lines: BOM removed, Windows and old Mac line ends accepted. */
  static List<String> lines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return List.of(t.split("\r\n|\r|\n", -1));
  }

  /** Collapses runs of white space (non-breaking spaces included) and trims. */
  static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Splits a comma-separated value into trimmed, non-empty parts. */
  static List<String> splitCommas(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = clean(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** A comparison key: lower case, accents folded, quotes unified, punctuation dropped, spaces collapsed. */
  static String key(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replaceAll("[\\u2018\\u2019\\u201c\\u201d'\"`]", "");
    t = t.replaceAll("[^\\p{L}\\p{N}]+", " ");
    return t.strip();
  }

  /** Joins lines into paragraphs separated by blank lines, each paragraph's lines kept as they were. */
  static String paragraphs(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    boolean blank = false;
    for (String raw : lines) {
      String line = clean(raw);
      if (line.isEmpty()) {
        blank = sb.length() > 0;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blank ? "\n\n" : "\n");
      }
      sb.append(line);
      blank = false;
    }
    return sb.toString();
  }
}

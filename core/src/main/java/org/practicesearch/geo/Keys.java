package org.practicesearch.geo;

import java.text.Normalizer;
import java.util.Locale;

/** The comparison key of a place name: no case, accents, apostrophes or punctuation; "&" = "and"; "St." = "Saint". */
final class Keys {
  private Keys() {}

  static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    s = s.replaceAll("[’‘'`´]", "").replace("&", " and ");
    s = s.replaceAll("\\bst\\.?\\s", "saint ").replaceAll("\\bste\\.?\\s", "sainte ");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    s = s.replaceAll("^the ", "");
    return s;
  }
}

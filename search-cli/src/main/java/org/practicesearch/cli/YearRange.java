package org.practicesearch.cli;

/** Parses {@code FROM..TO} year ranges: {@code 2010..2020}, {@code 2015..}, {@code ..2012}, {@code 2018}. */
final class YearRange {
  private YearRange() {}

  /** @return {from, to}, with MIN_VALUE / MAX_VALUE for an open end */
  static int[] parse(String text) {
    String t = text.strip();
    String[] parts = t.contains("..") ? t.split("\\.\\.", -1) : new String[] {t, t};
    if (parts.length != 2 || (parts[0].isBlank() && parts[1].isBlank())) {
      throw bad(text);
    }
    int from = parts[0].isBlank() ? Integer.MIN_VALUE : year(parts[0], text);
    int to = parts[1].isBlank() ? Integer.MAX_VALUE : year(parts[1], text);
    if (from > to) {
      throw new IllegalArgumentException("year range '" + text + "' is empty; expected FROM <= TO");
    }
    return new int[] {from, to};
  }

  private static int year(String s, String text) {
    try {
      int y = Integer.parseInt(s.strip());
      if (y < 0 || y > 9999) {
        throw bad(text);
      }
      return y;
    } catch (NumberFormatException e) {
      throw bad(text);
    }
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException(
        "bad year range '" + text + "'; expected FROM..TO, FROM.., ..TO or a year, e.g. 2010..2020");
  }
}

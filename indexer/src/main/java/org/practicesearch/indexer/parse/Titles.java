package org.practicesearch.indexer.parse;

/** Derives a short readable title for a practice page, which has none: its first sentence, cut at a word. */
final class Titles {
  static final int MAX = 100;

  private Titles() {}

  static String derive(String description) {
    String text = Text.clean(description.replace('\n', ' '));
    if (text.endsWith("...")) {
      text = text.substring(0, text.length() - 3).strip();
    }
    int end = sentenceEnd(text);
    String first = end > 0 ? text.substring(0, end) : text;
    if (first.length() <= MAX) {
      return first;
    }
    int cut = first.lastIndexOf(' ', MAX - 1);
    String head = first.substring(0, cut > MAX / 2 ? cut : MAX - 1);
    return head.replaceAll("[\\s,;:(\\-–]+$", "") + "…";
  }

  /** Index just before the first full stop that ends a sentence (not an initial like "U.S."), or -1. */
  private static int sentenceEnd(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean last = i == text.length() - 1;
      if ((c == '.' || c == '!' || c == '?') && (last || text.charAt(i + 1) == ' ')
          && !Character.isUpperCase(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }
}

package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name or URL says about a page: a readable slug ({@code operation-sukoon-0.txt},
 * {@code .../emergency-repatriation-fund}) made into a title, and whether the page comes from a practice
 * repository ({@code practices/} in the path, a {@code practice-} file name). Hash-like names
 * ({@code 000_7a85830c2fad2333.txt}) and generic ones ({@code page-2.html}) give no title.
 */
final class Slugs {
  private static final Pattern EXTENSION = Pattern.compile("\\.(txt|text|html?|php|aspx?|jsp|md)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("[-_+.\\s]+|%20");
  private static final Set<String> GENERIC = Set.of("page", "pages", "practice", "practices", "document",
      "documents", "file", "untitled", "index", "copy", "download", "entry", "resource", "resources", "guideline",
      "listing", "new", "text", "saved", "node", "view", "print", "en", "fr", "es", "html", "micic", "iom");
  private static final Set<String> PRACTICE_FOLDERS = Set.of("practice", "practices", "good-practice",
      "good-practices", "good_practices", "bonnes-pratiques", "buenas-practicas");
  private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of",
      "on", "or", "the", "to", "with", "de", "la", "le", "du", "des", "et", "y", "del", "los", "las");

  private Slugs() {}

  /**
   * A title made from the URL's last path segment, or else the file name, when it is made of words.
   *
   * @param name the file name or path
   * @param url the page's URL, or empty
   * @param text the page's text, whose spelling of the words is kept ({@code OWWA}, {@code Sukoon})
   * @return the title, or null when the name is hash-like, generic or a single word
   */
  static String title(String name, String url, String text) {
    String base = url.isEmpty() ? last(name) : last(path(url));
    List<String> words = new ArrayList<>(List.of(SEPARATORS.split(EXTENSION.matcher(base).replaceFirst(""))));
    words.removeIf(String::isEmpty);
    while (!words.isEmpty() && words.get(words.size() - 1).matches("\\d+")) {
      words.remove(words.size() - 1); // operation-sukoon-0: the site's duplicate counter
    }
    while (!words.isEmpty() && (words.get(0).matches("\\d+") || GENERIC.contains(lower(words.get(0))))) {
      words.remove(0); // 012_..., practice-...
    }
    if (words.size() < 2 || words.stream().anyMatch(Slugs::hashLike)
        || words.stream().allMatch(w -> GENERIC.contains(lower(w)) || SMALL.contains(lower(w)))) {
      return null;
    }
    String asWritten = asWritten(words, text);
    if (asWritten != null) {
      return asWritten;
    }
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(spelling(w, text, out.isEmpty()));
    }
    return String.join(" ", out);
  }

  /**
   * True when the file name or URL says the page comes from a practice repository: a {@code practice} or
   * {@code practices} folder or path segment, or a file name starting {@code practice-}.
   *
   * @param name the file name or path
   * @param url the page's URL, or empty
   * @return whether the page is a practice
   */
  static boolean practice(String name, String url) {
    for (String s : (name.replace('\\', '/') + "/" + path(url)).split("/")) {
      String seg = lower(s);
      if (PRACTICE_FOLDERS.contains(seg)) {
        return true;
      }
    }
    String file = lower(last(name));
    return file.startsWith("practice-") || file.startsWith("practice_");
  }

  private static boolean hashLike(String w) {
    boolean digit = w.chars().anyMatch(Character::isDigit);
    boolean letter = w.chars().anyMatch(Character::isLetter);
    return digit && letter && w.length() >= 6 || w.length() >= 8 && digit && w.matches("[0-9a-fA-F]+");
  }

  /** The words as the text writes them together ("Operation Sukoon"), when it does and capitalises them. */
  private static String asWritten(List<String> words, String text) {
    StringBuilder p = new StringBuilder("(?i)(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.size(); i++) {
      p.append(i > 0 ? "[\\s\\-]+" : "").append(Pattern.quote(words.get(i)));
    }
    Matcher m = Pattern.compile(p.append("(?![\\p{L}\\p{N}])").toString()).matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(m.group().codePointAt(0))) {
        return Text.clean(m.group());
      }
    }
    return null;
  }

  /** One word: as the text writes it in capitals (an acronym), else capitalised unless a small word. */
  private static String spelling(String word, String text, boolean first) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toUpperCase(Locale.ROOT))
        + "(?![\\p{L}\\p{N}])").matcher(text);
    if (word.length() >= 2 && m.find()) {
      return m.group();
    }
    String w = lower(word);
    return !first && SMALL.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String path(String url) {
    String u = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    int cut = u.indexOf('?');
    u = cut >= 0 ? u.substring(0, cut) : u;
    cut = u.indexOf('#');
    return cut >= 0 ? u.substring(0, cut) : u;
  }

  private static String last(String path) {
    String p = path.replace('\\', '/').replaceAll("/+$", "");
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

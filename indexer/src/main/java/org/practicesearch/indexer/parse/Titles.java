package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.model.Entry;
import org.practicesearch.model.TitleSource;

/**
 * Titles as a person would write them, for pages that give none: the subject of the description's first
 * sentence ("The Overseas Workers Welfare Administration (OWWA) is ..." -> "Overseas Workers Welfare
 * Administration (OWWA)"), else its first clause, at most {@value #MAX_WORDS} words. Site navigation and
 * bullet markers never become a title.
 */
final class Titles {
  static final int MAX_WORDS = 12;
  /** The longest line taken as a page's title line. */
  static final int LINE_MAX = 200;
  private static final int MIN_CLAUSE_WORDS = 5;
  private static final int LIST_WORDS = 4;
  /** Lines that frame a page: skip links, breadcrumbs, menu bars, search and print tools. */
  private static final Pattern FRAME = Pattern.compile(
      "^(skip to (main )?(content|navigation)|toggle navigation|search|search form|print|share|back|back to top|"
          + "you are here.*|home\\s*[>/|»].*|.*\\s[>»]\\s.*|.*\\s\\|\\s.*\\s\\|\\s.*|print the (guideline|practice).*|"
          + "share this.*)$", Pattern.CASE_INSENSITIVE);
  /** Items of the sites' menus. */
  private static final Pattern MENU_ITEM = Pattern.compile(
      "^((main )?menu|navigation|home|about( us)?|contact( us)?|log ?in|sign in|english|français|español|top|"
          + "good practices?|practices?|resources?|resource library|guidelines?( and practices)?)$",
      Pattern.CASE_INSENSITIVE);
  /** Verbs that define their subject ("X is a ...", "X was established"): the subject names the entry. */
  private static final Pattern VERB = Pattern.compile("\\s(is|are|was|were|has been|have been|serves as|"
      + "consists of|comprises)\\s");
  /** Words that open a sentence with a circumstance ("After the earthquake, ..."), not its subject. */
  private static final Pattern OPENER = Pattern.compile("^(After|In|During|When|Since|On|Along|At|Following|While|"
      + "Before|Until|Within|As|Once|Despite|Between|From|where|which|when|at|in|on|during)\\s");
  private static final int OPENER_MAX_WORDS = 16;
  /** A leading "Through its X, ..." whose X names the practice. */
  private static final Pattern THROUGH = Pattern.compile(
      "^(?:Through|With|Under|Via|By means of|Thanks to)\\s+(?:its|their|the|his|her)\\s+([^,;:]+),\\s");
  /** Where a clause ends: a comma (not in a number), a semicolon, a dash, a parenthesis that is not an acronym. */
  private static final Pattern CLAUSE_END = Pattern.compile("((?<!\\d),|,(?!\\d)|;|:|\\s[–—-]+\\s|"
      + "\\s\\((?![A-Z][A-Za-z0-9-]*\\))|\\swhich\\s|\\swho\\s|\\sin order to\\s|\\sso as to\\s)");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "in", "to", "the", "against", "at",
      "with", "from", "de", "des", "du", "la", "le", "y", "del", "&");
  private static final Set<String> TRAILING = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "for",
      "with", "by", "at", "from", "as", "its", "their", "that", "which", "who", "whose", "where", "when", "&");

  private Titles() {}

  /**
   * Sets the title of a single-entry page: the one the page gives, else one made from a readable file name
   * or URL, else one derived from the text; and where it comes from.
   *
   * @param b the entry being built
   * @param page the page
   * @param pageTitle the title the page gives, or null
   * @param text the entry's text
   * @return the builder
   */
  static Entry.Builder choose(Entry.Builder b, PageText page, String pageTitle, String text) {
    if (pageTitle != null && !pageTitle.isEmpty()) {
      return b.title(pageTitle).titleSource(TitleSource.PAGE);
    }
    String slug = Slugs.title(page.name(), page.url(), text);
    return slug != null ? b.title(slug).titleSource(TitleSource.SLUG)
        : b.title(Titles.derive(text)).titleSource(TitleSource.DERIVED);
  }

  /** True for a line of the site's navigation (menu, breadcrumb, skip link, print/share tools). */
  static boolean navigation(String line) {
    String l = Text.clean(line);
    return FRAME.matcher(l).matches() || MENU_ITEM.matcher(l).matches();
  }

  /** True for a line that frames a page (skip link, breadcrumb, tools), not an item of a menu. */
  static boolean frame(String line) {
    return FRAME.matcher(Text.clean(line)).matches();
  }

  /**
   * A page's own title: the last line before {@code at} that is not site navigation, when it stands alone (a
   * blank line, a bullet or a skip link or breadcrumb above it: the last item of a plain menu is not a title),
   * is not a bullet and does not end a sentence.
   *
   * @param lines the page's lines
   * @param at the index of the first line of the entry's fields or text
   * @return the index of the title line, or -1
   */
  static int lineBefore(List<String> lines, int at) {
    for (int i = at - 1; i >= 0; i--) {
      String line = Text.clean(lines.get(i));
      if (line.isEmpty() || navigation(line)) {
        continue;
      }
      if (Text.bulleted(line) || line.length() > LINE_MAX || line.endsWith(".") || line.endsWith(":")) {
        return -1;
      }
      String above = i > 0 ? Text.clean(lines.get(i - 1)) : "";
      return above.isEmpty() || Text.bulleted(above) || frame(above) ? i : -1;
    }
    return -1;
  }

  /**
   * A short title derived from an entry's text: its first prose line's first sentence, reduced to its
   * subject when that names something, else to its first clause; never a navigation line or a bullet.
   *
   * @param description the entry's text
   * @return the title, possibly empty for an empty text
   */
  static String derive(String description) {
    String sentence = mainClause(firstSentence(firstProseLine(description)));
    String subject = subject(sentence);
    return subject != null ? subject : clause(sentence);
  }

  /** The sentence without its opening circumstances ("After the floods of 2017, the consulate ..."). */
  private static String mainClause(String sentence) {
    String s = sentence;
    for (int round = 0; round < 3 && OPENER.matcher(s).lookingAt() && !THROUGH.matcher(s).lookingAt(); round++) {
      int comma = topLevelComma(s);
      if (comma < 0 || words(s.substring(0, comma)).size() > OPENER_MAX_WORDS || comma + 2 >= s.length()
          || listAfter(s.substring(comma + 1), true)) {
        break;
      }
      s = s.substring(comma + 1).strip();
    }
    return s.equals(sentence) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The first line that is not navigation or a bullet, without a trailing ellipsis. */
  private static String firstProseLine(String text) {
    String fallback = "";
    for (String raw : text.split("\n")) {
      String line = Text.clean(raw);
      if (line.isEmpty() || navigation(line)) {
        continue;
      }
      if (!Text.bulleted(line)) {
        return TeaserMerger.stripEllipsis(line);
      }
      fallback = fallback.isEmpty() ? Text.value(line) : fallback;
    }
    return TeaserMerger.stripEllipsis(fallback);
  }

  private static String firstSentence(String line) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean last = i == line.length() - 1;
      if ((c == '.' || c == '!' || c == '?') && (last || line.charAt(i + 1) == ' ')
          && !Character.isUpperCase(line.charAt(i - 1))) {
        return line.substring(0, i);
      }
    }
    return line.replaceAll("[.!?]+$", "");
  }

  /**
   * The subject of a sentence when it names something: two to {@value #MAX_WORDS} words before the verb,
   * at least two of them capitalised, no comma outside parentheses; or the X of "Through its X, ...".
   */
  private static String subject(String sentence) {
    Matcher through = THROUGH.matcher(sentence);
    if (through.find() && named(words(through.group(1)))) {
      return through.group(1).strip();
    }
    Matcher verb = VERB.matcher(sentence);
    if (!verb.find()) {
      return null;
    }
    List<String> words = words(sentence.substring(0, verb.start()));
    if (!words.isEmpty() && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words = words.subList(1, words.size());
    }
    String subject = String.join(" ", words);
    return named(words) && topLevelComma(subject) < 0 && !OPENER.matcher(subject).lookingAt() ? subject : null;
  }

  /** A name: capitalised words (acronyms in parentheses, numbers) joined by small words ("of", "for", "and"). */
  private static boolean named(List<String> words) {
    if (words.size() < 2 || words.size() > MAX_WORDS || !capitalised(words.get(0).replaceFirst("^\\(", "x"))
        && !words.get(0).startsWith("(")) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("^[(“\"‘']+", "");
      if (bare.isEmpty() || !capitalised(bare) && !Character.isDigit(bare.codePointAt(0))
          && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The sentence up to its first clause boundary after a few words, at most {@value #MAX_WORDS} words. */
  private static String clause(String sentence) {
    Matcher m = CLAUSE_END.matcher(sentence);
    String head = sentence;
    while (m.find()) {
      if (words(sentence.substring(0, m.start())).size() >= MIN_CLAUSE_WORDS && !listComma(sentence, m)) {
        head = sentence.substring(0, m.start());
        break;
      }
    }
    List<String> words = new ArrayList<>(words(head));
    if (words.size() > MAX_WORDS) {
      int cut = MAX_WORDS;
      while (cut > MIN_CLAUSE_WORDS && capitalised(words.get(cut - 1)) && capitalised(words.get(cut))) {
        cut--; // not inside a name ("in the United | States")
      }
      words = new ArrayList<>(words.subList(0, cut));
      int comma = lastListCommaCut(words);
      words = comma > 0 ? new ArrayList<>(words.subList(0, comma)) : words;
    }
    while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words).replaceAll("[\\s,;:(\\-–—]+$", "");
  }

  /**
   * When the cut falls on a list's "and" ("how to initiate, implement and"), the number of words before the
   * list's first comma; else -1.
   */
  private static int lastListCommaCut(List<String> words) {
    String last = words.get(words.size() - 1);
    if (!last.equals("and") && !last.equals("or") && !last.equals("&")) {
      return -1;
    }
    int first = -1;
    for (int j = words.size() - 2; j >= 0 && j >= words.size() - 2 - LIST_WORDS; j--) {
      if (words.get(j).endsWith(",")) {
        first = j;
      } else if (first >= 0) {
        break;
      }
    }
    return first < 0 ? -1 : first + 1;
  }

  /** True for the comma of a list ("identification, protection and assistance"): an "and" or "or" soon after. */
  private static boolean listComma(String sentence, Matcher m) {
    return m.group().equals(",") && listAfter(sentence.substring(m.end()), false);
  }

  /**
   * True when the text after a comma goes on with a list ("protection and assistance"); with {@code names},
   * only a list of names or one joined by "&" ("Tigrinya, English and French": "women and girls" after an
   * opening "In northern Iraq," is the subject).
   */
  private static boolean listAfter(String rest, boolean names) {
    List<String> next = words(rest.split("[;:.]")[0]);
    for (int i = 0; i < Math.min(next.size(), LIST_WORDS); i++) {
      String w = next.get(i);
      if (w.equals("&") || (w.equals("and") || w.equals("or")) && (!names || capitalised(next.get(0)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }

  private static List<String> words(String s) {
    String t = Text.clean(s);
    return t.isEmpty() ? List.of() : List.of(t.split(" "));
  }

  private static int topLevelComma(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      boolean number = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1));
      if (c == ',' && depth <= 0 && !number) {
        return i;
      }
    }
    return -1;
  }
}

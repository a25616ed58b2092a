package org.practicesearch.indexer.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text operations shared by the parsers: cleaning lines, splitting lists, comparing texts. */
final class Text {
  private static final Pattern BULLET = Pattern.compile("^([•·▪◦*]|[-–—](?=\\s|$))\\s*");
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

  /** A value line: cleaned, without a leading bullet ("- ", "• ", "* ", a lone "-"). */
  static String value(String s) {
    return BULLET.matcher(clean(s)).replaceFirst("");
  }

  /** True when the line starts with a bullet marker ("- ", "• ", "* ") or is only one. */
  static boolean bulleted(String s) {
    return BULLET.matcher(clean(s)).lookingAt();
  }

  /** Splits a comma-separated value into trimmed, non-empty parts. */
  static List<String> splitCommas(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = value(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Accents removed (NFD, combining marks dropped); case kept. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** A comparison key: lower case, accents folded, quotes unified, punctuation dropped, spaces collapsed. */
  static String key(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replaceAll("[\\u2018\\u2019\\u201c\\u201d'\"`]", "");
    t = t.replaceAll("[^\\p{L}\\p{N}]+", " ");
    return t.strip();
  }

  /** Replaces HTML character references ({@code &amp;}, {@code &#8217;}, {@code &nbsp;}) by the characters. */
  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    java.util.regex.Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String rep;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        rep = codePoint(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        rep = codePoint(name.substring(1), 10);
      } else {
        rep = NAMED.get(name);
      }
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(rep == null ? m.group() : rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final java.util.Map<String, String> NAMED = java.util.Map.ofEntries(
      java.util.Map.entry("amp", "&"), java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"),
      java.util.Map.entry("quot", "\""), java.util.Map.entry("apos", "'"), java.util.Map.entry("nbsp", "\u00a0"),
      java.util.Map.entry("rsquo", "\u2019"), java.util.Map.entry("lsquo", "\u2018"),
      java.util.Map.entry("rdquo", "\u201d"), java.util.Map.entry("ldquo", "\u201c"),
      java.util.Map.entry("ndash", "\u2013"), java.util.Map.entry("mdash", "\u2014"),
      java.util.Map.entry("hellip", "\u2026"), java.util.Map.entry("bull", "\u2022"),
      java.util.Map.entry("eacute", "\u00e9"), java.util.Map.entry("egrave", "\u00e8"),
      java.util.Map.entry("aacute", "\u00e1"), java.util.Map.entry("oacute", "\u00f3"),
      java.util.Map.entry("iacute", "\u00ed"), java.util.Map.entry("uacute", "\u00fa"),
      java.util.Map.entry("ntilde", "\u00f1"), java.util.Map.entry("ccedil", "\u00e7"),
      java.util.Map.entry("ocirc", "\u00f4"), java.util.Map.entry("uuml", "\u00fc"));

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

package org.practicesearch.analysis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text defines, in both ways writers do it: "Standard Operating Procedures (SOPs)" and
 * "SOPs (Standard Operating Procedures)". The long form must spell the acronym: its letters are found in
 * order, the first at the start of the first word (Schwartz and Hearst, "A simple algorithm for identifying
 * abbreviation definitions in biomedical text", 2003). Stateless and thread-safe.
 */
public final class AcronymDefinitions {
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()\\n]{2,120})\\)");
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\[\\]\\n\u2022]");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)[\\s\u00a0]*$");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

  /**
   * One definition.
   *
   * @param acronym the acronym as the index writes it ({@link Analyzers#acronymKey}: {@code SOP})
   * @param longForm the long form, spaces collapsed, lower case ({@code standard operating procedures})
   */
  public record Definition(String acronym, String longForm) {
    /** The separator of the two parts in the index term. */
    public static final char SEPARATOR = '\u001f';

    /** {@return the term this definition is indexed as} */
    public String term() {
      return acronym + SEPARATOR + longForm;
    }

    /**
     * Reads a term written by {@link #term()}.
     *
     * @param term the term
     * @return the definition, or null when the term is not one
     */
    public static Definition parse(String term) {
      int i = term.indexOf(SEPARATOR);
      return i <= 0 || i == term.length() - 1 ? null : new Definition(term.substring(0, i), term.substring(i + 1));
    }

    @Override
    public String toString() {
      return acronym + " = " + longForm;
    }
  }

  private AcronymDefinitions() {}

  /**
   * The definitions in a text, each once, in the order found.
   *
   * @param text any text
   * @return the definitions, possibly empty
   */
  public static List<Definition> find(String text) {
    if (text.indexOf('(') < 0 || !Analyzers.mayHoldAcronym(text)) {
      return List.of(); // every definition has parentheses and an acronym: the common case costs a scan
    }
    return scan(text);
  }

  /** {@link #find} without its shortcut (tests check that the shortcut never loses a definition). */
  static List<Definition> scan(String text) {
    Set<Definition> out = new LinkedHashSet<>();
    Matcher m = PARENTHESES.matcher(text);
    while (m.find()) {
      String inside = m.group(1).strip();
      Definition d = Analyzers.ACRONYM.matcher(inside).matches()
          ? longFormBefore(text.substring(0, m.start()), inside)
          : acronymBefore(text.substring(0, m.start()), inside);
      if (d != null) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** "Standard Operating Procedures (SOPs)": the long form is the end of the clause before the parenthesis. */
  private static Definition longFormBefore(String before, String acronym) {
    String key = Analyzers.acronymKey(acronym);
    Matcher clause = CLAUSE_END.matcher(before);
    int start = 0;
    while (clause.find()) {
      start = clause.end();
    }
    List<String> words = Arrays.asList(SPACES.split(before.substring(start).strip()));
    int max = Math.min(key.length() + 5, key.length() * 2);
    String candidate = String.join(" ", words.subList(Math.max(0, words.size() - max), words.size()));
    String longForm = spelledBy(key, candidate);
    return longForm == null ? null : definition(key, longForm);
  }

  /** "SOPs (Standard Operating Procedures)": the acronym is the word before, the long form all the inside. */
  private static Definition acronymBefore(String before, String inside) {
    Matcher w = WORD_BEFORE.matcher(before);
    if (!w.find() || !Analyzers.ACRONYM.matcher(w.group(1)).matches()) {
      return null;
    }
    String key = Analyzers.acronymKey(w.group(1));
    String candidate = SPACES.matcher(inside.split("[,;]")[0].strip()).replaceAll(" ");
    String longForm = spelledBy(key, candidate);
    return longForm != null && longForm.equals(candidate) ? definition(key, longForm) : null;
  }

  private static Definition definition(String acronym, String longForm) {
    int words = longForm.split(" ").length;
    if (words < 2 || words > acronym.length() + 5) {
      return null;
    }
    return new Definition(acronym, longForm.toLowerCase(Locale.ROOT));
  }

  /**
   * The shortest end of {@code text} that spells {@code acronym}: its letters in order from the right, the
   * first one at the start of a word (Schwartz and Hearst's algorithm); null when there is none.
   */
  static String spelledBy(String acronym, String text) {
    int s = acronym.length() - 1;
    int l = text.length() - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(acronym.charAt(s));
      while (l >= 0 && (Character.toLowerCase(text.charAt(l)) != c
          || (s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
      s--;
    }
    String found = text.substring(text.lastIndexOf(' ', l + 1) + 1).strip();
    return found.isEmpty() ? null : found;
  }
}

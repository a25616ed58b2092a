package org.practicesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;

/**
 * Finds the lexicon's concepts among the plain words of a query: a long form by its analysed terms (so
 * {@code trafficked persons} is {@code trafficking in persons}), an acronym by its case ({@code TIP}; a
 * lower-case {@code tip} only when the index does not use it as an ordinary word). The longest form wins.
 */
public final class Concepts {
  /**
   * A concept found in the query.
   *
   * @param first the index of its first word
   * @param last the index of its last word
   * @param matched the form typed, as the lexicon writes it
   * @param forms every form of its group
   */
  public record Found(int first, int last, String matched, List<String> forms) {
    /**
     * How the expansion is reported.
     *
     * @return e.g. {@code TIP -> THB | trafficking in persons | ...}
     */
    public String expansion() {
      return matched + " -> " + String.join(" | ", forms.stream().filter(f -> !f.equals(matched)
          && !Lexicon.key(f).equals(Lexicon.key(matched))).toList());
    }
  }

  private Concepts() {}

  /**
   * Finds the concepts among a query's plain words (the embedded and the Solr backend alike).
   *
   * @param words the plain words of a query, in order
   * @param lexicon the groups
   * @param ordinary whether the index uses an acronym's lower-case form as an ordinary word (then a
   *     lower-case word typed is that word, not the acronym)
   * @return the concepts found, in query order, not overlapping
   */
  public static List<Found> find(List<String> words, Lexicon lexicon, Predicate<String> ordinary) {
    List<List<String>> terms = words.stream().map(Lexicon::terms).toList();
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found best = null;
      if (!terms.get(i).isEmpty()) {
        for (int g = 0; g < lexicon.forms().size(); g++) {
          for (Lexicon.Form form : lexicon.forms().get(g)) {
            int last = match(form, words, terms, i, ordinary);
            if (last >= 0 && (best == null || last > best.last())) {
              best = new Found(i, last, form.text(), lexicon.groups().get(g));
            }
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The index of the last word of {@code form} when it starts at word {@code i}, or -1. */
  private static int match(Lexicon.Form form, List<String> words, List<List<String>> terms, int i,
      Predicate<String> ordinary) {
    if (form.acronym()) {
      return acronym(form.key(), words.get(i), ordinary) ? i : -1;
    }
    List<String> wanted = form.terms();
    if (wanted.isEmpty()) {
      return -1;
    }
    List<String> seen = new ArrayList<>();
    for (int j = i; j < words.size() && seen.size() < wanted.size(); j++) {
      seen.addAll(terms.get(j));
      if (seen.equals(wanted)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean acronym(String key, String word, Predicate<String> ordinary) {
    String typed = word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    if (Lexicon.isAcronym(typed)) {
      return Analyzers.acronymKey(typed).equals(key);
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    String keyLower = key.toLowerCase(Locale.ROOT);
    boolean same = lower.equals(keyLower) || lower.equals(keyLower + "s");
    return same && !ordinary.test(key);
  }
}

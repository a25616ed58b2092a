package org.practicesearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups of forms that name one concept: an acronym and its long forms, synonyms, English, French and Spanish
 * forms (TIP = trafficking in persons = trata de personas ...). The bundled groups ({@code lexicon.txt}) are
 * curated; {@link #merge} adds the definitions an index found in its own text without ever changing a curated
 * group's meaning. Immutable and thread-safe.
 */
public final class Lexicon {
  private static final Lexicon BUNDLED = load();

  private final String version;
  private final List<List<String>> groups;
  private final List<List<Form>> forms;

  private Lexicon(String version, List<List<String>> groups) {
    this.version = version;
    this.groups = groups.stream().map(List::copyOf).toList();
    this.forms = this.groups.stream().map(g -> g.stream().map(Form::of).toList()).toList();
  }

  /**
   * A form of a group, analysed once.
   *
   * @param text the form as written
   * @param acronym whether it is an acronym (matched case-sensitively)
   * @param key its {@link Lexicon#key}
   * @param terms its analysed terms (empty for an acronym)
   */
  public record Form(String text, boolean acronym, String key, List<String> terms) {
    /** Copies the list. */
    public Form {
      terms = List.copyOf(terms);
    }

    static Form of(String text) {
      boolean acronym = isAcronym(text);
      return new Form(text, acronym, Lexicon.key(text), acronym ? List.of() : Lexicon.terms(text));
    }
  }

  /** The groups, each a list of its analysed forms. */
  public List<List<Form>> forms() {
    return forms;
  }

  /** The lexicon that ships with the library. */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  /** The lexicon's version line, e.g. {@code version 1 (2026-11)}. */
  public String version() {
    return version;
  }

  /** The groups, each a list of forms as written. */
  public List<List<String>> groups() {
    return groups;
  }

  /**
   * Whether a form is an acronym, matched case-sensitively ({@code TIP} is not {@code tip}).
   *
   * @param form a form of a group
   * @return true for one token matching {@link Analyzers#ACRONYM}
   */
  public static boolean isAcronym(String form) {
    return Analyzers.ACRONYM.matcher(form).matches();
  }

  /**
   * The key two forms share when they mean the same words: an acronym without its plural {@code s}, case
   * kept; any other form its analysed terms ({@code trafficked persons} = {@code trafficking in persons}).
   *
   * @param form a form
   * @return its key; empty for a form of stop words only
   */
  public static String key(String form) {
    if (isAcronym(form)) {
      return Analyzers.acronymKey(form);
    }
    return String.join(" ", terms(form));
  }

  /**
   * The analysed terms of a text, as the text fields index them.
   *
   * @param text any text
   * @return its terms, in order, stop words left out
   */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = Analyzers.text().tokenStream("", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse '" + text + "'", e);
    }
    return out;
  }

  /**
   * One group found in a text, as a list of forms to add (used where the query is passed on as text, as to
   * Solr; the embedded index scores concepts instead).
   *
   * @param matched the form found in the text, as the lexicon writes it
   * @param alternatives the other forms of its group
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
   * The groups whose forms occur in a text (an acronym by its case, another form by its stems), the longest
   * form of each group.
   *
   * @param text the query text
   * @return one expansion per group found
   */
  public List<Expansion> find(String text) {
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    String stems = " " + String.join(" ", terms(text)) + " ";
    List<Expansion> out = new ArrayList<>();
    for (int g = 0; g < forms.size(); g++) {
      Form best = null;
      for (Form f : forms.get(g)) {
        boolean found = f.acronym() ? words.stream().anyMatch(w -> Analyzers.ACRONYM.matcher(w).matches()
            && Analyzers.acronymKey(w).equals(f.key())) : !f.key().isEmpty() && stems.contains(" " + f.key() + " ");
        if (found && (best == null || f.text().length() > best.text().length())) {
          best = f;
        }
      }
      if (best != null) {
        Form matched = best;
        out.add(new Expansion(matched.text(), forms.get(g).stream().filter(f -> !f.key().equals(matched.key())
            && !f.text().equalsIgnoreCase(matched.text())).map(Form::text).toList()));
      }
    }
    return out;
  }

  /**
   * What became of one definition found in the text.
   *
   * @param definition the definition
   * @param outcome {@code new} (a group of the text's own), {@code added} (its acronym joined the curated
   *     group of its long form), {@code curated} (the lexicon has it already) or {@code ignored} (the acronym
   *     has another curated meaning, which wins)
   */
  public record Mined(AcronymDefinitions.Definition definition, String outcome) {
    @Override
    public String toString() {
      return definition + " (" + outcome + ")";
    }
  }

  /**
   * The result of a merge.
   *
   * @param lexicon the curated groups, some with a mined acronym added, then one group per new mined acronym
   * @param mined what became of each definition
   */
  public record Merged(Lexicon lexicon, List<Mined> mined) {}

  /**
   * Adds definitions found in the text. A curated acronym keeps its curated meaning (the definition is
   * ignored); a new acronym whose long form is in a curated group joins that group; any other acronym makes
   * a group of its own with every long form the text gives it.
   *
   * @param definitions the definitions, e.g. from an index
   * @return the merged lexicon and what became of each definition
   */
  public Merged merge(Collection<AcronymDefinitions.Definition> definitions) {
    List<List<String>> out = new ArrayList<>(groups.stream().map(ArrayList::new).toList());
    Map<String, Integer> groupOf = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String f : groups.get(i)) {
        groupOf.putIfAbsent(key(f), i);
      }
    }
    List<Mined> report = new ArrayList<>();
    for (AcronymDefinitions.Definition d : definitions) {
      Integer byAcronym = groupOf.get(d.acronym());
      Integer byLongForm = groupOf.get(key(d.longForm()));
      String outcome;
      if (byAcronym != null && byAcronym < groups.size()) {
        outcome = byAcronym.equals(byLongForm) ? "curated" : "ignored";
      } else if (byAcronym != null) {
        addForm(out.get(byAcronym), d.longForm());
        outcome = "new";
      } else if (byLongForm != null && byLongForm < groups.size()) {
        addForm(out.get(byLongForm), d.acronym());
        groupOf.put(d.acronym(), byLongForm);
        outcome = "added";
      } else {
        out.add(new ArrayList<>(List.of(d.acronym(), d.longForm())));
        groupOf.put(d.acronym(), out.size() - 1);
        groupOf.putIfAbsent(key(d.longForm()), out.size() - 1);
        outcome = "new";
      }
      report.add(new Mined(d, outcome));
    }
    return new Merged(new Lexicon(version, out), report);
  }

  private static void addForm(List<String> group, String form) {
    if (group.stream().noneMatch(f -> key(f).equals(key(form)))) {
      group.add(form);
    }
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

package org.practicesearch.indexer.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * The normalising stage, between parsing and indexing: countries to canonical names (cut names rejoined),
 * regions mapped onto UN M49 and derived from the countries, controlled vocabularies for practice type,
 * stakeholder type, crisis type and phase and category, guideline references to their full title. Every
 * change is a {@link Repair} on the entry; values it does not know are kept as written and reported.
 */
public final class EntryNormaliser {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦*]|[-–—](?=\\s|$))\\s*");
  private static final Pattern GUIDELINE_NUMBER = Pattern.compile("^GUIDELINE (\\d+)\\b.*", Pattern.CASE_INSENSITIVE);

  private EntryNormaliser() {}

  /**
   * The entries normalised, with warnings for values kept as written.
   *
   * @param entries the normalised entries, in the same order
   * @param warnings one per unknown value, with the entry's file and line
   */
  public record Result(List<Entry> entries, List<Problem> warnings) {
    /** Copies the lists. */
    public Result {
      entries = List.copyOf(entries);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Normalises entries read together (guideline references are completed from titles seen among them).
   *
   * @param entries the parsed entries
   * @return the normalised entries and the warnings
   */
  public static Result normalise(List<Entry> entries) {
    Map<String, String> guidelineTitles = guidelineTitles(entries);
    List<Entry> out = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (Entry parsed : entries) {
      List<Repair> repairs = new ArrayList<>(parsed.repairs());
      Entry e = withoutBullets(parsed, repairs);
      if (e.kind() == Kind.DOCUMENT) {
        out.add(e == parsed ? e : e.toBuilder().repairs(repairs).build());
        continue;
      }
      List<String> unknown = new ArrayList<>();
      Places.Normalised places = Places.normalise(e.countries(), e.regions(), repairs, unknown);
      Entry.Builder b = e.toBuilder()
          .countries(places.countries()).regions(places.regions()).regionSource(regionSource(e, places))
          .practiceTypes(vocabulary("practice_types", "practice_type", e.practiceTypes(), repairs, unknown))
          .stakeholderTypes(vocabulary("stakeholder_types", "stakeholder_type", e.stakeholderTypes(), repairs, unknown))
          .crisisTypes(vocabulary("crisis_types", "crisis_type", e.crisisTypes(), repairs, null))
          .crisisPhases(vocabulary("crisis_phases", "crisis_phase", e.crisisPhases(), repairs, unknown))
          .categories(vocabulary("categories", "category", e.categories(), repairs, null))
          .topics(vocabulary("topics", "topic", e.topics(), repairs, null))
          .guidelines(map(e.guidelines(), g -> guideline(g, guidelineTitles), "guidelines",
              (from, to) -> "guideline reference completed to its full title", repairs));
      out.add(b.repairs(repairs).build());
      for (String u : unknown) {
        warnings.add(warning(e, u));
      }
    }
    return new Result(out, warnings);
  }

  /** The entry without bullet markers ({@code - }, {@code •}, a lone {@code -}) in its title and list values. */
  private static Entry withoutBullets(Entry e, List<Repair> repairs) {
    boolean any = BULLET.matcher(e.title()).lookingAt() || java.util.stream.Stream.of(e.countries(), e.regions(),
        e.stakeholders(), e.stakeholderTypes(), e.practiceTypes(), e.crisisTypes(), e.crisisPhases(), e.guidelines(),
        e.authors(), e.categories(), e.topics()).flatMap(List::stream).anyMatch(v -> BULLET.matcher(v).lookingAt());
    if (!any) {
      return e;
    }
    return e.toBuilder()
        .title(unbullet("title", List.of(e.title()), repairs).stream().findFirst().orElse(""))
        .countries(unbullet("countries", e.countries(), repairs))
        .regions(unbullet("regions", e.regions(), repairs))
        .stakeholders(unbullet("stakeholders", e.stakeholders(), repairs))
        .stakeholderTypes(unbullet("stakeholder_types", e.stakeholderTypes(), repairs))
        .practiceTypes(unbullet("practice_types", e.practiceTypes(), repairs))
        .crisisTypes(unbullet("crisis_types", e.crisisTypes(), repairs))
        .crisisPhases(unbullet("crisis_phases", e.crisisPhases(), repairs))
        .guidelines(unbullet("guidelines", e.guidelines(), repairs))
        .authors(unbullet("authors", e.authors(), repairs))
        .categories(unbullet("categories", e.categories(), repairs))
        .topics(unbullet("topics", e.topics(), repairs))
        .build();
  }

  private static List<String> unbullet(String field, List<String> values, List<Repair> repairs) {
    if (values.stream().noneMatch(v -> BULLET.matcher(v).lookingAt())) {
      return values;
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String clean = BULLET.matcher(v).replaceFirst("").strip();
      if (!clean.equals(v)) {
        repairs.add(new Repair(field, v, clean, "bullet marker removed"));
      }
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return out;
  }

  /** Regions already normalised (an entry read back from `parse` or `export`) keep the source they state. */
  private static org.practicesearch.model.RegionSource regionSource(Entry e, Places.Normalised places) {
    return new java.util.HashSet<>(places.regions()).equals(new java.util.HashSet<>(e.regions()))
        && !e.regions().isEmpty() ? e.regionSource() : places.source();
  }

  private static List<String> vocabulary(String field, String vocab, List<String> values, List<Repair> repairs,
      List<String> unknown) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      Vocabulary.Match m = Vocabulary.match(vocab, v);
      if (m == null) {
        out.add(v);
        if (unknown != null) {
          unknown.add("unknown " + vocab.replace('_', ' ') + " '" + v + "' kept as written");
        }
      } else {
        if (!m.canonical().equals(v)) {
          repairs.add(new Repair(field, v, m.canonical(),
              m.typo() ? "misspelt " + vocab.replace('_', ' ') : "canonical " + vocab.replace('_', ' ')));
        }
        out.add(m.canonical());
      }
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  private static List<String> map(List<String> values, Function<String, String> f, String field,
      BiFunction<String, String, String> reason, List<Repair> repairs) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String m = f.apply(v);
      if (!m.equals(v)) {
        repairs.add(new Repair(field, v, m, reason.apply(v, m)));
      }
      out.add(m);
    }
    return out;
  }

  private static Map<String, String> guidelineTitles(List<Entry> entries) {
    Map<String, String> titles = new HashMap<>();
    for (Entry e : entries) {
      for (String g : e.guidelines()) {
        Matcher m = GUIDELINE_NUMBER.matcher(g);
        if (m.matches() && g.contains(":") && g.length() > g.indexOf(':') + 2) {
          titles.merge(m.group(1), g, (a, b) -> a.length() >= b.length() ? a : b);
        }
      }
    }
    return titles;
  }

  private static String guideline(String g, Map<String, String> titles) {
    Matcher m = GUIDELINE_NUMBER.matcher(g);
    return m.matches() ? titles.getOrDefault(m.group(1), g) : g;
  }

  private static Problem warning(Entry e, String message) {
    int colon = e.source().lastIndexOf(':');
    String file = colon > 0 ? e.source().substring(0, colon) : e.source();
    int line = 1;
    try {
      line = colon > 0 ? Integer.parseInt(e.source().substring(colon + 1)) : 1;
    } catch (NumberFormatException ignored) {
      // a source without a line number: report line 1
    }
    return new Problem(file, line, false, message);
  }
}

package org.practicesearch.geo;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UN M49 regions as two-level paths, continent first ({@code Africa/Western Africa}), from ICU's region
 * containment. The Americas are split into ICU's sub-continents (Northern America, Central America,
 * Caribbean, South America): M49's "Latin America and the Caribbean" is a grouping, not a level. The
 * Western Balkans are in Southern Europe, as in M49. Thread-safe.
 */
public final class Regions {
  /** The separator of path elements. */
  public static final String SEPARATOR = "/";
  private static final LocaleDisplayNames EN = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
  private static final Set<String> DIRECTIONS = Set.of("central", "north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "south eastern", "south east", "north eastern", "north western",
      "south western");
  /** Declared names that M49 does not spell this way, and groupings, onto M49 codes. */
  private static final Map<String, String> DECLARED = Map.ofEntries(
      Map.entry("west africa", "011"), Map.entry("western africa", "011"), Map.entry("central africa", "017"),
      Map.entry("middle africa", "017"), Map.entry("east africa", "014"), Map.entry("eastern africa", "014"),
      Map.entry("north africa", "015"), Map.entry("northern africa", "015"), Map.entry("southern africa", "018"),
      Map.entry("sub saharan africa", "002"), Map.entry("africa", "002"),
      Map.entry("eastern europe", "151"), Map.entry("east europe", "151"), Map.entry("western europe", "155"),
      Map.entry("northern europe", "154"), Map.entry("southern europe", "039"), Map.entry("south eastern europe", "039"),
      Map.entry("south east europe", "039"), Map.entry("southeast europe", "039"), Map.entry("southeastern europe", "039"),
      Map.entry("western balkans", "039"), Map.entry("balkans", "039"), Map.entry("europe", "150"),
      Map.entry("central asia", "143"), Map.entry("east asia", "030"), Map.entry("eastern asia", "030"),
      Map.entry("south asia", "034"), Map.entry("southern asia", "034"), Map.entry("south east asia", "035"),
      Map.entry("southeast asia", "035"), Map.entry("south eastern asia", "035"), Map.entry("western asia", "145"),
      Map.entry("middle east", "145"), Map.entry("asia", "142"), Map.entry("asia pacific", "142"),
      Map.entry("caribbean", "029"), Map.entry("the caribbean", "029"), Map.entry("north america", "021"),
      Map.entry("northern america", "021"), Map.entry("central america", "013"), Map.entry("south america", "005"),
      Map.entry("latin america", "019"), Map.entry("latin america and the caribbean", "019"), Map.entry("americas", "019"),
      Map.entry("oceania", "009"), Map.entry("pacific", "009"), Map.entry("australia and new zealand", "053"),
      Map.entry("melanesia", "054"), Map.entry("micronesia", "057"), Map.entry("polynesia", "061"));
  private static final Set<String> GLOBAL = Set.of("worldwide", "global", "world", "international", "mondial", "mundial");

  private Regions() {}

  /**
   * The region path of a country: continent, then sub-region.
   *
   * @param c the country
   * @return e.g. {@code ["Africa", "Western Africa"]}; empty when ICU has no containment for it
   */
  public static List<String> pathFor(Country c) {
    if (c.iso2().equals(Countries.NETHERLANDS_ANTILLES)) {
      return List.of("Americas", "Caribbean");
    }
    Region r;
    try {
      r = Region.getInstance(c.iso2());
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    Region sub = r.getContainingRegion(Region.RegionType.SUBCONTINENT);
    Region continent = r.getContainingRegion(Region.RegionType.CONTINENT);
    if (continent == null) {
      return List.of();
    }
    return sub == null ? List.of(name(continent)) : List.of(name(continent), name(sub));
  }

  /**
   * Maps a region name a page declares onto the hierarchy, where the meaning is clear.
   *
   * @param declared e.g. {@code West Africa}, {@code South Eastern Europe}, {@code Caribbean}
   * @return the path ({@code ["Africa", "Western Africa"]}), {@code ["Global"]} for a worldwide scope, or empty
   *     when the name is not known (the caller keeps it as written and reports it)
   */
  public static Optional<List<String>> mapDeclared(String declared) {
    String key = Keys.of(declared).replace('-', ' ');
    if (GLOBAL.contains(key)) {
      return Optional.of(List.of(Scope.GLOBAL_NAME));
    }
    String code = DECLARED.get(key);
    if (code == null) {
      return Optional.empty();
    }
    Region r = Region.getInstance(code);
    if (r.getType() == Region.RegionType.CONTINENT) {
      return Optional.of(List.of(name(r)));
    }
    Region continent = r.getContainingRegion(Region.RegionType.CONTINENT);
    return Optional.of(List.of(name(continent), name(r)));
  }

  /**
   * Rejoins region names the site cut at a comma: a lone direction ({@code Central}) followed by
   * {@code North America} means {@code Central America}.
   *
   * @param parts the values in page order
   * @return the values, lone directions completed (each change listed in {@link Countries.Joined#joins()})
   */
  public static Countries.Joined joinSplitRegions(List<String> parts) {
    List<String> out = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String a = parts.get(i).strip();
      if (DIRECTIONS.contains(Keys.of(a)) && i + 1 < parts.size()) {
        String next = parts.get(i + 1).strip();
        String[] words = next.split("\\s+");
        String completed = a + " " + words[words.length - 1];
        if (mapDeclared(completed).isPresent()) {
          out.add(completed);
          joins.add(a + " + " + next + " -> " + completed + ", " + next);
          continue;
        }
      }
      out.add(a);
    }
    return new Countries.Joined(out, joins);
  }

  /**
   * A path as one string, {@code Africa/Western Africa}.
   *
   * @param path the path elements
   * @return the joined path
   */
  public static String pathString(List<String> path) {
    return String.join(SEPARATOR, path);
  }

  private static String name(Region r) {
    return EN.regionDisplayName(r.toString());
  }
}

package org.practicesearch.geo;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names to canonical names and ISO codes, whatever the page says: ICU's names in English, French
 * and Spanish, ISO alpha-2 and alpha-3 codes, and a small bundled table of UN formal and older names
 * ({@code aliases.tsv}). Data is built once; every method is thread-safe.
 */
public final class Countries {
  /** ISO code used for the former Netherlands Antilles (dissolved in 2010, no current code). */
  static final String NETHERLANDS_ANTILLES = "AN";
  private static final Set<String> GLOBAL = Set.of("global", "worldwide", "world", "international", "mondial",
      "monde", "mundial", "mundo", "all countries", "multiple countries", "various countries", "global level");
  private static final Map<String, String> NAME_OVERRIDES = Map.of(
      "CD", "Democratic Republic of the Congo", "CG", "Congo", "MM", "Myanmar", "PS", "Palestine",
      "HK", "Hong Kong", "MO", "Macao", NETHERLANDS_ANTILLES, "Netherlands Antilles");

  private Countries() {}

  /** Built on first use. */
  private static final class Data {
    static final Map<String, String> BY_KEY = new HashMap<>();
    static final Map<String, Country> BY_CODE = new HashMap<>();

    static {
      LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
      List<LocaleDisplayNames> others = List.of(LocaleDisplayNames.getInstance(ULocale.FRENCH),
          LocaleDisplayNames.getInstance(new ULocale("es")));
      for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
        String code = r.toString();
        if (code.length() != 2 || code.equals("ZZ") || code.equals("EU") || code.equals("UN")) {
          continue;
        }
        String name = NAME_OVERRIDES.getOrDefault(code, tidy(en.regionDisplayName(code)));
        BY_CODE.put(code, new Country(name, code));
        BY_KEY.putIfAbsent(Keys.of(name), code);
        BY_KEY.putIfAbsent(Keys.of(en.regionDisplayName(code)), code);
        for (LocaleDisplayNames other : others) {
          BY_KEY.putIfAbsent(Keys.of(other.regionDisplayName(code)), code);
        }
      }
      BY_CODE.put(NETHERLANDS_ANTILLES, new Country(NAME_OVERRIDES.get(NETHERLANDS_ANTILLES), NETHERLANDS_ANTILLES));
      BY_KEY.put(Keys.of("Netherlands Antilles"), NETHERLANDS_ANTILLES);
      BY_KEY.put(Keys.of("Antilles néerlandaises"), NETHERLANDS_ANTILLES);
      BY_KEY.put(Keys.of("Antillas Neerlandesas"), NETHERLANDS_ANTILLES);
      readAliases();
    }

    private static void readAliases() {
      try (InputStream in = Countries.class.getResourceAsStream("aliases.tsv");
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\t");
          BY_KEY.put(Keys.of(parts[0]), parts[1].strip()); // aliases win over ICU's names
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled country aliases", e);
      }
    }

    /** ICU's "Bosnia & Herzegovina", "Côte d’Ivoire" -> "Bosnia and Herzegovina", "Côte d'Ivoire". */
    private static String tidy(String icuName) {
      return icuName.replace(" & ", " and ").replace('’', '\'');
    }
  }

  /**
   * Finds the country a name means.
   *
   * @param text a name in English, French or Spanish, formal or short, old or new, or an ISO code written in
   *     capitals ({@code TR}, {@code TUR})
   * @return the country, or empty when the name is not a known country
   */
  public static Optional<Country> lookup(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    String code = Data.BY_KEY.get(Keys.of(t));
    if (code == null && t.matches("[A-Z]{2}")) {
      code = Data.BY_CODE.containsKey(t) ? t : null;
    }
    if (code == null && t.matches("[A-Z]{3}")) {
      code = alpha3(t);
    }
    int comma = t.indexOf(',');
    if (code == null && comma > 0 && comma == t.lastIndexOf(',')) {
      code = inverted(t.substring(0, comma).strip(), t.substring(comma + 1).strip());
    }
    return Optional.ofNullable(code == null ? null : Data.BY_CODE.get(code));
  }

  /** ISO's inverted names, kept whole by a page: {@code Korea, Republic of}, {@code Trinidad, Tobago}. */
  private static String inverted(String a, String b) {
    String code = Data.BY_KEY.get(Keys.of(b + " " + a));
    return code != null ? code : Data.BY_KEY.get(Keys.of(a + " and " + b));
  }

  private static String alpha3(String t) {
    try {
      Region r = Region.getInstance(t);
      return r.getType() == Region.RegionType.TERRITORY ? r.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The country with this ISO alpha-2 code.
   *
   * @param iso2 the code, e.g. {@code NG}
   * @return the country, or empty for an unknown code
   */
  public static Optional<Country> byCode(String iso2) {
    return Optional.ofNullable(Data.BY_CODE.get(iso2));
  }

  /**
   * Classifies a value of a country field: a country, the global scope, or unknown (kept as written).
   *
   * @param text the value
   * @return its scope
   */
  public static Scope classify(String text) {
    String t = text == null ? "" : text.strip();
    if (GLOBAL.contains(Keys.of(t))) {
      return new Scope(Scope.Kind.GLOBAL, null, Scope.GLOBAL_NAME);
    }
    return lookup(t).map(c -> new Scope(Scope.Kind.COUNTRY, c, c.name()))
        .orElseGet(() -> new Scope(Scope.Kind.UNKNOWN, null, t));
  }

  /**
   * Rejoins country names the source site cut in two at a comma: {@code ["Trinidad", "Tobago"]} gives
   * {@code Trinidad and Tobago}, {@code ["Korea", "Republic of"]} gives {@code Republic of Korea}. Two parts
   * are joined only when they are not both countries on their own and their join is one.
   *
   * @param parts the values in page order
   * @return the values with cut names rejoined (each join listed in {@link Joined#joins()})
   */
  public static Joined joinSplitNames(List<String> parts) {
    List<String> out = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String a = parts.get(i).strip();
      if (i + 1 < parts.size()) {
        String b = parts.get(i + 1).strip();
        String joined = join(a, b);
        if (joined != null) {
          out.add(joined);
          joins.add(a + " + " + b + " -> " + joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return new Joined(out, joins);
  }

  private static String join(String a, String b) {
    if (lookup(a).isPresent() && lookup(b).isPresent()) {
      return null;
    }
    for (String candidate : List.of(a + " and " + b, b + " " + a, a + " " + b)) {
      if (lookup(candidate).isPresent()) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The result of {@link #joinSplitNames(List)}.
   *
   * @param values the values, cut names rejoined
   * @param joins what was joined, one line each ({@code "Trinidad + Tobago -> Trinidad and Tobago"})
   */
  public record Joined(List<String> values, List<String> joins) {
    /** Copies the lists. */
    public Joined {
      values = List.copyOf(values);
      joins = List.copyOf(joins);
    }
  }
}

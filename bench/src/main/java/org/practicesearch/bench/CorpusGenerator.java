package org.practicesearch.bench;

import com.ibm.icu.util.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.practicesearch.geo.Countries;
import org.practicesearch.geo.Country;
import org.practicesearch.geo.Regions;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * Deterministic synthetic entries in our schema, at any size: practices and resources with skewed (Zipf)
 * countries, multi-valued countries and stakeholder types, 15 guidelines, years 1990-2026, authors, and
 * descriptions of 60-200 words drawn from a Zipf distribution over the seeds' own words plus generated
 * pronounceable words (tens of thousands of distinct terms). The same seed gives the same entries.
 */
public final class CorpusGenerator {
  private static final String[] PRACTICE_TYPES = {"Assistance programs", "Coordination mechanisms",
      "Early warning systems", "Government bodies", "International programs", "Domestic laws and policies", "Tools",
      "Training and capacity building", "Awareness raising and communication tools"};
  private static final String[] STAKEHOLDER_TYPES = {"International Organizations", "State", "Civil Society",
      "Private Sector", "Academia", "Regional Institutions", "Local Authorities"};
  private static final String[] CRISIS_TYPES = {"Conflict", "Natural Disaster"};
  private static final String[] PHASES = {"Crisis Preparedness", "Emergency Response", "Post-Crisis Action"};
  private static final String[] CATEGORIES = {"Capacity building", "Protection", "Health", "Data", "Coordination"};
  private static final String SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
      + "na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu";
  static final int SYNTHETIC_WORDS = 40_000;

  private final long seed;
  private final List<String> words;
  private final List<Country> countries;
  /** Broad queries draw from this many of the most frequent words. */
  static final int BROAD = 8;

  private final Zipf wordZipf;
  private final Zipf countryZipf;

  /**
   * @param seed the random seed (printed by the benchmark, so a run can be repeated)
   * @param seedPages the seed pages folder whose words start the vocabulary (may be missing)
   * @throws IOException if the seed pages cannot be read
   */
  public CorpusGenerator(long seed, Path seedPages) throws IOException {
    this.seed = seed;
    this.words = vocabulary(seed, seedPages);
    this.countries = countries();
    this.wordZipf = new Zipf(words.size(), 1.0);
    this.countryZipf = new Zipf(countries.size(), 1.1);
  }

  /**
   * Writes generated entries as JSON Lines (our entry schema, what {@code index} reads), one at a time.
   * Usage: {@code CorpusGenerator N OUT.jsonl [SEED]}, run from the repository root (the seeds start the
   * vocabulary).
   *
   * @param args the number of entries, the output file and optionally the seed (default 42)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator N OUT.jsonl [SEED]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    CorpusGenerator gen = new CorpusGenerator(args.length > 2 ? Long.parseLong(args[2]) : 42, Path.of("seeds"));
    try (var out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        out.write(org.practicesearch.render.Json.compact(org.practicesearch.render.Json.entry(gen.entry(i))));
        out.write('\n');
      }
    }
  }

  /** Number of distinct words the descriptions are drawn from. */
  public int vocabularySize() {
    return words.size();
  }

  /**
   * The n-th entry; entries are independent, so any range can be generated in parallel.
   *
   * @param n the entry number
   * @return the entry
   */
  public Entry entry(long n) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    boolean practice = r.nextInt(100) < 60;
    Kind kind = practice ? Kind.PRACTICE : Kind.RESOURCE;
    List<String> cs = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    int nc = 1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(5));
    for (int i = 0; i < nc; i++) {
      Country c = countries.get(countryZipf.sample(r));
      cs.add(c.name());
      regions.add(Regions.pathString(Regions.pathFor(c)));
    }
    Entry.Builder b = Entry.builder(kind.id() + "-" + Long.toHexString(seed) + "-" + n, kind)
        .title(sentence(r, 4 + r.nextInt(8))).description(sentence(r, 60 + r.nextInt(141)))
        .countries(cs).regions(regions.stream().filter(x -> !x.isEmpty()).toList())
        .year(1990 + r.nextInt(37)).source("generated:" + n)
        .guidelines(List.of("GUIDELINE " + (1 + r.nextInt(15))))
        .categories(List.of(CATEGORIES[r.nextInt(CATEGORIES.length)]));
    if (practice) {
      b.practiceTypes(List.of(PRACTICE_TYPES[r.nextInt(PRACTICE_TYPES.length)]))
          .stakeholderTypes(distinct(r, STAKEHOLDER_TYPES, 1 + r.nextInt(2)))
          .stakeholders(List.of(cap(words.get(r.nextInt(2000))) + " " + cap(words.get(r.nextInt(2000))) + " Agency"))
          .crisisTypes(distinct(r, CRISIS_TYPES, 1 + r.nextInt(2)))
          .crisisPhases(distinct(r, PHASES, 1 + r.nextInt(3)));
    } else {
      b.authors(List.of(cap(words.get(r.nextInt(5000))) + " " + cap(words.get(r.nextInt(5000)))));
    }
    return b.build();
  }

  /** A query of 1 to 3 words, mixing frequent and rare ones. */
  public String query(SplittableRandom r) {
    int n = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int rank = r.nextBoolean() ? wordZipf.sample(r) : r.nextInt(Math.min(words.size(), 5000));
      sb.append(i == 0 ? "" : " ").append(words.get(rank));
    }
    return sb.toString();
  }

  /** A broad query: one or two of the most frequent words, which most entries hold. */
  public String broadQuery(SplittableRandom r) {
    String first = words.get(r.nextInt(BROAD));
    return r.nextBoolean() ? first : first + " " + words.get(r.nextInt(BROAD));
  }

  /** A frequent country name (for filters). */
  public String country(SplittableRandom r) {
    return countries.get(r.nextInt(10)).name();
  }

  private String sentence(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = words.get(wordZipf.sample(r));
      sb.append(i == 0 ? cap(w) : " " + w);
    }
    return sb.append('.').toString();
  }

  private static List<String> distinct(SplittableRandom r, String[] values, int n) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    while (out.size() < Math.min(n, values.length)) {
      out.add(values[r.nextInt(values.length)]);
    }
    return List.copyOf(out);
  }

  private static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static List<String> vocabulary(long seed, Path seedPages) throws IOException {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (seedPages != null && Files.isDirectory(seedPages)) {
      try (Stream<Path> files = Files.list(seedPages)) {
        for (Path f : files.sorted().toList()) {
          for (String w : Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 2) {
              out.add(w);
            }
          }
        }
      }
    }
    String[] syl = SYLLABLES.split(" ");
    SplittableRandom r = new SplittableRandom(seed);
    while (out.size() < SYNTHETIC_WORDS) {
      StringBuilder w = new StringBuilder();
      int n = 2 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        w.append(syl[r.nextInt(syl.length)]);
      }
      out.add(w.toString());
    }
    return List.copyOf(out);
  }

  private static List<Country> countries() {
    TreeSet<String> codes = new TreeSet<>();
    for (Region reg : Region.getAvailable(Region.RegionType.TERRITORY)) {
      codes.add(reg.toString());
    }
    List<Country> out = new ArrayList<>();
    for (String code : codes) {
      Countries.byCode(code).filter(c -> !Regions.pathFor(c).isEmpty()).ifPresent(out::add);
      if (out.size() == 200) {
        break;
      }
    }
    // a fixed shuffle so that the most frequent countries are not all "A..."
    java.util.Collections.shuffle(out, new java.util.Random(42));
    return out;
  }

  /** Zipf sampling by inverse CDF over precomputed cumulative weights. */
  static final class Zipf {
    private final double[] cdf;

    Zipf(int n, double s) {
      cdf = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cdf[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cdf[i] /= sum;
      }
    }

    int sample(SplittableRandom r) {
      int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
      return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
    }
  }
}

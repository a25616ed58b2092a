package org.practicesearch.indexer.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.practicesearch.geo.Countries;
import org.practicesearch.geo.Regions;
import org.practicesearch.geo.Scope;
import org.practicesearch.model.RegionSource;
import org.practicesearch.model.Repair;

/** Countries and regions of one entry: canonical countries, declared regions mapped, derived regions added. */
final class Places {
  private Places() {}

  record Normalised(List<String> countries, List<String> regions, RegionSource source) {}

  static Normalised normalise(List<String> rawCountries, List<String> rawRegions, List<Repair> repairs,
      List<String> unknown) {
    Countries.Joined joined = Countries.joinSplitNames(rawCountries);
    joined.joins().forEach(j -> repairs.add(new Repair("countries", j.substring(0, j.indexOf(" -> ")),
        j.substring(j.indexOf(" -> ") + 4), "country name cut in two by a comma")));
    LinkedHashSet<String> countries = new LinkedHashSet<>();
    LinkedHashSet<String> derived = new LinkedHashSet<>();
    for (String c : joined.values()) {
      Scope scope = Countries.classify(c);
      countries.add(scope.name());
      if (!scope.name().equals(c)) {
        repairs.add(new Repair("countries", c, scope.name(), scope.kind() == Scope.Kind.GLOBAL
            ? "worldwide scope, not a country" : "canonical country name (" + scope.country().iso2() + ")"));
      }
      switch (scope.kind()) {
        case COUNTRY -> {
          List<String> path = Regions.pathFor(scope.country());
          if (!path.isEmpty()) {
            derived.add(Regions.pathString(path));
          }
        }
        case GLOBAL -> derived.add(Scope.GLOBAL_NAME);
        case UNKNOWN -> unknown.add("unknown country '" + c + "' kept as written");
      }
    }
    LinkedHashSet<String> declared = declaredRegions(rawRegions, repairs, unknown);
    LinkedHashSet<String> regions = new LinkedHashSet<>(declared);
    regions.addAll(derived);
    return new Normalised(new ArrayList<>(countries), new ArrayList<>(regions), source(declared, derived, regions));
  }

  private static LinkedHashSet<String> declaredRegions(List<String> raw, List<Repair> repairs, List<String> unknown) {
    Countries.Joined joined = Regions.joinSplitRegions(raw);
    joined.joins().forEach(j -> repairs.add(new Repair("regions", j.substring(0, j.indexOf(" -> ")),
        j.substring(j.indexOf(" -> ") + 4), "region name cut at a comma")));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String r : joined.values()) {
      if (isPath(r)) { // already a UN M49 path, as `parse` prints it
        out.add(r);
        continue;
      }
      Optional<List<String>> path = Regions.mapDeclared(r);
      if (path.isPresent()) {
        String p = Regions.pathString(path.get());
        out.add(p);
        if (!p.equals(r)) {
          repairs.add(new Repair("regions", r, p, "declared region mapped onto UN M49"));
        }
      } else {
        out.add(r);
        unknown.add("unknown region '" + r + "' kept as written");
      }
    }
    return out;
  }

  /** Whether {@code r} is a region path such as {@code Africa/Western Africa}, as the normaliser writes it. */
  private static boolean isPath(String r) {
    if (!r.contains(Regions.SEPARATOR)) {
      return false;
    }
    String last = r.substring(r.lastIndexOf(Regions.SEPARATOR) + 1);
    return KnownPaths.ALL.contains(r) || Regions.mapDeclared(last).map(Regions::pathString).filter(r::equals).isPresent();
  }

  /** Every continent/sub-region path a country of ICU's data derives (built on first use). */
  private static final class KnownPaths {
    static final java.util.Set<String> ALL = build();

    private static java.util.Set<String> build() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (com.ibm.icu.util.Region t : com.ibm.icu.util.Region.getAvailable(com.ibm.icu.util.Region.RegionType.TERRITORY)) {
        Countries.byCode(t.toString()).ifPresent(c -> out.add(Regions.pathString(Regions.pathFor(c))));
      }
      return java.util.Set.copyOf(out);
    }
  }

  private static RegionSource source(LinkedHashSet<String> declared, LinkedHashSet<String> derived,
      LinkedHashSet<String> all) {
    if (all.isEmpty()) {
      return RegionSource.NONE;
    }
    if (declared.isEmpty()) {
      return RegionSource.DERIVED;
    }
    return declared.containsAll(derived) ? RegionSource.DECLARED : RegionSource.DECLARED_AND_DERIVED;
  }
}

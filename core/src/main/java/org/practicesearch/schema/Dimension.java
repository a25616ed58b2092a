package org.practicesearch.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.practicesearch.model.Entry;

/**
 * The facet dimensions: one vocabulary used everywhere (JSON keys, {@code --filter} names, the API and the
 * index). Each knows how to read its values from an {@link Entry}.
 */
public enum Dimension {
  /** {@code practice}, {@code resource}, {@code guideline} or {@code document}. */
  KIND("kind", false, e -> List.of(e.kind().id())),
  /** Country names. */
  COUNTRY("country", false, Entry::countries),
  /** UN M49 regions, hierarchical: a region and its sub-regions ({@code Africa/Western Africa}). */
  REGION("region", true, Entry::regions),
  /** Publication year. */
  YEAR("year", false, e -> e.year() == null ? List.of() : List.of(Integer.toString(e.year()))),
  /** Type of the implementing stakeholder. */
  STAKEHOLDER_TYPE("stakeholder_type", false, Entry::stakeholderTypes),
  /** Type of practice. */
  PRACTICE_TYPE("practice_type", false, Entry::practiceTypes),
  /** Type of crisis. */
  CRISIS_TYPE("crisis_type", false, Entry::crisisTypes),
  /** Crisis phase. */
  CRISIS_PHASE("crisis_phase", false, Entry::crisisPhases),
  /** MICIC guideline. */
  GUIDELINE("guideline", false, Entry::guidelines),
  /** Resource-library category. */
  CATEGORY("category", false, Entry::categories),
  /** Topic the entry is filed under: a listing page's heading, a practice's thematic area. */
  TOPIC("topic", false, Entry::topics),
  /** Resource author. */
  AUTHOR("author", false, Entry::authors);

  /** The separator of a hierarchical value written as one string: {@code Africa/Western Africa}. */
  public static final String PATH_SEPARATOR = "/";

  private final String id;
  private final boolean hierarchical;
  private final Function<Entry, List<String>> reader;

  Dimension(String id, boolean hierarchical, Function<Entry, List<String>> reader) {
    this.id = id;
    this.hierarchical = hierarchical;
    this.reader = reader;
  }

  /** The name used in JSON, filters and the index, e.g. {@code stakeholder_type}. */
  public String id() {
    return id;
  }

  /** True when values are paths (a region and its sub-regions). */
  public boolean hierarchical() {
    return hierarchical;
  }

  /**
   * A value as the path of facet labels it is indexed under: split at {@link #PATH_SEPARATOR} when the
   * dimension is hierarchical ({@code Africa/Western Africa}), the value alone otherwise.
   *
   * @param value a value of this dimension
   * @return its path
   */
  public String[] path(String value) {
    return hierarchical ? value.split(PATH_SEPARATOR) : new String[] {value};
  }

  /**
   * The entry's values for this dimension; hierarchical values are {@code /}-separated paths.
   *
   * @param entry the entry
   * @return its values, possibly empty
   */
  public List<String> valuesOf(Entry entry) {
    return reader.apply(entry);
  }

  /**
   * Parses a dimension name, case-insensitively; {@code -} and space are accepted for {@code _}.
   *
   * @param name e.g. {@code country} or {@code stakeholder-type}
   * @return the dimension
   * @throws IllegalArgumentException naming the bad value and the accepted names
   */
  public static Dimension parse(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Dimension d : values()) {
      if (d.id.equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet '" + name + "'; expected one of " + Arrays.stream(values()).map(Dimension::id).toList());
  }
}

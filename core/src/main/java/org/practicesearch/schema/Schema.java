package org.practicesearch.schema;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;

/**
 * The one place where index field names, the {@link FacetsConfig} and the schema version live. The index
 * writer and the searcher both use this class, because the search-time FacetsConfig must match the
 * index-time one.
 */
public final class Schema {
  /** Bumped whenever the index layout changes; an index with another version is refused. */
  // 3: topic facet, title_source and every source stored; 4: BM25F fields (title_curated, acronyms,
  // definitions), guidelines in meta by their short name
  public static final int VERSION = 4;
  /** Commit user-data key holding {@link #VERSION}. */
  public static final String USER_DATA_VERSION = "practice_search.schema_version";

  /** Unique entry id: a keyword field, stored. */
  public static final String ID = "id";
  /** Title text (analysed, stored). */
  public static final String TITLE = "title";
  /** Description text (analysed, stored). */
  public static final String DESCRIPTION = "description";
  /** Stakeholder names (analysed, stored). */
  public static final String STAKEHOLDERS = "stakeholders";
  /**
   * The title again, only when a person wrote it ({@code title_source} page or slug): the field that gives a
   * curated title its extra weight. Analysed like the title, not stored.
   */
  public static final String TITLE_CURATED = "title_curated";
  /**
   * Facet values as text (countries, types, authors...), analysed, not stored. A guideline counts by its
   * short name only ({@code Guideline 8}): its long title would add its words to every practice under it.
   */
  public static final String META = "meta";
  /**
   * Title and description, lower-cased but not stemmed: the vocabulary "did you mean" draws from, and the
   * field where a word's exact form scores above its stem-only matches.
   */
  public static final String SPELL = "spell";
  /**
   * The acronyms of the title, description and stakeholders, case kept ({@code TIP}, never {@code tip}),
   * plural {@code s} dropped ({@code SOPs} = {@code SOP}); nothing else. Not stored.
   */
  public static final String ACRONYMS = "acronyms";
  /**
   * Acronym definitions found in the text ("Standard Operating Procedures (SOPs)"), one keyword per
   * definition, {@code ACRONYM} + U+001F + long form; read back per reader from the terms dictionary.
   */
  public static final String DEFINITIONS = "definitions";
  /** Year as a long point + doc values, for ranges and sorting. */
  public static final String YEAR = "year";

  /**
   * The text fields a word is scored over jointly (BM25F, as Lucene's CombinedFieldQuery scores it), with their
   * weights (each at least 1: a weight multiplies the word's frequency and the field's length). They share one
   * analyzer, {@code Analyzers.text()}.
   */
  public static final java.util.Map<String, Float> TEXT_FIELDS = textFields();

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  private static java.util.Map<String, Float> textFields() {
    // insertion order, so that queries are built the same way in every run
    java.util.Map<String, Float> m = new java.util.LinkedHashMap<>();
    m.put(TITLE, 2.0f);
    m.put(TITLE_CURATED, 1.0f);
    m.put(DESCRIPTION, 1.0f);
    m.put(STAKEHOLDERS, 1.0f);
    m.put(META, 1.0f);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** {@return the one FacetsConfig, shared by writer and searcher} Do not mutate it. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /**
   * {@return the term that indexes a value of a dimension for drill-down} What a filter on the value matches.
   *
   * @param d the dimension
   * @param value the value (a {@code /}-separated path in a hierarchical dimension)
   */
  public static Term drillDownTerm(Dimension d, String value) {
    return DrillDownQuery.term(FACETS.getDimConfig(d.id()).indexFieldName, d.id(), d.path(value));
  }

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Dimension d : Dimension.values()) {
      config.setMultiValued(d.id(), true);
      config.setHierarchical(d.id(), d.hierarchical());
    }
    return config;
  }
}

package org.practicesearch.schema;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The one place where index field names, the {@link FacetsConfig} and the schema version live. The index
 * writer and the searcher both use this class, because the search-time FacetsConfig must match the
 * index-time one.
 */
public final class Schema {
  /** Bumped whenever the index layout changes; an index with another version is refused. */
  public static final int VERSION = 3; // 3: topic facet, title_source and every source stored
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
  /** Facet values as text (countries, types, guidelines, authors...), analysed, not stored. */
  public static final String META = "meta";
  /** Title and description, lower-cased but not stemmed: the vocabulary "did you mean" draws from. */
  public static final String SPELL = "spell";
  /** Year as a long point + doc values, for ranges and sorting. */
  public static final String YEAR = "year";

  /** The text fields a free-text query searches, with their weights. */
  public static final java.util.Map<String, Float> TEXT_FIELDS = textFields();

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  private static java.util.Map<String, Float> textFields() {
    // insertion order, so that queries are built the same way in every run
    java.util.Map<String, Float> m = new java.util.LinkedHashMap<>();
    m.put(TITLE, 2.0f);
    m.put(DESCRIPTION, 1.0f);
    m.put(STAKEHOLDERS, 1.5f);
    m.put(META, 0.7f);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The one FacetsConfig, shared by writer and searcher. Do not mutate it. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
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

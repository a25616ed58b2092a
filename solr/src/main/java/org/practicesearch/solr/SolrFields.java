package org.practicesearch.solr;

import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * Field names of the Solr collection that are not already {@link Schema} or {@link Dimension} names. Text
 * fields and facet fields keep our names ({@code title}, {@code country}...), so a collection reads like the
 * embedded index.
 */
final class SolrFields {
  /** The region hierarchy for filtering: a {@code descendent_path} field, {@code Africa} matches its sub-regions. */
  static final String REGION = Dimension.REGION.id();
  /** The region hierarchy for counting: {@code 0/Africa}, {@code 1/Africa/Western Africa} (level, then path). */
  static final String REGION_TREE = "region_tree";
  /** The entry's regions as written, stored for rebuilding the entry. */
  static final String REGIONS = "regions";
  /**
   * Every text field in one, each value repeated by its field's weight (the title twice): a word scored here
   * is scored as the embedded index's BM25F does (frequencies and lengths summed with the field weights).
   */
  static final String TEXT = "text_weighted";
  static final String URL = "url";
  static final String SOURCE = "source";
  static final String SOURCES = "sources";
  static final String SOURCE_FILE = "source_file";
  static final String TITLE_SOURCE = "title_source";
  static final String REGION_SOURCE = "region_source";
  static final String SUMMARY = "summary";
  static final String REPAIRS = "repairs";
  static final String FINGERPRINT = "fingerprint";
  static final String VERSION = "_version_";

  private SolrFields() {}

  /** The Solr field holding a dimension's values for counting and filtering. */
  static String facetField(Dimension d) {
    return d == Dimension.REGION ? REGION_TREE : d == Dimension.YEAR ? Schema.YEAR : d.id();
  }
}

/**
 * practice-search's embeddable library: the entry model, searching an index ({@code SearchIndex}) and
 * rendering results. Exported for applications: {@code model}, {@code search}, {@code schema} (the facet
 * {@code Dimension}s) and {@code render}. The country and region tables ({@code geo}) and the analyzers
 * ({@code analysis}) are exported to the indexer only; the relevance evaluation ({@code eval}) serves the
 * CLI, which runs on the class path. Lucene's core and facet modules are read transitively because
 * {@code schema}'s {@code Schema} and {@code EntryDocuments}, which the indexer writes with, show Lucene types
 * ({@code FacetsConfig}, {@code Document}); {@code SearchIndex} and the records of {@code search} show none.
 */
module org.practicesearch.core {
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.facet;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.suggest;
  requires transitive com.google.gson;
  requires com.ibm.icu;

  exports org.practicesearch.model;
  exports org.practicesearch.search;
  exports org.practicesearch.schema;
  exports org.practicesearch.render;
  exports org.practicesearch.geo to org.practicesearch.indexer;
  exports org.practicesearch.analysis to org.practicesearch.indexer;
  exports org.practicesearch.eval to org.practicesearch.indexer; // its relevance tests
}

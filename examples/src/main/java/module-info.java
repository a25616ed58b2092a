/** The embedding example, as an application module: it reads the indexer, and through it the core. */
module org.practicesearch.examples {
  requires org.practicesearch.indexer;
}

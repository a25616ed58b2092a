package org.practicesearch.cli;

import java.io.IOException;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.solr.SolrBackend;
import org.practicesearch.solr.SolrCollection;
import picocli.CommandLine.Option;

/** {@code --solr URL/COLLECTION}: use a SolrCloud collection instead of the index directory. */
final class SolrOption {
  @Option(names = "--solr", paramLabel = "URL/COLLECTION",
      description = "Use a SolrCloud collection made from 'practice-search solr configset' instead of --index, "
          + "e.g. http://localhost:8983/solr/practices.")
  String url;

  boolean given() {
    return url != null;
  }

  /** @throws IllegalArgumentException for a malformed URL (a usage error) */
  SolrCollection collection() {
    return SolrCollection.parse(url);
  }

  SearchBackend open() throws IOException {
    return SolrBackend.open(collection());
  }
}

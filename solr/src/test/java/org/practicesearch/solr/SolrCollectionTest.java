package org.practicesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SolrCollectionTest {
  @Test
  void parsesTheSolrUrlAndTheCollectionName() {
    assertEquals(new SolrCollection("http://localhost:8983/solr", "practices"),
        SolrCollection.parse("http://localhost:8983/solr/practices/"));
    assertEquals("https://search.example.org/solr/lib", SolrCollection.parse("https://search.example.org/solr/lib").toString());
  }

  @Test
  void refusesAUrlWithoutSchemeOrCollection() {
    for (String bad : new String[] {"localhost:8983/solr/x", "http://localhost:8983/solr", "ftp://h/solr/x", "",
        "http://h/solr/x?q=1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrCollection.parse(bad));
      assertEquals("bad Solr collection URL '" + bad + "'; expected http://HOST:PORT/solr/COLLECTION", e.getMessage());
    }
  }
}

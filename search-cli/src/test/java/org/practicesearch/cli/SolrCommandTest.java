package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Solr commands that need no cluster (the cluster itself is in solr-it). */
class SolrCommandTest {
  @TempDir Path tmp;

  @Test
  void configsetWritesTheGeneratedFilesAndSaysWhichSchema() throws IOException {
    Path conf = tmp.resolve("conf");
    CliTest.Run r = CliTest.run("solr", "configset", conf.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(conf.resolve("schema.xml") + "\n" + conf.resolve("solrconfig.xml") + "\n"
        + conf.resolve("stopwords_en.txt") + "\n", r.out().replace("\r", ""));
    String name = "practice-search-" + org.practicesearch.schema.Schema.VERSION + ".3";
    assertEquals("configset " + name + " written to " + conf + "\n", r.err().replace("\r", ""));
    assertTrue(Files.readString(conf.resolve("schema.xml")).contains("<schema name=\"" + name + "\""));
  }

  @Test
  void aMalformedCollectionUrlIsAUsageError() {
    CliTest.Run r = CliTest.run("search", "refugees", "--solr", "localhost:8983/solr");
    assertEquals(2, r.code());
    assertEquals("error: bad Solr collection URL 'localhost:8983/solr'; expected http://HOST:PORT/solr/COLLECTION\n",
        r.err().replace("\r", ""));
  }

  @Test
  void solrWithoutASubcommandIsAUsageError() {
    CliTest.Run r = CliTest.run("solr");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: a subcommand is required: configset\n"), r.err());
  }
}

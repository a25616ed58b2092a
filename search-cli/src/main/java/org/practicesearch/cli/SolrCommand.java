package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.practicesearch.solr.ConfigsetWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code solr configset DIR}: what a SolrCloud collection needs, generated from our schema. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "SolrCloud: the backend for libraries beyond one machine (see docs/SCALING.md).",
    subcommands = SolrCommand.Configset.class)
final class SolrCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: configset");
  }

  /** {@code solr configset DIR}. */
  @Command(name = "configset", mixinStandardHelpOptions = true,
      description = {"Writes the Solr configset of a practice-search collection (schema.xml, solrconfig.xml, "
          + "stop words), generated from this version's schema and analyzers.",
          "Upload it and create the collection, then use --solr URL/COLLECTION with index, search and show."},
      footer = {"", "Example:", "  practice-search solr configset /tmp/ps-conf",
          "  bin/solr zk upconfig -n practice-search -d /tmp/ps-conf -z localhost:9983"})
  static final class Configset implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path dir;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      for (Path p : ConfigsetWriter.write(dir)) {
        spec.commandLine().getOut().println(p);
      }
      err.println("configset " + ConfigsetWriter.schemaName() + " written to " + dir);
      spec.commandLine().getOut().flush();
      err.flush();
      return 0;
    }
  }
}

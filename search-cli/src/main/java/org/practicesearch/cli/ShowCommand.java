package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.practicesearch.model.Entry;
import org.practicesearch.render.Json;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one entry with all its fields. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Shows one entry with all its fields, its source, the repairs made to it and the most related entries.",
    footer = {"", "Example:", "  practice-search show resource-0123456789ab --json"})
final class ShowCommand implements Callable<Integer> {
  private static final int RELATED = 5;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the entry as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!solr.given()) {
      SearchCommand.ensureIndex(common.indexDir(), spec.commandLine().getErr());
    }
    try (SearchBackend index = solr.given() ? solr.open() : SearchIndex.open(common.indexDir())) {
      Optional<Entry> entry = index.get(id);
      if (entry.isEmpty()) {
        spec.commandLine().getErr().println("error: no entry with id '" + id + "' in "
            + (solr.given() ? solr.collection() : common.indexDir()));
        return Main.FAILURE;
      }
      java.util.List<org.practicesearch.search.Hit> related = index.related(id, RELATED);
      if (json) {
        com.google.gson.JsonObject o = Json.entry(entry.get());
        com.google.gson.JsonArray rel = new com.google.gson.JsonArray();
        related.forEach(h -> rel.add(Json.hit(h)));
        o.add("related", rel);
        out.println(Json.compact(o));
      } else {
        out.print(Terminal.renderer().entry(entry.get()));
        out.println();
        out.println("related:");
        related.forEach(h -> out.printf("  [%s] %s  (%s)%n", h.kind().id(), h.title(), h.id()));
      }
      out.flush();
    }
    return 0;
  }
}

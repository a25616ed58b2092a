package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.practicesearch.model.Entry;
import org.practicesearch.render.Json;
import org.practicesearch.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one entry with all its fields. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Shows one entry with all its fields, its source and the repairs made to it.",
    footer = {"", "Example:", "  practice-search show resource-0123456789ab --json"})
final class ShowCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the entry as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SearchCommand.ensureIndex(common.indexDir(), spec.commandLine().getErr());
    try (SearchIndex index = SearchIndex.open(common.indexDir())) {
      Optional<Entry> entry = index.get(id);
      if (entry.isEmpty()) {
        spec.commandLine().getErr().println("error: no entry with id '" + id + "' in " + common.indexDir());
        return Main.FAILURE;
      }
      out.print(json ? Json.compact(Json.entry(entry.get())) + "\n" : Terminal.renderer().entry(entry.get()));
      out.flush();
    }
    return 0;
  }
}

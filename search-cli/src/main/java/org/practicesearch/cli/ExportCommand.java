package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexContents;
import org.practicesearch.render.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export}: the stored entries as JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Prints every entry of the index as JSON Lines on stdout, one entry a line, in the schema "
        + "`parse` prints and `index` reads back (each entry's source then names the exported file's line)."},
    footer = {"", "Example:", "  practice-search export --index /tmp/idx > backup.jsonl",
        "  practice-search index --replace backup.jsonl --index /tmp/idx2"})
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = common.indexDir();
    Indexes.requireIndex(dir);
    PrintWriter out = spec.commandLine().getOut();
    long[] n = {0};
    IndexContents.forEach(dir, e -> {
      out.println(Json.compact(Json.entry(e)));
      n[0]++;
    });
    out.flush();
    spec.commandLine().getErr().println("exported " + n[0] + " entries");
    return 0;
  }
}

package org.practicesearch.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexContents;
import org.practicesearch.render.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stats}: what an index holds and how it is stored. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Shows the index's entries by kind, size, segments, schema version, last commit time and the "
        + "source files it records.",
    footer = {"", "Example:", "  practice-search stats --index /tmp/idx --json | jq .kinds"})
final class StatsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Path dir = common.indexDir();
    Indexes.requireIndex(dir);
    IndexContents.Stats s = IndexContents.stats(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonObject o = new JsonObject();
      o.addProperty("index", dir.toString());
      o.addProperty("entries", s.entries());
      JsonObject kinds = new JsonObject();
      s.kinds().forEach(kinds::addProperty);
      o.add("kinds", kinds);
      o.addProperty("deleted", s.deleted());
      o.addProperty("segments", s.segments());
      o.addProperty("size_bytes", s.bytes());
      o.addProperty("schema_version", s.schemaVersion());
      o.addProperty("last_commit", s.lastCommit().toString());
      JsonArray sources = new JsonArray();
      s.sources().forEach(sources::add);
      o.add("sources", sources);
      out.println(Json.compact(o));
    } else {
      out.printf(Locale.ROOT, "index %s%n", Printable.of(dir.toString()));
      StringBuilder kinds = new StringBuilder();
      s.kinds().forEach((k, n) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", n, k)));
      out.printf(Locale.ROOT, "entries:        %,d (%s)%n", s.entries(), kinds);
      out.printf(Locale.ROOT, "size:           %.1f MB in %d segments (%,d deleted entries not yet merged away)%n",
          s.bytes() / 1048576.0, s.segments(), s.deleted());
      out.printf(Locale.ROOT, "schema version: %s%n", s.schemaVersion());
      out.printf(Locale.ROOT, "last commit:    %s%n", s.lastCommit());
      out.printf(Locale.ROOT, "sources:        %d files%n", s.sources().size());
      s.sources().forEach(f -> out.println("  " + Printable.of(f)));
    }
    out.flush();
    return 0;
  }
}

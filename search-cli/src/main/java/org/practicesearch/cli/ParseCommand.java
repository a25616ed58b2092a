package org.practicesearch.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.render.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parse PATH...}: prints the entries read from pages, without indexing them. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Parses pages (text or saved web pages) and JSON Lines files and prints the entries, one JSON object a line "
        + "(the same schema `index` reads back); repairs and problems go to stderr."},
    footer = {"", "Examples:", "  practice-search parse seeds/", "  practice-search parse seeds/ --json | jq '.entries | length'"})
final class ParseCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
  List<Path> paths;

  @Option(names = "--json", description = "Print one JSON document: {entries: [...], problems: [...]}.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "List every repair, not only the summary.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParseResult parsed = Pages.parse(paths);
    if (json) {
      JsonObject doc = new JsonObject();
      JsonArray entries = new JsonArray();
      parsed.entries().forEach(e -> entries.add(Json.entry(e)));
      doc.add("entries", entries);
      JsonArray problems = new JsonArray();
      for (Problem p : parsed.problems()) {
        JsonObject po = new JsonObject();
        po.addProperty("file", p.file());
        po.addProperty("rejected", p.rejected());
        po.addProperty("line", p.line());
        po.addProperty("message", p.message());
        problems.add(po);
      }
      doc.add("problems", problems);
      out.println(Json.compact(doc));
    } else {
      for (Entry e : parsed.entries()) {
        out.println(Json.compact(Json.entry(e)));
      }
    }
    out.flush();
    Feedback feedback = new Feedback(err, verbose ? Feedback.Level.VERBOSE : Feedback.Level.NORMAL, false);
    parsed.problems().forEach(feedback::problem);
    parsed.entries().forEach(feedback::entry);
    feedback.finish();
    err.printf("parsed %d entries from %d files (%d problems)%n",
        parsed.entries().size(), parsed.files(), parsed.problems().size());
    err.flush();
    return parsed.problems().stream().anyMatch(Problem::rejected) ? Main.REJECTED : 0;
  }
}

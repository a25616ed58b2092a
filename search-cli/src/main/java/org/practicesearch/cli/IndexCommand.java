package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index [PATH...]}: parses pages and JSON Lines and (re)builds the index in one atomic commit. */
@Command(name = "index", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Parses pages (practice, guideline and resource-library layouts) and JSON Lines files, "
        + "then updates the index in one atomic commit (a failure or a kill leaves the previous index intact): "
        + "new entries are added, changed ones replaced by id, entries a file no longer gives deleted; "
        + "unchanged entries are left alone, so indexing the same input twice changes nothing.",
        "With no PATH, indexes the bundled seeds."},
    footer = {"", "Examples:", "  practice-search index seeds/", "  practice-search index --index /tmp/idx pages/ extra.jsonl",
        "", "Exit codes: 0 all inputs indexed, 1 failure, 2 usage error, 3 some inputs rejected (the rest indexed)."})
final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "List every repair and every acronym defined in the text, not only the summary.")
  boolean verbose;

  @Option(names = "--sync", description = "Also delete entries whose source file is not among the inputs (a file that is gone).")
  boolean sync;

  @Option(names = "--replace", description = "Rebuild the index from these inputs only, instead of updating it.")
  boolean replace;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ParseResult parsed = paths.isEmpty() ? BundledSeeds.parse() : Pages.parse(paths);
    Path dir = common.indexDir();
    IndexReport report = replace ? Indexing.replace(dir, parsed, parsed.files()) : Indexing.update(dir, parsed, sync);
    Reports.printRepairs(err, parsed, verbose);
    Reports.printProblems(err, parsed.problems());
    err.printf("read %d files: %d entries (%d repaired), %d inputs rejected%n",
        report.files(), report.entries(), report.repaired(), report.rejected());
    err.printf("index %s: %d added, %d updated, %d deleted, %d unchanged%n",
        dir, report.added(), report.updated(), report.deleted(), report.unchanged());
    Reports.printDefinitions(err, dir, verbose);
    err.flush();
    return report.problems().stream().anyMatch(Problem::rejected) ? Main.REJECTED : 0;
  }
}

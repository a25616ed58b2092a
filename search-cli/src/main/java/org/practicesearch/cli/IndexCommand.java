package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.IndexRun;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.solr.SolrIndexing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index [PATH...]}: parses pages and JSON Lines and (re)builds the index in one atomic commit. */
@Command(name = "index", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Parses pages (practice, guideline and resource-library layouts, as text or saved web pages) and JSON Lines files, "
        + "then updates the index in one atomic commit (a failure or a kill leaves the previous index intact): "
        + "new entries are added, changed ones replaced by id, entries a file no longer gives deleted; "
        + "unchanged entries are left alone, so indexing the same input twice changes nothing.",
        "Inputs are streamed (memory does not grow with them); progress goes to stderr.",
        "With no PATH, indexes the bundled seeds."},
    footer = {"", "Examples:", "  practice-search index seeds/", "  practice-search index --index /tmp/idx pages/ extra.jsonl",
        "", "Exit codes: 0 all inputs indexed, 1 failure, 2 usage error, 3 some inputs rejected (the rest indexed)."})
final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "List every repair and warning, and every acronym defined in the text, not only the summary.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress, warnings or summary.")
  boolean quiet;

  @Option(names = "--sync", description = "Also delete entries whose source file, under one of the PATHs, no longer exists.")
  boolean sync;

  @Option(names = "--replace", description = "Rebuild the index from these inputs only, instead of updating it.")
  boolean replace;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads parsing and writing (default: one per core, up to 4).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = common.indexDir();
    Feedback feedback = new Feedback(err, quiet ? Feedback.Level.QUIET : verbose ? Feedback.Level.VERBOSE
        : Feedback.Level.NORMAL, Terminal.stderrIsTerminal());
    IndexReport report;
    try {
      report = solr.given() ? solr(feedback) : paths.isEmpty() ? seeds(dir, feedback)
          : IndexRun.index(dir, paths, options(), feedback);
    } finally {
      feedback.finish();
    }
    if (!quiet) {
      if (!solr.given()) {
        printDefinitions(err, dir, verbose); // read back from the local index; a collection has no such field yet
      }
      err.printf("read %d files: %d entries (%d repaired), %d inputs rejected%n",
          report.files(), report.entries(), report.repaired(), report.rejected());
      err.printf("index %s: %d added, %d updated, %d deleted, %d unchanged%n",
          Printable.of(solr.given() ? solr.collection().toString() : dir.toString()), report.added(), report.updated(),
          report.deleted(), report.unchanged());
    }
    err.flush();
    return report.rejected() > 0 ? Main.REJECTED : 0;
  }

  private IndexRun.Options options() {
    IndexRun.Options d = IndexRun.Options.defaults();
    return new IndexRun.Options(replace, sync, threads == null ? d.threads() : threads);
  }

  /** Into a SolrCloud collection: the inputs are parsed whole, then sent in batches (see SolrIndexing). */
  private IndexReport solr(Feedback feedback) throws IOException {
    ParseResult parsed = paths.isEmpty() ? BundledSeeds.parse() : Pages.parse(paths);
    parsed.problems().forEach(feedback::problem);
    parsed.entries().forEach(feedback::entry);
    return SolrIndexing.update(solr.collection(), parsed, sync, replace);
  }

  private IndexReport seeds(Path dir, Feedback feedback) throws IOException {
    ParseResult parsed = BundledSeeds.parse();
    parsed.problems().forEach(feedback::problem);
    parsed.entries().forEach(feedback::entry);
    return replace ? Indexing.replace(dir, parsed, parsed.files()) : Indexing.update(dir, parsed, sync);
  }

  /**
   * The acronyms the indexed text defines ("Standard Operating Procedures (SOPs)"): how many, and with
   * {@code verbose} each with what became of it (a group of its own, added to a curated group, already curated,
   * or ignored because the lexicon gives the acronym another meaning).
   */
  private static void printDefinitions(PrintWriter err, Path dir, boolean verbose) throws IOException {
    try (org.practicesearch.search.SearchIndex index = org.practicesearch.search.SearchIndex.open(dir)) {
      var mined = index.definitions();
      if (mined.isEmpty()) {
        return;
      }
      long used = mined.stream().filter(m -> !m.outcome().equals("ignored")).count();
      err.printf("acronyms defined in the text: %d (%d used, %d ignored for a curated meaning)%s%n", mined.size(), used,
          mined.size() - used, verbose ? "" : "; --verbose lists them");
      if (verbose) {
        mined.forEach(m -> err.println("  " + m));
      }
    }
  }
}

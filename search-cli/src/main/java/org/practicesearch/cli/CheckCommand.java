package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexHealth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: verifies the index's checksums (and with --full its structures). */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Verifies every file of the index against its checksum with Lucene's CheckIndex (--full also "
        + "tests postings, doc values and stored fields: slower). A damaged index is named with the command "
        + "that rebuilds it from its recorded sources.",
    footer = {"", "Example:", "  practice-search check --index /tmp/idx", "",
        "Exit codes: 0 intact, 1 damaged or unreadable."})
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--full", description = "Also test every index structure, not only checksums.")
  boolean full;

  @Override
  public Integer call() throws IOException {
    Path dir = common.indexDir();
    Indexes.requireIndex(dir);
    IndexHealth.Report r = IndexHealth.check(dir, full);
    if (!r.clean()) {
      spec.commandLine().getErr().println("error: " + IndexHealth.damaged(dir, r.problem()));
      return Main.FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "index %s: intact (%,d documents in %d segments, %s)%n", Printable.of(dir.toString()),
        r.entries(), r.segments(), full ? "every structure tested" : "checksums verified");
    out.flush();
    return 0;
  }
}

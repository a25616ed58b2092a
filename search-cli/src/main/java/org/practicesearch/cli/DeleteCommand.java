package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.indexer.IndexContents;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code delete ID...}: removes entries by id, in one commit. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = {"Deletes entries by id, all in one commit; when an id is not in the index nothing is deleted.",
        "An entry comes back when its file is indexed again."},
    footer = {"", "Example:", "  practice-search delete practice-0123456789ab resource-ba9876543210 --index /tmp/idx"})
final class DeleteCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Entry ids, as search prints them.")
  List<String> ids;

  @Override
  public Integer call() throws IOException {
    Path dir = common.indexDir();
    Indexes.requireIndex(dir);
    PrintWriter err = spec.commandLine().getErr();
    List<String> missing = IndexContents.delete(dir, ids);
    if (!missing.isEmpty()) {
      err.println("error: no entry with id " + missing.stream().map(id -> "'" + Printable.of(id) + "'")
          .reduce((a, b) -> a + ", " + b).orElse("") + " in " + dir + ": nothing deleted");
      return Main.FAILURE;
    }
    err.println("deleted " + ids.stream().distinct().count() + " entries from " + dir);
    return 0;
  }
}

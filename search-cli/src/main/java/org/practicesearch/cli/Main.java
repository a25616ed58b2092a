package org.practicesearch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code practice-search} command: index, search, parse and show. */
@Command(
    name = "practice-search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Ranked full-text and faceted search over migrant-protection practices and resources.",
    subcommands = {
      SearchCommand.class, IndexCommand.class, ParseCommand.class, ShowCommand.class, EvalCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 success (zero hits included), 1 runtime failure, 2 usage error,",
        "3 index: some inputs were rejected (the rest were indexed)."})
public final class Main implements Runnable {
  /** Exit code of a runtime failure. */
  static final int FAILURE = 1;
  /** Exit code of a usage error. */
  static final int USAGE = 2;
  /** Exit code of an index run that rejected some inputs (and indexed the rest). */
  static final int REJECTED = 3;

  /** Lucene logs its vectorization set-up (and the fallback when the JIT is limited for a fast start) through
   * java.util.logging; keep stderr for our own messages. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the CLI.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the CLI with the given streams, returning the exit code. Used by tests.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(Main::onException);
    cl.setParameterExceptionHandler(Main::onUsageError);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static int onUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + e.getMessage());
    err.println("try '" + cl.getCommandSpec().qualifiedName() + " --help'");
    return USAGE;
  }

  private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = parsed.originalArgs().contains("--debug");
    if (e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return USAGE;
    }
    err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --debug for details)");
    }
    return FAILURE;
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"practice-search " + (v == null ? "dev" : v)};
    }
  }
}

package org.practicesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code practice-search} command: index, search, parse, show, crawl and the index management commands. */
@Command(
    name = "practice-search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Ranked full-text and faceted search over migrant-protection practices and resources.",
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
    return commandLine(out, err, args.length == 0 ? null : args[0]).execute(args);
  }

  /** The subcommands, in the order the help lists them. */
  private static final List<String> COMMANDS = List.of("search", "index", "parse", "show", "crawl", "eval", "serve",
      "solr", "stats", "export", "delete", "check", "completion", "help");

  private static Object command(String name) {
    return switch (name) {
      case "search" -> new SearchCommand();
      case "index" -> new IndexCommand();
      case "parse" -> new ParseCommand();
      case "show" -> new ShowCommand();
      case "crawl" -> new CrawlCommand();
      case "eval" -> new EvalCommand();
      case "serve" -> new ServeCommand();
      case "solr" -> new SolrCommand();
      case "stats" -> new StatsCommand();
      case "export" -> new ExportCommand();
      case "delete" -> new DeleteCommand();
      case "check" -> new CheckCommand();
      case "completion" -> new CompletionCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * The command line for a run whose first argument is {@code first}. Picocli reads a command's annotations
   * when it is added, which costs a one-shot process more than its search: a run names one command and gets
   * only that one; help, a typo or no command get them all.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cl = new CommandLine(new Main());
    boolean one = first != null && COMMANDS.contains(first) && !first.equals("help");
    for (String name : COMMANDS) {
      if (!one || name.equals(first)) {
        cl.addSubcommand(name, command(name));
      }
    }
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
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("try '" + cl.getCommandSpec().qualifiedName() + " --help'");
    jsonError(cl, List.of(args), e.getMessage(), USAGE);
    return USAGE;
  }

  private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    List<String> args = parsed.originalArgs();
    boolean debug = args.contains("--debug");
    int code = e instanceof IllegalArgumentException ? USAGE : FAILURE;
    String message = Failures.message(e, Failures.indexDir(parsed));
    err.println("error: " + message);
    if (debug) {
      e.printStackTrace(err);
    } else if (code == FAILURE && !Failures.explained(e)) {
      err.println("(run with --debug for details)");
    }
    jsonError(cl, args, message, code);
    return code;
  }

  /** With --json, the error is also one JSON object on stdout, so a script reading stdout sees it. */
  private static void jsonError(CommandLine cl, List<String> args, String message, int code) {
    if (args.contains("--json")) {
      com.google.gson.JsonObject o = new com.google.gson.JsonObject();
      o.addProperty("error", message);
      o.addProperty("exit_code", code);
      cl.getOut().println(org.practicesearch.render.Json.compact(o));
      cl.getOut().flush();
    }
  }

  /** Prints the project version from the jar manifest, and the Lucene and Java versions it runs with. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"practice-search " + (v == null ? "dev" : v),
          "Lucene " + org.apache.lucene.util.Version.LATEST,
          "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")"};
    }
  }
}

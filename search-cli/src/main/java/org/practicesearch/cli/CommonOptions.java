package org.practicesearch.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
  /** Environment variable naming the default index directory. */
  static final String INDEX_ENV = "PRACTICE_SEARCH_INDEX";
  /** The environment the default index is found from; tests replace it. */
  static Map<String, String> environment = System.getenv();

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $" + INDEX_ENV + ", else $XDG_DATA_HOME/practice-search/index, "
          + "else $HOME/.practice-search/index).")
  Path index;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  Path indexDir() {
    return index != null ? index : defaultIndex();
  }

  /**
   * The default index: {@code $PRACTICE_SEARCH_INDEX}, else under {@code $XDG_DATA_HOME}, else under
   * {@code $HOME} as the shell sees it (Java's {@code user.home} comes from the password database, which
   * differs under sudo or in containers).
   */
  static Path defaultIndex() {
    String env = environment.get(INDEX_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String xdg = environment.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "practice-search", "index");
    }
    String home = environment.get("HOME");
    return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".practice-search", "index");
  }
}

package org.practicesearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
  /** Environment variable naming the default index directory. */
  static final String INDEX_ENV = "PRACTICE_SEARCH_INDEX";

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $" + INDEX_ENV + ", else ~/.practice-search/index).")
  Path index;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  Path indexDir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv(INDEX_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".practice-search", "index");
  }
}

package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.practicesearch.model.Entry;

/** The repository's seed pages, for tests. */
final class Seeds {
  static final Path DIR = repo().resolve("seeds");

  private Seeds() {}

  static Path repo() {
    String prop = System.getProperty("practicesearch.repo");
    if (prop != null) {
      return Path.of(prop);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("seeds"))) {
      p = p.getParent();
    }
    return p;
  }

  static ParseResult parseAll() throws IOException {
    return Pages.parse(List.of(DIR));
  }

  static Entry byTitlePrefix(ParseResult r, String prefix) {
    return r.entries().stream().filter(e -> e.title().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry titled '" + prefix + "...'"));
  }
}

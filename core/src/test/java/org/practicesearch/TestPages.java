package org.practicesearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real text for tests: the seed pages and the development pages of the repository. */
public final class TestPages {
  private TestPages() {}

  /**
   * {@return the files of {@code seeds/} and {@code docs/relevance/dev/pages/}, sorted by directory then name}
   * The repository is the {@code practicesearch.repo} system property, else the working directory.
   */
  public static List<Path> seedAndDevelopmentPages() throws IOException {
    Path repo = Path.of(System.getProperty("practicesearch.repo", "."));
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(repo.resolve("seeds"), repo.resolve("docs/relevance/dev/pages"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    return files;
  }
}

package org.practicesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;

/** The seed pages bundled in the jar: the default corpus when there is no index yet. */
final class BundledSeeds {
  private static final String FOLDER = "seeds";

  private BundledSeeds() {}

  /** Copies the bundled seed pages into a folder and returns their paths. */
  static List<Path> extract(Path target) throws IOException {
    URL url = BundledSeeds.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      throw new IOException("the bundled seeds are missing from the jar; rebuild it");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad seeds location " + url, e);
    }
    Files.createDirectories(target);
    List<Path> out = new ArrayList<>();
    if (uri.getScheme().equals("jar")) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        copyAll(fs.getPath("/" + FOLDER), target, out);
      }
    } else {
      copyAll(Path.of(uri), target, out);
    }
    return out;
  }

  private static void copyAll(Path from, Path target, List<Path> out) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.sorted().toList()) {
        Path dest = target.resolve(p.getFileName().toString());
        try (InputStream in = Files.newInputStream(p)) {
          Files.copy(in, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        out.add(dest);
      }
    }
  }

  /** Parses the bundled seeds, naming each source {@code seeds/<file>}. */
  static ParseResult parse() throws IOException {
    Path tmp = Files.createTempDirectory("practice-search-seeds");
    try {
      return Pages.parseTexts(readAll(extract(tmp)));
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Map<String, String> readAll(List<Path> files) throws IOException {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (Path f : files) {
      texts.put(FOLDER + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
    }
    return texts;
  }
}

package org.practicesearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The input files under a folder, as documents of a file-level evaluation: each is named by its path relative to
 * the folder, with {@code /} between names, as a qrels file names it. An entry's {@code source}
 * ({@code file:line}) is mapped to the file it came from, wherever the folder was when the entry was indexed.
 * Immutable and thread-safe.
 */
public final class SourceFiles {
  private static final Pattern LINE_SUFFIX = Pattern.compile(":\\d+$");

  private final Path root;
  private final List<Path> files;

  private SourceFiles(Path root, List<Path> files) {
    this.root = root;
    this.files = List.copyOf(files);
  }

  /**
   * Lists the regular files under a folder, recursively, skipping hidden files and folders as the indexer does.
   *
   * @param root the folder
   * @return the files, sorted by relative path
   * @throws IOException if the folder cannot be listed
   * @throws IllegalArgumentException naming the path when it is not a folder
   */
  public static SourceFiles under(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("'" + root + "' is not a folder");
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).map(root::relativize).filter(SourceFiles::visible).sorted().forEach(out::add);
    }
    return new SourceFiles(root, out);
  }

  private static boolean visible(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** @return the folder */
  public Path root() {
    return root;
  }

  /** @return the files, relative to the folder, sorted */
  public List<Path> files() {
    return files;
  }

  /**
   * The document id of a file: its relative path with {@code /} between names.
   *
   * @param relative a path relative to the folder
   * @return the id
   */
  public static String docId(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /**
   * The file an entry came from.
   *
   * @param source one of the entry's sources: {@code file:line}, a file, or a URL (never a file of the folder)
   * @return the id of the file, when the source names a file of this folder: the longest relative path the
   *     source's path ends with, so the folder may have been given as a relative or an absolute path when indexing
   */
  public Optional<String> fileOf(String source) {
    if (source == null || source.isBlank() || source.contains("://")) {
      return Optional.empty(); // a URL is no file
    }
    Path path;
    try {
      path = Path.of(LINE_SUFFIX.matcher(source).replaceFirst("")).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    Path best = null;
    for (Path f : files) {
      if (path.endsWith(f) && (best == null || f.getNameCount() > best.getNameCount())) {
        best = f;
      }
    }
    return Optional.ofNullable(best).map(SourceFiles::docId);
  }

  /**
   * Maps a ranking of entries to a ranking of files: each entry becomes the files it came from, and only the
   * first (best) occurrence of each file is kept. Entries from no file of this folder are dropped.
   *
   * @param entries entry ids, best first
   * @param sources the sources ({@code file:line}) of an entry
   * @return file ids, best first
   * @throws IOException if the sources cannot be read
   */
  public List<String> collapse(List<String> entries, Sources sources) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String id : entries) {
      for (String source : sources.of(id)) {
        fileOf(source).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** Where an entry came from. */
  @FunctionalInterface
  public interface Sources {
    /**
     * @param entryId the entry id
     * @return its sources, {@code file:line} each
     * @throws IOException if they cannot be read
     */
    List<String> of(String entryId) throws IOException;
  }
}

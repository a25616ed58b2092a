package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files an {@code index} or {@code parse} run reads: files as named, folders recursively in sorted
 * order (hidden files and crawl sidecars skipped). Only regular files are read: a FIFO or a device is reported, a symbolic link
 * is followed only when its target stays inside the folder named, and a link to a folder never (no loops).
 * Thread-safe (stateless).
 */
public final class Inputs {
  private Inputs() {}

  /**
   * The files to read under {@code paths}.
   *
   * @param paths files or folders, as the user named them
   * @param problems receives one problem for each path that is skipped
   * @return the files, in order
   * @throws IOException if a folder cannot be listed
   */
  public static List<Path> files(List<Path> paths, List<Problem> problems) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      out.addAll(files(p, problems));
    }
    return out;
  }

  private static List<Path> files(Path p, List<Problem> problems) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || !Files.exists(p)) {
      problems.add(Problem.error(p.toString(), 1, "no such file or folder"));
      return List.of();
    }
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      problems.add(Problem.error(p.toString(), 1, "not a regular file (" + special(p) + "), not read"));
      return List.of();
    }
    Path root = p.toRealPath();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted().toList()) {
        Path relative = p.relativize(f);
        if (f.equals(p) || hidden(relative) || CrawlSidecar.isSidecar(f)) { // a crawl's sidecar is read with its page
          continue;
        }
        if (Files.isSymbolicLink(f)) {
          if (Files.isDirectory(f)) {
            problems.add(Problem.warning(f.toString(), 1, "symbolic link to a folder not followed"));
            continue;
          }
          if (Files.exists(f) && !f.toRealPath().startsWith(root)) {
            problems.add(Problem.warning(f.toString(), 1, "symbolic link to " + f.toRealPath()
                + ", outside " + p + ", not followed"));
            continue;
          }
        }
        if (Files.isRegularFile(f)) {
          out.add(f);
        } else if (!Files.isDirectory(f)) {
          problems.add(Problem.warning(f.toString(), 1, Files.exists(f)
              ? "not a regular file (" + special(f) + "), not read" : "broken symbolic link, not read"));
        }
      }
    }
    return out;
  }

  private static String special(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      Object type = Files.getAttribute(p, "unix:mode");
      int mode = type instanceof Integer m ? m : 0;
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO";
        case 0140000 -> "a socket";
        case 0020000, 0060000 -> "a device";
        default -> a.isOther() ? "a special file" : "not a file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code file} (as a source names it) lies under one of {@code paths}.
   *
   * @param file a file name as recorded in an entry's source
   * @param paths the paths named on the command line
   * @return true when the file is one of them or inside one of them
   */
  public static boolean under(String file, List<Path> paths) {
    Path f = Path.of(file).toAbsolutePath().normalize();
    for (Path p : paths) {
      if (f.startsWith(p.toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }
}

package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.practicesearch.schema.Schema;

/**
 * The folder an index run writes to, checked before anything is written and cleaned after a failure. We
 * write only into a new folder, an empty one, or a practice-search index; a folder holding other files, or
 * another application's Lucene index, is refused (Lucene deletes files it believes are its own leftovers, so
 * a user's {@code _notes.txt} would be lost). After a failed run, the files it wrote are removed (never one
 * that was there before it), so a full disk is not left full.
 */
final class IndexTarget {
  /** Names of the files Lucene writes: commit points, the lock, per-segment and per-format files, temp files. */
  private static final Pattern LUCENE_FILE = Pattern.compile("write\\.lock|(pending_)?segments_[a-z0-9]+"
      + "|_[a-z0-9]+\\.(si|cfs|cfe|fnm|fdt|fdx|fdm|tim|tip|tmd|doc|pos|pay|psm|nvd|nvm|dvd|dvm|kdd|kdi|kdm|liv"
      + "|vec|vem|vex|veq|vemq|vemf|tvd|tvx|tvm)"
      + "|_[a-z0-9]+_[a-z0-9]+\\.(liv|fnm|dvd|dvm)"
      + "|_[a-z0-9]+_[A-Za-z0-9]+_[0-9]+\\.[a-z]+"
      + "|_[a-z0-9]+_[A-Za-z0-9_-]+_[a-z0-9]+\\.tmp");

  private final Path dir;
  private final boolean existed;
  private final Set<String> before;
  private final boolean hadIndex;

  private IndexTarget(Path dir, boolean existed, Set<String> before, boolean hadIndex) {
    this.dir = dir;
    this.existed = existed;
    this.before = before;
    this.hadIndex = hadIndex;
  }

  /**
   * Checks that {@code dir} may be written.
   *
   * @param dir the index folder
   * @return the target
   * @throws IndexException if the folder is not ours to write
   * @throws IOException if it cannot be read
   */
  static IndexTarget check(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return new IndexTarget(dir, false, Set.of(), false);
    }
    if (!Files.isDirectory(dir)) {
      throw new IndexException("--index " + dir + " is a file, not a folder: choose a new or empty folder");
    }
    Set<String> names = names(dir);
    List<String> foreign = names.stream().filter(n -> !LUCENE_FILE.matcher(n).matches()).sorted().toList();
    if (!foreign.isEmpty()) {
      throw new IndexException("the folder " + dir + " holds files practice-search did not write ("
          + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
          + (foreign.size() > 3 ? ", ..." : "") + "): refusing to write an index there; choose a new or empty folder");
    }
    boolean hasIndex = false;
    try (Directory d = FSDirectory.open(dir)) {
      if (DirectoryReader.indexExists(d)) {
        List<IndexCommit> commits = DirectoryReader.listCommits(d);
        if (commits.get(commits.size() - 1).getUserData().get(Schema.USER_DATA_VERSION) == null) {
          throw new IndexException("the folder " + dir + " holds a Lucene index that practice-search did not "
              + "write: refusing to change it; choose another --index");
        }
        hasIndex = true;
      }
    }
    return new IndexTarget(dir, true, names, hasIndex);
  }

  /** Whether the folder held a practice-search index before the run. */
  boolean hadIndex() {
    return hadIndex;
  }

  /**
   * After a run that failed or wrote nothing: removes the files the run left that were not there before it
   * and that no commit refers to, then the folder if the run created it.
   *
   * @return files that could not be removed (empty when all went)
   */
  List<Path> cleanUp() {
    List<Path> left = new ArrayList<>();
    try {
      Set<String> keep = new HashSet<>(before);
      keep.addAll(referenced(dir));
      for (String n : names(dir)) {
        if (!keep.contains(n) && LUCENE_FILE.matcher(n).matches()) {
          Path f = dir.resolve(n);
          try {
            Files.deleteIfExists(f);
          } catch (IOException e) {
            left.add(f);
          }
        }
      }
      if (!existed && names(dir).isEmpty()) {
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      left.add(dir);
    }
    return left;
  }

  private static Set<String> referenced(Path dir) throws IOException {
    Set<String> out = new HashSet<>();
    try (Directory d = FSDirectory.open(dir)) {
      if (DirectoryReader.indexExists(d)) {
        for (IndexCommit c : DirectoryReader.listCommits(d)) {
          out.addAll(c.getFileNames());
        }
      }
    }
    return out;
  }

  private static Set<String> names(Path dir) throws IOException {
    Set<String> out = new HashSet<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(p -> out.add(p.getFileName().toString()));
    }
    return out;
  }
}

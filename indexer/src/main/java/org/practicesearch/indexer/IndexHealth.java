package org.practicesearch.indexer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Whether an index is intact: every Lucene file carries a checksum, which {@link #verify} reads through and
 * {@link #check} (Lucene's CheckIndex) tests along with the index structures. A damaged index is named with
 * what to do: rebuild it from the sources its last commit records.
 */
public final class IndexHealth {
  private IndexHealth() {}

  /**
   * The result of a check.
   *
   * @param clean true when nothing is wrong
   * @param segments segments checked
   * @param entries documents in the index (live and deleted)
   * @param problem what is wrong (one line), or empty
   */
  public record Report(boolean clean, int segments, long entries, String problem) {}

  /**
   * Reads every file of the index through its checksum.
   *
   * @param dir the index folder
   * @return what is damaged (one line), or null when every file checks out
   */
  public static String verify(Path dir) {
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        if (leaf.reader() instanceof CodecReader c) {
          c.checkIntegrity();
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return firstLine(e);
    }
  }

  /**
   * Runs Lucene's CheckIndex: checksums, and with {@code full} every structure (slow on a large index).
   *
   * @param dir the index folder
   * @param full whether to test postings, doc values and stored fields too
   * @return the report
   * @throws IOException if the folder cannot be read
   */
  public static Report check(Path dir, boolean full) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory d = FSDirectory.open(dir); CheckIndex ci = new CheckIndex(d)) {
      ci.setLevel(full ? CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS : CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
      ci.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status s = ci.checkIndex();
      long docs = s.segmentInfos.stream().mapToLong(i -> i.maxDoc).sum();
      if (s.clean) {
        return new Report(true, s.numSegments, docs, "");
      }
      String problem = s.missingSegments ? "no readable commit (" + s.segmentsFileName + ")"
          : s.segmentInfos.stream().filter(i -> i.error != null).findFirst()
              .map(i -> "segment " + i.name + ": " + firstLine(i.error)).orElse("CheckIndex found problems");
      return new Report(false, s.numSegments, docs, problem);
    } catch (IOException | RuntimeException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
      return new Report(false, 0, 0, firstLine(e));
    }
  }

  /**
   * What to tell the user about a damaged index: which, why, and the command that rebuilds it from the
   * sources its last commit records.
   *
   * @param dir the index folder
   * @param problem what is damaged
   * @return one line
   */
  public static String damaged(Path dir, String problem) {
    return "the index at " + dir + " is damaged (" + problem + "): rebuild it with 'practice-search index --replace "
        + sources(dir) + " --index " + dir + "'";
  }

  private static String sources(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      List<IndexCommit> commits = DirectoryReader.listCommits(d);
      String s = commits.get(commits.size() - 1).getUserData().get(Indexing.USER_DATA_SOURCES);
      if (s != null && !s.isBlank()) {
        List<String> files = s.lines().toList();
        return files.size() <= 3 ? String.join(" ", files)
            : String.join(" ", files.subList(0, 3)) + " ... (" + files.size() + " files, see 'practice-search stats')";
      }
    } catch (IOException | RuntimeException e) {
      // the commit itself is unreadable: no sources to suggest
    }
    return "YOUR-INPUTS";
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}

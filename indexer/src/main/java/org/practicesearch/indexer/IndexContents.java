package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/** What an index holds: its figures ({@link #stats}) and its entries, one at a time ({@link #forEach}). */
public final class IndexContents {
  private IndexContents() {}

  /**
   * An index's figures.
   *
   * @param entries live entries
   * @param kinds entries by kind id ({@code practice}, {@code resource}...), most first
   * @param deleted deleted documents not yet merged away
   * @param segments segments
   * @param bytes size of the index files
   * @param schemaVersion the schema version of the last commit
   * @param lastCommit when the last commit was written
   * @param sources the files the index holds entries of, as the last commit records them
   */
  public record Stats(long entries, Map<String, Long> kinds, long deleted, int segments, long bytes,
      String schemaVersion, Instant lastCommit, List<String> sources) {}

  /** Receives entries; may throw I/O errors (writing them out). */
  @FunctionalInterface
  public interface EntryConsumer {
    /**
     * @param entry one entry
     * @throws IOException if it cannot be written
     */
    void accept(Entry entry) throws IOException;
  }

  /**
   * Reads an index's figures.
   *
   * @param dir the index folder
   * @return the figures
   * @throws IOException if there is no index there or it cannot be read
   */
  public static Stats stats(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      IndexCommit commit = r.getIndexCommit();
      Map<String, Long> kinds = new LinkedHashMap<>();
      java.util.Set<String> kindField = java.util.Set.of("kind");
      visit(r, (stored, doc) -> kinds.merge(stored.document(doc, kindField).get("kind"), 1L, Long::sum));
      Map<String, Long> sorted = new LinkedHashMap<>();
      kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey())).forEach(k -> sorted.put(k.getKey(), k.getValue()));
      String sources = commit.getUserData().getOrDefault(Indexing.USER_DATA_SOURCES, "");
      return new Stats(r.numDocs(), sorted, r.numDeletedDocs(), r.leaves().size(), size(dir),
          commit.getUserData().getOrDefault(Schema.USER_DATA_VERSION, "none"),
          Files.getLastModifiedTime(dir.resolve(commit.getSegmentsFileName())).toInstant(),
          sources.isBlank() ? List.of() : sources.lines().toList());
    }
  }

  /**
   * Gives every live entry of the index, in index order, one at a time.
   *
   * @param dir the index folder
   * @param out receives the entries
   * @throws IOException if the index cannot be read or {@code out} fails
   */
  public static void forEach(Path dir, EntryConsumer out) throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      visit(r, (stored, doc) -> out.accept(EntryDocuments.read(stored, doc)));
    }
  }

  private interface DocVisitor {
    void visit(StoredFields stored, int doc) throws IOException;
  }

  private static void visit(DirectoryReader r, DocVisitor visitor) throws IOException {
    for (LeafReaderContext leaf : r.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        visitor.visit(stored, doc);
      }
    }
  }

  private static Map<String, String> lastCommitData(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      List<IndexCommit> commits = DirectoryReader.listCommits(d);
      return commits.get(commits.size() - 1).getUserData();
    }
  }

  private static long size(Path dir) throws IOException {
    long total = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        total += Files.isRegularFile(p) ? Files.size(p) : 0;
      }
    }
    return total;
  }

  /**
   * Deletes entries by id, all or none: when an id is not in the index, nothing is deleted.
   *
   * @param dir the index folder
   * @param ids the ids
   * @return the ids not found (nothing was deleted when this is not empty)
   * @throws IOException if the index cannot be written
   */
  public static List<String> delete(Path dir, List<String> ids) throws IOException {
    if (IndexBuilder.version(dir) == null) {
      throw new IndexException("no index at " + dir + ": nothing to delete");
    }
    IndexTarget.check(dir);
    Map<String, String> data = new LinkedHashMap<>(lastCommitData(dir));
    try (IndexBuilder b = IndexBuilder.updating(dir)) {
      Map<String, Entry> found = b.entries(ids);
      List<String> missing = new ArrayList<>(ids.stream().filter(id -> !found.containsKey(id)).distinct().toList());
      if (!missing.isEmpty()) {
        return missing;
      }
      for (String id : found.keySet()) {
        b.delete(id);
      }
      long before = Long.parseLong(data.getOrDefault(Indexing.USER_DATA_ENTRIES, "0"));
      data.put(Indexing.USER_DATA_ENTRIES, Long.toString(Math.max(0, before - found.size())));
      b.commit(data);
      return List.of();
    }
  }
}

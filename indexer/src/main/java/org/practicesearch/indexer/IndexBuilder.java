package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * Writes entries into an index. Nothing is visible to searchers until {@link #commit()}; closing without a
 * commit rolls back, so a crash or a kill leaves the last committed index intact. Adding an entry whose id
 * is already indexed replaces it. One builder per index at a time (a second gets a clear error). The add
 * methods may be called from several threads.
 */
public final class IndexBuilder implements org.practicesearch.search.EntryWriter {
  /** RAM buffer before a segment is flushed: large enough for bulk loads, small next to a 1 GB heap. */
  static final double RAM_BUFFER_MB = 64;

  private final Directory directory;
  private final IndexWriter writer;

  private IndexBuilder(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /**
   * Opens a builder that will replace the whole index at {@code dir} on commit (the old index stays
   * searchable until then).
   *
   * @param dir the index directory, created if missing
   * @return the builder
   * @throws IOException if the directory cannot be written, or another builder holds it
   */
  public static IndexBuilder replacing(Path dir) throws IOException {
    return open(dir, IndexWriterConfig.OpenMode.CREATE);
  }

  /**
   * Opens a builder that adds to and updates the index at {@code dir} (creating it if missing).
   *
   * @param dir the index directory
   * @return the builder
   * @throws IOException if the directory cannot be written, or another builder holds it
   */
  public static IndexBuilder updating(Path dir) throws IOException {
    return open(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  private static IndexBuilder open(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
    return open(dir, mode, d -> d);
  }

  /** Opens a builder on the directory {@code wrap} makes of {@code dir} (tests wrap it to fail writes). */
  static IndexBuilder open(Path dir, IndexWriterConfig.OpenMode mode, java.util.function.UnaryOperator<Directory> wrap)
      throws IOException {
    Files.createDirectories(dir);
    Directory directory = wrap.apply(FSDirectory.open(dir));
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setCommitOnClose(false);
    try {
      return new IndexBuilder(directory, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("the index at " + dir + " is being written by another process (lock held: "
          + e.getMessage() + "); wait for it to finish", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Adds an entry, replacing any entry with the same id. Thread-safe.
   *
   * @param entry the entry
   * @throws IOException if the index cannot be written
   */
  @Override
  public void add(Entry entry) throws IOException {
    writer.updateDocument(new Term(Schema.ID, entry.id()),
        Schema.facetsConfig().build(EntryDocuments.toDocument(entry)));
  }

  /**
   * Deletes the entry with this id, if any. Thread-safe.
   *
   * @param id the entry id
   * @throws IOException if the index cannot be written
   */
  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.ID, id));
  }

  /**
   * What the index holds now (its last commit plus changes made through this builder): for each entry id,
   * its content fingerprint and source file.
   *
   * @return id to what is known of the entry
   * @throws IOException if the index cannot be read
   */
  @Override
  public Map<String, Known> existing() throws IOException {
    Map<String, Known> out = new HashMap<>();
    Map<String, String> files = new HashMap<>(); // one string per file, not one per entry
    try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(writer)) {
      java.util.Set<String> fields = java.util.Set.of(Schema.ID, EntryDocuments.FINGERPRINT, "source");
      for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            org.apache.lucene.document.Document doc = stored.document(d, fields);
            String source = doc.get("source") == null ? "" : doc.get("source");
            int colon = source.lastIndexOf(':');
            String file = colon > 0 ? source.substring(0, colon) : source;
            out.put(doc.get(Schema.ID), new Known(doc.get(EntryDocuments.FINGERPRINT),
                files.computeIfAbsent(file, f -> f)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The entries with these ids as the index holds them now, changes made through this builder included.
   *
   * @param ids the ids
   * @return id to entry, for the ids found
   * @throws IOException if the index cannot be read
   */
  public Map<String, Entry> entries(java.util.Collection<String> ids) throws IOException {
    Map<String, Entry> out = new HashMap<>();
    try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(writer)) {
      org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(r);
      for (String id : ids) {
        org.apache.lucene.search.TopDocs top =
            searcher.search(new org.apache.lucene.search.TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length > 0) {
          out.put(id, EntryDocuments.read(searcher.storedFields(), top.scoreDocs[0].doc));
        }
      }
    }
    return out;
  }

  /**
   * What an index holds of one entry.
   *
   * @param fingerprint the content hash ({@link EntryDocuments#fingerprint})
   * @param file the file the entry came from
   */
  public record Known(String fingerprint, String file) implements org.practicesearch.search.EntryWriter.Known {}

  /**
   * The schema version recorded in the index at {@code dir}, or null when there is no index there.
   *
   * @param dir the index directory
   * @return the version, or null
   * @throws IOException if the index cannot be read
   */
  public static String version(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(d)) {
        return null;
      }
      java.util.List<org.apache.lucene.index.IndexCommit> commits = org.apache.lucene.index.DirectoryReader.listCommits(d);
      return commits.get(commits.size() - 1).getUserData().getOrDefault(Schema.USER_DATA_VERSION, "none");
    }
  }

  /**
   * Makes every change so far durable and visible to searchers that refresh, atomically.
   *
   * @param userData extra commit data to record (e.g. what the index was built from); may be empty
   * @throws IOException if the commit fails (the previous commit then stays the current one)
   */
  @Override
  public void commit(Map<String, String> userData) throws IOException {
    Map<String, String> data = new HashMap<>(userData);
    data.put(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION));
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /**
   * Commits with no extra data.
   *
   * @throws IOException if the commit fails
   */
  public void commit() throws IOException {
    commit(Map.of());
  }

  /** Closes the builder; changes not committed are rolled back. */
  @Override
  public void close() throws IOException {
    try (Directory d = directory) {
      writer.rollback();
    }
  }
}

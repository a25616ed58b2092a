package org.practicesearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.practicesearch.model.Kind;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/**
 * What an open {@link SearchIndex} serves now.
 *
 * @param entries the number of entries
 * @param byKind the number of entries of each kind (by {@link Kind#id()}, every kind listed)
 * @param generation the generation of the commit searched (it grows with every commit, {@code --replace} too)
 * @param committedAt when that commit was written (the time of its segments file), or null if unknown
 * @param schemaVersion the schema version the index was built with
 */
public record IndexStats(int entries, Map<String, Long> byKind, long generation, Instant committedAt,
    int schemaVersion) {
  /** Copies the map, keeping its order. */
  public IndexStats {
    byKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
  }

  static IndexStats of(IndexSearcher searcher, Directory directory) throws IOException {
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      DrillDownQuery q = new DrillDownQuery(Schema.facetsConfig(), new MatchAllDocsQuery());
      q.add(Dimension.KIND.id(), k.id());
      byKind.put(k.id(), (long) searcher.count(q));
    }
    IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
    Instant at = null;
    if (directory instanceof FSDirectory fs) {
      try {
        at = Files.getLastModifiedTime(fs.getDirectory().resolve(commit.getSegmentsFileName())).toInstant();
      } catch (NoSuchFileException e) {
        at = null; // a newer commit has replaced it since this view was opened
      }
    }
    return new IndexStats(searcher.getIndexReader().numDocs(), byKind, commit.getGeneration(), at,
        Integer.parseInt(commit.getUserData().getOrDefault(Schema.USER_DATA_VERSION, "0")));
  }
}

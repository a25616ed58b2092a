package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Schema;
import org.practicesearch.search.EntryWriter;

/**
 * Writes entries already in memory into an index directory in one atomic commit: a failure or a kill before
 * the commit leaves the previous index as it was. (Files and folders are indexed streaming by
 * {@link IndexRun}; an application that adds, updates and deletes over time uses an {@link Indexer}; all
 * write through the same stage, so they treat entries the same way.)
 */
public final class Indexing {
  /** Commit user-data key listing the files the index holds entries of, one a line. */
  public static final String USER_DATA_SOURCES = "practice_search.sources";
  /** Commit user-data key holding the number of entries. */
  public static final String USER_DATA_ENTRIES = "practice_search.entries";

  private Indexing() {}

  /**
   * Replaces the whole index at {@code dir} with the parsed entries.
   *
   * @param dir the index directory
   * @param parsed the parsed inputs
   * @param files how many input files were read
   * @return the report (every entry counts as added)
   * @throws IOException if the index cannot be written, or the folder is not a practice-search index
   */
  public static IndexReport replace(Path dir, ParseResult parsed, int files) throws IOException {
    return write(dir, parsed, files, true, false);
  }

  /**
   * Brings the index at {@code dir} up to date with the parsed inputs, incrementally: new entries are added,
   * changed ones replaced (by id), unchanged ones left alone, and entries that a file read in this run no
   * longer gives are deleted. With {@code sync}, entries whose file was not read in this run and no longer
   * exists are deleted too. An index of another schema version is rebuilt from these inputs.
   *
   * @param dir the index directory (created if missing)
   * @param parsed the parsed inputs
   * @param sync whether to delete entries of files that are gone
   * @return what was added, updated, deleted and left unchanged
   * @throws IOException if the index cannot be written, or the folder is not a practice-search index
   */
  public static IndexReport update(Path dir, ParseResult parsed, boolean sync) throws IOException {
    String version = IndexBuilder.version(dir);
    boolean other = version != null && !version.equals(Integer.toString(Schema.VERSION));
    return write(dir, parsed, parsed.files(), other, sync);
  }

  /**
   * Adds or updates entries made in code, after the same normalising stage as parsed pages (canonical
   * countries, UN M49 regions, vocabularies; each change recorded as a repair on the entry), in one commit:
   * {@link Indexer#open}, {@link Indexer#add(List)}, {@link Indexer#commit()}.
   *
   * @param dir the index directory (created if missing)
   * @param entries the entries; their {@code source} names where they came from
   * @return what was added, updated and left unchanged, with the normaliser's warnings as problems
   * @throws IllegalArgumentException if an entry cannot be indexed (an id or value too long); nothing is written
   * @throws IOException if the index cannot be written, or the folder is not a practice-search index of this
   *     schema version
   */
  public static IndexReport update(Path dir, List<Entry> entries) throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      indexer.add(entries);
      return indexer.commit();
    }
  }

  private static IndexReport write(Path dir, ParseResult parsed, int files, boolean replace, boolean sync)
      throws IOException {
    IndexTarget.check(dir);
    try (IndexBuilder builder = IndexBuilder.open(dir, replace ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
        d -> d)) {
      return update(builder, parsed, files, replace, sync);
    }
  }

  /**
   * Brings any target up to date with parsed inputs, as {@link #update(Path, ParseResult, boolean)} does for an
   * index directory: the same outcomes (added, updated, unchanged, deleted), the same limits and problems, one
   * commit. Backend-neutral: the embedded index's {@link IndexBuilder} or a Solr collection's writer.
   *
   * @param writer the target; when {@code replace}, already emptied (nothing is read from it)
   * @param parsed the parsed inputs
   * @param files how many input files were read
   * @param replace whether the run replaces the whole target
   * @param sync whether to delete entries of files that are gone
   * @return what was added, updated, deleted and left unchanged
   * @throws IOException if the target cannot be read or written
   */
  public static IndexReport update(EntryWriter writer, ParseResult parsed, int files, boolean replace, boolean sync)
      throws IOException {
    IndexSink sink = new IndexSink(writer, replace ? Map.of() : writer.existing(), IndexListener.NONE);
    for (Problem p : parsed.problems()) {
      sink.problem(p);
    }
    for (Entry e : parsed.entries()) {
      sink.accept(e);
    }
    sink.mergeRepeated();
    Set<String> read = new HashSet<>(parsed.inputs());
    sink.deleteGone(read, null, sync);
    return sink.commit(read, files);
  }
}

package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.practicesearch.indexer.normalise.EntryNormaliser;
import org.practicesearch.indexer.parse.Inputs;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Schema;

/**
 * Writes a practice-search index from an application: entries built in code ({@link Entry#builder}) or read
 * from pages and JSON Lines by the parsers the CLI uses, all through the CLI's normalising stage (canonical
 * countries, UN M49 regions, vocabularies; every change a {@link org.practicesearch.model.Repair} on the
 * entry), written incrementally (an unchanged entry is not rewritten) and made visible by {@link #commit()}.
 *
 * <pre>{@code
 * try (Indexer indexer = Indexer.open(dir)) {
 *   indexer.addFiles(List.of(Path.of("pages")));
 *   indexer.add(Entry.builder("my-id", Kind.PRACTICE).title("...").countries(List.of("Turkey")).build());
 *   indexer.delete("old-id");
 *   IndexReport report = indexer.commit(); // added, updated, deleted, unchanged; repairs and problems
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Open one, add and delete, {@link #commit()} (as often as batches end), {@link #close()}.
 * Nothing is visible to searchers before a commit; a {@link org.practicesearch.search.SearchIndex} sees it
 * after its {@code refresh()}. Closing rolls back what was not committed (a crash or a kill does the same),
 * and a folder this indexer created and never committed to is removed again. One indexer per index folder at
 * a time, in this process or another: a second gets an {@link IndexException}.
 *
 * <p><b>Thread-safety.</b> Every method may be called from any thread. Adds and deletes run at the same time
 * (they share one Lucene writer); {@link #commit()} and {@link #close()} wait for those under way, and later
 * ones wait for them.
 */
public final class Indexer implements AutoCloseable {
  private final Path dir;
  private final IndexTarget target;
  private final IndexBuilder builder;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Set<String> read = ConcurrentHashMap.newKeySet(); // files read since the last commit
  private final AtomicInteger files = new AtomicInteger();
  private IndexSink sink;
  private boolean committed;
  private boolean closed;

  private Indexer(Path dir, IndexTarget target, IndexBuilder builder, IndexSink sink) {
    this.dir = dir;
    this.target = target;
    this.builder = builder;
    this.sink = sink;
  }

  /**
   * Opens the index at {@code dir} for adding, updating and deleting entries, creating it if missing.
   *
   * @param dir the index folder: new, empty, or a practice-search index
   * @return the indexer
   * @throws IndexException if the folder holds other files or another application's index, the index is of
   *     another schema version (rebuild it with {@link #create}) or damaged, or another indexer holds it
   * @throws IOException if the folder cannot be read or written
   */
  public static Indexer open(Path dir) throws IOException {
    return open(dir, false);
  }

  /**
   * Opens an indexer whose first commit replaces whatever the index at {@code dir} held (it stays searchable
   * until then): to rebuild an index from scratch, or after a schema change.
   *
   * @param dir the index folder: new, empty, or a practice-search index
   * @return the indexer
   * @throws IndexException if the folder holds other files or another application's index, or another
   *     indexer holds it
   * @throws IOException if the folder cannot be read or written
   */
  public static Indexer create(Path dir) throws IOException {
    return open(dir, true);
  }

  private static Indexer open(Path dir, boolean replace) throws IOException {
    IndexTarget target = IndexTarget.check(dir);
    if (!replace && target.hadIndex()) {
      String version = IndexBuilder.version(dir);
      if (!Integer.toString(Schema.VERSION).equals(version)) {
        throw new IndexException("the index at " + dir + " was built by schema version " + version + " but this "
            + "version writes " + Schema.VERSION + ": rebuild it with Indexer.create(dir)");
      }
      String damage = IndexHealth.verify(dir);
      if (damage != null) { // never add to a damaged index: the next commit would carry the damage
        throw new IndexException(IndexHealth.damaged(dir, damage));
      }
    }
    IndexBuilder builder = IndexBuilder.open(dir, replace ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND, d -> d);
    try {
      return new Indexer(dir, target, builder, sink(builder, replace));
    } catch (IOException | RuntimeException e) {
      builder.close();
      throw e;
    }
  }

  private static IndexSink sink(IndexBuilder builder, boolean replace) throws IOException {
    return new IndexSink(builder, replace ? Map.of() : builder.existing(), IndexListener.NONE);
  }

  /**
   * Adds an entry made in code, or updates the entry with its id (also one added since the last commit),
   * after normalising it as the CLI does.
   *
   * @param entry the entry; its {@code source} names where it came from
   * @return the entry as indexed: canonical values, and what changed in its {@code repairs()}
   * @throws IllegalArgumentException if the entry cannot be indexed (an id or value too long), naming it
   * @throws IOException if the index cannot be written
   */
  public Entry add(Entry entry) throws IOException {
    return add(List.of(entry)).get(0);
  }

  /**
   * Adds or updates entries made in code, normalised together (a guideline reference is completed from the
   * guideline titles among them). Values the normaliser does not know are kept as written and reported as
   * warnings in the next commit's {@link IndexReport#problems()}.
   *
   * @param entries the entries
   * @return the entries as indexed, in the same order
   * @throws IllegalArgumentException if an entry cannot be indexed (an id or value too long), naming it;
   *     none of the entries is then written
   * @throws IOException if the index cannot be written
   */
  public List<Entry> add(List<Entry> entries) throws IOException {
    EntryNormaliser.Result n = EntryNormaliser.normalise(entries);
    for (Entry e : n.entries()) {
      String limit = EntryLimits.check(e);
      if (limit != null) {
        throw new IllegalArgumentException("entry '" + e.id().substring(0, Math.min(80, e.id().length())) + "': "
            + limit);
      }
    }
    return write(() -> {
      n.warnings().forEach(sink::problem);
      for (Entry e : n.entries()) {
        sink.replace(e);
      }
      return n.entries();
    });
  }

  /**
   * Reads pages and JSON Lines files (folders recursively) as {@code practice-search index} does: layout
   * detection, parsing, teaser merging, normalising; then adds or updates their entries. On commit, the
   * entries a file read here no longer gives are deleted. Inputs that cannot be read are not errors: they
   * are reported, with file and line, in the commit's {@link IndexReport#problems()}.
   *
   * @param paths files and folders
   * @throws IndexException if none of the paths exists
   * @throws IOException if a folder cannot be listed or the index cannot be written
   */
  public void addFiles(List<Path> paths) throws IOException {
    List<Problem> listing = new ArrayList<>();
    List<Path> found = Inputs.files(paths, listing);
    if (!paths.isEmpty() && paths.stream().noneMatch(java.nio.file.Files::exists)) {
      throw new IndexException("none of the inputs exists: " + paths);
    }
    write(() -> {
      listing.forEach(sink::problem);
      sink.inputOrder(found.stream().map(Path::toString).toList());
      try {
        read.addAll(new Pipeline(sink, IndexListener.NONE, IndexRun.Options.defaults().threads(), found).run(found));
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IOException(t);
      }
      files.addAndGet(found.size());
      return null;
    });
  }

  /**
   * Reads one page or JSON Lines document given as text, as {@link #addFiles} reads a file of that name.
   *
   * @param name the name its entries' sources and problems carry (a file name or a URL)
   * @param text the page
   * @return its entries as indexed and its problems (also in the commit's report)
   * @throws IOException if the index cannot be written
   */
  public ParseResult addText(String name, String text) throws IOException {
    ParseResult parsed = Pages.parseText(name, text);
    return write(() -> {
      parsed.problems().forEach(sink::problem);
      for (Entry e : parsed.entries()) {
        sink.accept(e);
      }
      read.add(name);
      files.incrementAndGet();
      return parsed;
    });
  }

  /**
   * Deletes the entry with this id.
   *
   * @param id the entry id
   * @return whether there was one (committed, or added since the last commit)
   * @throws IOException if the index cannot be written
   */
  public boolean delete(String id) throws IOException {
    return write(() -> sink.delete(id));
  }

  /**
   * Makes every change since the last commit durable and visible to searchers that refresh, in one atomic
   * commit (a failure leaves the previous commit). The indexer stays open for the next batch.
   *
   * @return what the batch read, added, updated, deleted and left unchanged, with its problems
   * @throws IOException if the commit fails
   */
  public IndexReport commit() throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      sink.mergeRepeated();
      sink.deleteGone(read, null, false);
      IndexReport report = sink.commit(read, files.getAndSet(0));
      committed = true;
      read.clear();
      sink = sink(builder, false);
      return report;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Closes the indexer, rolling back what was not committed. Closing twice does nothing.
   *
   * @throws IOException if the index cannot be closed
   */
  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      builder.close();
      if (!committed && !target.hadIndex()) {
        target.cleanUp();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private interface Write<T> {
    T run() throws IOException;
  }

  private <T> T write(Write<T> w) throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      return w.run();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the indexer of " + dir + " is closed");
    }
  }
}

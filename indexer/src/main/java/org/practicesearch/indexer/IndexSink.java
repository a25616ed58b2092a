package org.practicesearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicesearch.indexer.parse.Feed;
import org.practicesearch.indexer.parse.Inputs;
import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.search.EntryWriter;

/**
 * The writing stage of an index run: takes normalised entries from any number of threads, writes those that
 * are new or changed, and at the end deletes what the inputs no longer give and commits. It holds, for the
 * index, each entry's id, fingerprint and file (for incremental updates) and, for the run, the ids read and
 * the entries read twice (merged at the end), never the entries themselves.
 */
final class IndexSink {
  private enum Outcome { ADDED, UPDATED, UNCHANGED }

  private final EntryWriter builder;
  private final Map<String, ? extends EntryWriter.Known> known;
  private final IndexListener listener;
  private final Map<String, Outcome> produced = new ConcurrentHashMap<>();
  private final Map<String, List<Entry>> again = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final AtomicInteger rejected = new AtomicInteger();
  private final AtomicInteger warnings = new AtomicInteger();
  private final AtomicInteger repaired = new AtomicInteger();
  private final AtomicInteger repairs = new AtomicInteger();
  private final Set<String> removed = ConcurrentHashMap.newKeySet(); // indexed ids deleted in this run
  private java.util.Comparator<Entry> inputOrder = (x, y) -> 0;

  IndexSink(EntryWriter builder, Map<String, ? extends EntryWriter.Known> known, IndexListener listener) {
    this.builder = builder;
    this.known = known;
    this.listener = listener;
  }

  /**
   * Orders repeated reads of an id as the inputs give them (files in this order, then line), so that a
   * parallel run merges them as a sequential one would.
   */
  void inputOrder(List<String> files) {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      index.putIfAbsent(files.get(i), i);
    }
    inputOrder = java.util.Comparator.<Entry>comparingInt(e -> index.getOrDefault(Place.of(e).file(), Integer.MAX_VALUE))
        .thenComparingInt(e -> Place.of(e).line());
  }

  /** Reports a problem: counted, kept among the first few, and passed on. Thread-safe. */
  void problem(Problem p) {
    (p.rejected() ? rejected : warnings).incrementAndGet();
    synchronized (problems) {
      if (problems.size() < IndexReport.MAX_PROBLEMS) {
        problems.add(p);
      }
    }
    listener.problem(p);
  }

  /**
   * Writes an entry unless it is unchanged, too large for the index, or a second read of an id (kept for
   * {@link #mergeRepeated}). Thread-safe.
   */
  void accept(Entry e) throws IOException {
    String limit = EntryLimits.check(e);
    if (limit != null) {
      problem(at(e, true, limit));
      return;
    }
    if (produced.putIfAbsent(e.id(), Outcome.UNCHANGED) != null) {
      synchronized (again) {
        again.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
      }
      return;
    }
    listener.entry(e);
    if (!e.repairs().isEmpty()) {
      repaired.incrementAndGet();
      repairs.addAndGet(e.repairs().size());
    }
    write(e);
  }

  /**
   * Writes an entry made in code: a second one with an id already written in this run replaces it, as an
   * update does, where an entry read twice from the inputs is merged ({@link #mergeRepeated}). Thread-safe.
   */
  void replace(Entry e) throws IOException {
    Outcome before = produced.remove(e.id());
    synchronized (again) {
      again.remove(e.id());
    }
    if (before == null || before == Outcome.UNCHANGED) {
      accept(e);
    } else { // the index holds this run's earlier version: write, whatever the last commit holds
      listener.entry(e);
      write(e, before, true);
    }
  }

  private void write(Entry e) throws IOException {
    Outcome o = removed.remove(e.id()) ? Outcome.UPDATED : outcome(e); // deleted earlier in the run: write again
    write(e, o, o != Outcome.UNCHANGED);
  }

  private Outcome outcome(Entry e) {
    EntryWriter.Known k = known.get(e.id());
    return k == null ? Outcome.ADDED
        : EntryDocuments.fingerprint(e).equals(k.fingerprint()) ? Outcome.UNCHANGED : Outcome.UPDATED;
  }

  /** Records the entry's outcome and writes it when {@code add}. */
  private void write(Entry e, Outcome o, boolean add) throws IOException {
    if (add) {
      try {
        builder.add(e);
      } catch (IllegalArgumentException x) {
        produced.remove(e.id());
        problem(at(e, true, "cannot be indexed: " + x.getMessage().lines().findFirst().orElse("")));
        return;
      }
    }
    produced.put(e.id(), o);
  }

  /** Merges each id read more than once into its first read, as a whole-input parse would. */
  void mergeRepeated() throws IOException {
    if (again.isEmpty()) {
      return;
    }
    Map<String, Entry> firsts = builder.entries(again.keySet());
    for (Map.Entry<String, List<Entry>> a : again.entrySet()) {
      Entry first = firsts.get(a.getKey());
      if (first == null) { // the first read could not be indexed: each later one stands alone
        for (Entry e : a.getValue()) {
          accept(e);
        }
        continue;
      }
      List<Entry> all = new ArrayList<>();
      all.add(first);
      all.addAll(a.getValue());
      all.sort(inputOrder); // workers run in parallel: which read came first is decided by file and line
      boolean firstWritten = produced.get(first.id()) != Outcome.UNCHANGED;
      for (Entry m : Feed.merge(all)) {
        if (m.id().equals(first.id())) { // the index must end with the merged entry, even if it equals the last commit
          Outcome o = outcome(m);
          write(m, o, firstWritten || o != Outcome.UNCHANGED);
        } else {
          accept(m);
        }
      }
    }
    again.clear();
  }

  /**
   * Deletes the indexed entries this run did not give: those of a file read in this run, and with
   * {@code sync} those of a file under {@code named} that no longer exists.
   */
  void deleteGone(Set<String> read, List<Path> named, boolean sync) throws IOException {
    for (Map.Entry<String, ? extends EntryWriter.Known> k : known.entrySet()) {
      String file = k.getValue().file();
      if (!produced.containsKey(k.getKey()) && !removed.contains(k.getKey())
          && (read.contains(file) || sync && !read.contains(file) && gone(file) && (named == null || Inputs.under(file, named)))) {
        builder.delete(k.getKey());
        removed.add(k.getKey());
      }
    }
  }

  /**
   * Deletes one entry by id. Thread-safe.
   *
   * @return whether the index held it or this run wrote it
   */
  boolean delete(String id) throws IOException {
    builder.delete(id);
    synchronized (again) {
      again.remove(id);
    }
    boolean written = produced.remove(id) != null;
    return known.containsKey(id) && removed.add(id) || written;
  }

  private static boolean gone(String file) {
    try {
      return !Files.exists(Path.of(file));
    } catch (InvalidPathException e) {
      return true;
    }
  }

  /** The files the index holds entries of after this run (recorded in the commit), sorted. */
  Collection<String> sources(Set<String> read) {
    Set<String> out = new TreeSet<>(read);
    for (Map.Entry<String, ? extends EntryWriter.Known> k : known.entrySet()) {
      out.add(k.getValue().file());
    }
    return out;
  }

  /** Commits the run, recording its sources and entry count, and reports it. */
  IndexReport commit(Set<String> read, int files) throws IOException {
    Map<String, String> data = Map.of(Indexing.USER_DATA_ENTRIES, Integer.toString(total()),
        Indexing.USER_DATA_SOURCES, String.join("\n", sources(read)));
    builder.commit(data);
    return report(files);
  }

  /** Entries in the index after this run. */
  int total() {
    return (int) (known.size() - removed.size() + produced.values().stream().filter(o -> o == Outcome.ADDED).count());
  }

  /** Ids read in this run. */
  int produced() {
    return produced.size();
  }

  IndexReport report(int files) {
    int[] counts = new int[Outcome.values().length];
    produced.values().forEach(o -> counts[o.ordinal()]++);
    synchronized (problems) {
      return new IndexReport(files, produced.size(), repaired.get(), repairs.get(), rejected.get(), warnings.get(),
          problems, counts[0], counts[1], removed.size(), counts[2]);
    }
  }

  /** A problem at an entry's source ({@code file:line}). */
  static Problem at(Entry e, boolean rejected, String message) {
    Place p = Place.of(e);
    return new Problem(p.file(), p.line(), rejected, message);
  }

  /** Where an entry was read: its source split into file and line (1 when it has none). */
  record Place(String file, int line) {
    static Place of(Entry e) {
      String s = e.source();
      int colon = s.lastIndexOf(':');
      if (colon > 0) {
        try {
          return new Place(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
        } catch (NumberFormatException notALine) {
          // a URL or a name with a colon: the whole source is the place
        }
      }
      return new Place(s, 1);
    }
  }
}

package org.practicesearch.indexer;

import org.practicesearch.indexer.parse.Problem;
import org.practicesearch.model.Entry;

/**
 * Hears what an index run does while it runs, so a caller can show progress and problems without the run
 * holding them all. Methods are called from the run's worker threads, possibly at the same time.
 */
public interface IndexListener {
  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};

  /**
   * An input rejected or an entry reported.
   *
   * @param problem the problem, with file and line
   */
  default void problem(Problem problem) {}

  /**
   * An entry was read (and normalised); its repairs are on it.
   *
   * @param entry the entry
   */
  default void entry(Entry entry) {}

  /**
   * How far the run is; called after each chunk of input.
   *
   * @param progress the counts so far
   */
  default void progress(Progress progress) {}

  /**
   * How far an index run is.
   *
   * @param filesDone files read
   * @param files files to read
   * @param entries entries read so far
   * @param bytesDone bytes of input read
   * @param bytes bytes of input in all
   * @param nanos time since the run started
   */
  record Progress(int filesDone, int files, long entries, long bytesDone, long bytes, long nanos) {}
}

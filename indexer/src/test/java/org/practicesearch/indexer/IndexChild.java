package org.practicesearch.indexer;

import java.nio.file.Path;
import org.practicesearch.model.Entry;

/** A child process for CrashRecoveryTest: adds many entries, never commits, and waits to be killed. */
public final class IndexChild {
  private IndexChild() {}

  /**
   * @param args index directory, number of entries
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try (IndexBuilder b = IndexBuilder.updating(Path.of(args[0]))) {
      int n = Integer.parseInt(args[1]);
      for (int i = 0; i < n; i++) {
        Entry e = ConcurrentSearchTest.entry(1_000_000 + i);
        b.add(e);
        if (i == 1000) {
          System.out.println("adding");
          System.out.flush();
        }
      }
      System.out.println("added all; committing");
      System.out.flush();
      Thread.sleep(60_000); // the test kills us before this ends
      b.commit();
    }
  }
}

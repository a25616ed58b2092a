package org.practicesearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/** kill -9 in the middle of indexing leaves the last commit searchable and complete; the next run recovers. */
class CrashRecoveryTest {
  @Test
  void killDuringIndexingKeepsTheLastCommitAndTheNextRunRecovers(@TempDir Path dir) throws Exception {
    try (IndexBuilder b = IndexBuilder.replacing(dir)) {
      for (int i = 0; i < 100; i++) {
        b.add(ConcurrentSearchTest.entry(i));
      }
      b.commit();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath(),
        IndexChild.class.getName(), dir.toString(), "200000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertEquals("adding", line, "the child did not start indexing");
      Thread.sleep(300); // mid-way through the adds, with segments being flushed
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(100, index.search(SearchRequest.of("trafficking")).total());
    }
    // the next run takes the lock again without manual steps (the OS released the dead process's lock)
    try (IndexBuilder b = IndexBuilder.updating(dir)) {
      for (int i = 100; i < 150; i++) {
        b.add(ConcurrentSearchTest.entry(i));
      }
      b.commit();
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(150, index.search(SearchRequest.of("trafficking")).total());
    }
  }

  /** The test's class path, with the module path when surefire runs the tests as modules (the child needs no modules). */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path", "");
    return modules.isEmpty() ? System.getProperty("java.class.path")
        : modules + java.io.File.pathSeparator + System.getProperty("java.class.path");
  }
}

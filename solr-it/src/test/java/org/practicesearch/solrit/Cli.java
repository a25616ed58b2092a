package org.practicesearch.solrit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs our CLI jar (or another of our jars) in a child process with the test JVM's Java: our Lucene 10 code
 * never shares the classpath of the cluster's Lucene 9.
 */
final class Cli {
  private static final long TIMEOUT_S = 180;

  /** Output of a run. */
  record Run(int exit, String out, String err) {
    /** Standard error without the JVM's own warnings (incubator modules, native access). */
    String errors() {
      return err.lines().filter(l -> !l.startsWith("WARNING: ")).map(l -> l + "\n").reduce("", String::concat);
    }
  }

  /**
   * The JVM options every command runs with, as {@code bin/practice-search} gives them: without native access,
   * Lucene's first native call prints a block of JVM warnings and a blank line before our own messages.
   */
  private static final List<String> JVM = List.of("--add-modules", "jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED");

  private Cli() {}

  static Path jar(String property) {
    Path jar = Path.of(System.getProperty(property, "missing"));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar),
        property + " " + jar + " is not built: run 'mvn verify' (the jar is made at package time)");
    return jar;
  }

  static Run practiceSearch(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(JVM);
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar("practicesearch.cli.jar").toString()));
    cmd.addAll(List.of(args));
    return run(dir, cmd);
  }

  static Run java(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(JVM);
    cmd.addAll(args);
    return run(dir, cmd);
  }

  /** A {@code serve} child process and its port, read from its "serving ... on http://HOST:PORT/" line. */
  record Server(Process process, int port) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static Server serve(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(JVM);
    cmd.addAll(List.of("-jar", jar("practicesearch.cli.jar").toString(), "serve", "--port", "0"));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "serve", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    java.util.regex.Pattern serving = java.util.regex.Pattern.compile("serving .* on http://127\\.0\\.0\\.1:(\\d+)/");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    while (System.nanoTime() < deadline && p.isAlive()) {
      java.util.regex.Matcher m = serving.matcher(Files.readString(err, StandardCharsets.UTF_8));
      if (m.find()) {
        return new Server(p, Integer.parseInt(m.group(1)));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not start: " + cmd + "\n" + Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Run run(Path dir, List<String> cmd) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}

package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir static Path tmp;
  static Path pages;
  static Path index;
  static Path topics;
  static Path qrels;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String practice(String type, String country, String description) {
    return "Type of practice: " + type + "\n\nCountry: " + country + "\n\nName of Stakeholder: Red Cross\n\n"
        + "Type of Stakeholder Implementing the Practice: Civil Society\n\nType of crisis: Natural Disaster\n\n"
        + "Crisis phase: Crisis Preparedness\n\n\n" + description + "\n";
  }

  static String listing(String topic, String... titles) {
    StringBuilder s = new StringBuilder("Skip to main content\n\n" + topic + "\n\n");
    for (String t : titles) {
      s.append(t).append("\n\nA guide about ").append(t.toLowerCase(java.util.Locale.ROOT))
          .append(".\nCountry\nWorldwide\nRegion\nWorldwide\nYear\n2019\nCategory\n\n");
    }
    return s.toString();
  }

  @BeforeAll
  static void indexFixture() throws IOException {
    pages = tmp.resolve("pages");
    Files.createDirectories(pages.resolve("practices"));
    Files.writeString(pages.resolve("practices/cyclone.txt"), practice("Early warning systems", "Bangladesh",
        "Volunteers pass cyclone warnings to seasonal workers and guide them to shelters."));
    Files.writeString(pages.resolve("practices/drought.txt"), practice("Assistance programs", "Kenya",
        "Herders receive water and fodder during the drought."));
    Files.createDirectories(pages.resolve("listings"));
    Files.writeString(pages.resolve("listings/health.txt"), listing("Health", "Caring for Evacuees", "Mental Health in Camps"));
    Files.writeString(pages.resolve("listings/protection.txt"), listing("Protection", "Legal Identity", "Caring for Evacuees"));
    index = tmp.resolve("index");
    Run r = run("index", pages.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    topics = Files.writeString(tmp.resolve("topics.tsv"), "# id class query\np1\tplain\tcyclone shelters\n"
        + "t1\ttypo\tcylone\np2\tplain\tevacuees\n");
    qrels = Files.writeString(tmp.resolve("qrels.txt"), "p1 0 practices/cyclone.txt 3\nt1 0 practices/cyclone.txt 3\n"
        + "t1 0 practices/drought.txt 0\np2 0 listings/health.txt 2\np2 0 listings/protection.txt 2\n");
  }

  @Test
  void fileLevelRunsArePrintedPerClassAndNextToTheRawTextBaseline() throws IOException {
    Path runFile = tmp.resolve("ours.run");
    Path baseRun = tmp.resolve("raw.run");
    Run r = run("eval", "--index", index.toString(), "--docs", pages.toString(), "--baseline", "raw-text",
        "--topics", topics.toString(), "--qrels", qrels.toString(), "--run", runFile.toString(),
        "--baseline-run", baseRun.toString(), "--per-topic");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("ndcg_cut_10           \tplain\t1.0000"), r.out());
    assertTrue(lines.contains("num_q                 \ttypo\t1"), r.out());
    assertTrue(lines.contains("num_q                 \tall\t3"), r.out());
    assertTrue(lines.contains("ours: profile default, by file; raw-text: BM25 k1=0.9 b=0.4 over the raw text of 4 files"),
        r.out());
    // the raw text has no "cylone": the baseline finds nothing for the typo; ours corrects it
    // "Caring for Evacuees" is indexed once but listed on two pages: both files are found
    assertTrue(lines.contains("ndcg_cut_10  plain             2   1.0000   1.0000  +0.0000"), r.out());
    assertTrue(lines.contains("ndcg_cut_10  typo              1   1.0000   0.0000  +1.0000"), r.out());
    assertTrue(lines.contains("ndcg_cut_10  all               3   1.0000   0.6667  +0.3333"), r.out());
    assertTrue(lines.contains("topic    class            ours raw-text     diff  query"), r.out());
    assertTrue(lines.contains("t1       typo           1.0000   0.0000  +1.0000  cylone"), r.out());
    assertTrue(Files.readString(runFile).contains("p2 Q0 listings/health.txt "), Files.readString(runFile));
    assertTrue(Files.readString(runFile).contains("p2 Q0 listings/protection.txt "), Files.readString(runFile));
    assertTrue(Files.readString(runFile).startsWith("p1 Q0 practices/cyclone.txt 1 "), Files.readString(runFile));
    assertTrue(Files.readString(baseRun).startsWith("p1 Q0 practices/cyclone.txt 1 1 raw-text-bm25\n"),
        Files.readString(baseRun));
  }

  @Test
  void entryLevelRunsWithoutClassesPrintTheTrecEvalSummaryOnly() throws IOException {
    Path plain = Files.writeString(tmp.resolve("plain.tsv"), "1\tdrought\n");
    Path ids = tmp.resolve("ids.run");
    Run r = run("eval", "--index", index.toString(), "--topics", plain.toString(), "--qrels", qrels.toString(),
        "--run", ids.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(7, r.out().lines().count(), r.out());
    assertTrue(r.out().startsWith("map                   \tall\t"), r.out());
    assertTrue(Files.readString(ids).startsWith("1 Q0 practice-"), Files.readString(ids));
  }

  @Test
  void judgedDocumentsThatAreNotFilesAreReported() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad-qrels.txt"), "p1 0 practices/cyclone.txt 3\np1 0 practices/gone.txt 1\n");
    Run r = run("eval", "--index", index.toString(), "--docs", pages.toString(), "--granularity", "file",
        "--topics", topics.toString(), "--qrels", bad.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("warning: " + bad + ": 1 judged documents are not files under " + pages + ", e.g. 'practices/gone.txt'\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void badOptionCombinationsAreUsageErrors() {
    String[] common = {"eval", "--index", index.toString(), "--topics", topics.toString(), "--qrels", qrels.toString()};
    assertUsageError("error: --baseline needs --docs DIR, the folder of input files the index was built from",
        concat(common, "--baseline", "raw-text"));
    assertUsageError("error: --granularity file needs --docs DIR, the folder of input files the index was built from",
        concat(common, "--granularity", "file"));
    assertUsageError("error: unknown baseline 'bm25'; expected raw-text",
        concat(common, "--baseline", "bm25", "--docs", pages.toString()));
    assertUsageError("error: --baseline raw-text ranks files; use --granularity file (the default with --baseline)",
        concat(common, "--baseline", "raw-text", "--docs", pages.toString(), "--granularity", "entry"));
  }

  private static void assertUsageError(String message, String... args) {
    Run r = run(args);
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(message, r.err().lines().findFirst().orElse(""), r.err());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

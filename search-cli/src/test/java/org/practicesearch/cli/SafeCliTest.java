package org.practicesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 through the CLI: exact messages and exit codes of the fixed defects and of the new conventions. */
class SafeCliTest {
  static final Path SEEDS = Path.of(System.getProperty("practicesearch.repo", "..")).resolve("seeds");
  @TempDir Path tmp;

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @AfterEach
  void restoreEnvironment() {
    CommonOptions.environment = System.getenv();
  }

  static String jsonLine(String id, Object year, String summary) {
    return "{\"id\": \"" + id + "\", \"kind\": \"resource\", \"title\": \"T\", \"year\": " + year
        + ", \"summary\": " + summary + "}\n";
  }

  @Test
  void aMistypedIndexIsAnErrorAndOnlyTheDefaultIndexIsBuiltFromTheSeeds() {
    Path typo = tmp.resolve("idnex");
    CliTest.Run r = run("search", "refugees", "--index", typo.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals("error: no index at " + typo + ": run 'practice-search index ... --index " + typo + "' first\n", r.err());
    assertTrue(Files.notExists(typo));
    CommonOptions.environment = Map.of("HOME", tmp.toString());
    r = run("search", "refugees");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("no index at " + tmp.resolve(".practice-search/index") + " yet: indexing the bundled seeds\n"), r.err());
    CommonOptions.environment = Map.of("HOME", "/nowhere", "XDG_DATA_HOME", tmp.resolve("xdg").toString());
    assertEquals(tmp.resolve("xdg/practice-search/index"), CommonOptions.defaultIndex());
  }

  @Test
  void anotherApplicationsIndexIsNeitherSearchedNorRebuilt() throws IOException {
    Path foreign = tmp.resolve("foreign");
    try (var d = org.apache.lucene.store.FSDirectory.open(foreign);
        var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
      w.addDocument(List.of(new org.apache.lucene.document.StringField("name", "theirs",
          org.apache.lucene.document.Field.Store.YES)));
      w.commit();
    }
    CommonOptions.environment = Map.of(CommonOptions.INDEX_ENV, foreign.toString()); // even as the default index
    CliTest.Run r = run("search", "x");
    assertEquals(List.of(1, "error: the folder " + foreign + " holds a Lucene index that practice-search did not "
        + "write: choose another --index\n"), List.of(r.code(), r.err()));
  }

  @Test
  void lenientJsonIsRefusedLineByLineAndErrorsAreCappedPerFile() throws IOException {
    Path in = Files.writeString(tmp.resolve("bad.jsonl"), jsonLine("a", 99999999999L, "false") + jsonLine("b", "1e300", "false")
        + jsonLine("c", 2019, "\"yes\"") + jsonLine("d", 2019, "true"));
    Path array = Files.writeString(tmp.resolve("array.json"), "[" + jsonLine("e", 2019, "false").strip() + "]\n");
    StringBuilder junk = new StringBuilder(jsonLine("f", 2019, "false"));
    for (int i = 0; i < 30; i++) {
      junk.append("not json ").append(i).append('\n');
    }
    Path notJsonLines = Files.writeString(tmp.resolve("junk.jsonl"), junk);
    Path idx = tmp.resolve("idx");
    CliTest.Run r = run("index", in.toString(), array.toString(), notJsonLines.toString(), "--index", idx.toString());
    assertEquals(3, r.code(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(Stream.of(
        "error: " + in + ":1: \"year\" must be a whole number from 1 to 9999, got 99999999999",
        "error: " + in + ":2: \"year\" must be a whole number from 1 to 9999, got 1e300",
        "error: " + in + ":3: \"summary\" must be true or false, got the string \"yes\"",
        "error: " + array + ":1: a JSON array, not JSON Lines: write one object a line (e.g. jq -c '.[]' " + array + ")").sorted().toList(),
        lines.stream().filter(l -> l.startsWith("error: " + in) || l.startsWith("error: " + array)).sorted().toList());
    assertEquals(21, lines.stream().filter(l -> l.startsWith("error: " + notJsonLines)).count(), r.err());
    assertTrue(lines.contains("error: " + notJsonLines + ": 10 more lines rejected (not shown; --verbose lists all)"), r.err());
    assertTrue(lines.contains("read 3 files: 2 entries (0 repaired), 34 inputs rejected"), r.err());
  }

  @Test
  void oneLatin1ByteIsRepairedAloneAndSpecialFilesAndOddNamesAreReported() throws IOException, InterruptedException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String page = Files.readString(SEEDS.resolve("000_7a85830c2fad2333.txt")).replaceFirst("Country:[^\\n]*",
        "Country: Côte d’Ivoire, C\u00f4te");
    byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
    String marker = "C\u00f4te\n";
    int at = page.indexOf(marker);
    byte[] prefix = page.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[utf8.length - 1];
    System.arraycopy(utf8, 0, mixed, 0, prefix.length);
    mixed[prefix.length] = (byte) 0xF4; // one Latin-1 ô in a UTF-8 page
    System.arraycopy(utf8, prefix.length + 2, mixed, prefix.length + 1, utf8.length - prefix.length - 2);
    Files.write(in.resolve("mixed.txt"), mixed);
    Files.writeString(in.resolve("odd\u001b[31mname.jsonl"), "{\"id\": 1}\n");
    Path outside = Files.writeString(tmp.resolve("outside.txt"), page);
    Files.createSymbolicLink(in.resolve("link.txt"), outside);
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Path idx = tmp.resolve("idx");
    CliTest.Run r = run("parse", in.toString(), "--json");
    String err = r.err();
    assertTrue(r.out().contains("Côte d'Ivoire"), r.out());
    assertTrue(err.contains("warning: " + in.resolve("mixed.txt") + ":"), err);
    assertTrue(err.contains(": 1 byte that is not UTF-8 read as Windows-1252 (the rest is UTF-8)"), err);
    assertTrue(err.contains("warning: " + in.resolve("pipe") + ":1: not a regular file (a FIFO), not read"), err);
    assertTrue(err.contains("warning: " + in.resolve("link.txt") + ":1: symbolic link to " + outside.toRealPath()
        + ", outside " + in + ", not followed"), err);
    assertTrue(err.contains("error: " + in.resolve("odd\\x1b[31mname.jsonl") + ":1: \"id\" must be a string, got the number 1"), err);
    assertTrue(!err.contains("\u001b"), err);
    assertEquals(1, run("index", in.resolve("pipe").toString(), "--index", idx.toString()).code());
  }

  @Test
  void progressWarningsAndQuiet() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{\"id\": \"r-").append(i).append("\", \"kind\": \"practice\", \"title\": \"T\", \"practice_types\": [\"Hackathon ")
          .append(i % 5).append("\"]}\n");
    }
    Path in = Files.writeString(tmp.resolve("w.jsonl"), sb);
    Path idx = tmp.resolve("idx");
    CliTest.Run r = run("index", in.toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("warning: unknown practice type '…' kept as written: 50 times ('Hackathon 0', 'Hackathon 1', "
        + "'Hackathon 2', ...), first at " + in + ":1, " + in + ":2, " + in + ":3, ... (--verbose lists all)",
        "read 1 files: 50 entries (0 repaired), 0 inputs rejected",
        "index " + idx + ": 50 added, 0 updated, 0 deleted, 0 unchanged"), r.err().lines().toList());
    r = run("index", in.toString(), "--index", idx.toString(), "--quiet");
    assertEquals(List.of(0, ""), List.of(r.code(), r.err()));
    assertEquals("indexing: 1/2 files, 1,000 entries, 500 entries/s, 50%, about 0:02 left",
        Feedback.line(new org.practicesearch.indexer.IndexListener.Progress(1, 2, 1000, 50, 100, 2_000_000_000L)));
  }

  @Test
  void statsExportDeleteAndCheckManageAnIndex() throws IOException {
    Path idx = tmp.resolve("idx");
    assertEquals(0, run("index", SEEDS.toString(), "--index", idx.toString()).code());
    CliTest.Run stats = run("stats", "--index", idx.toString(), "--json");
    var o = CliTest.json(stats.out());
    assertEquals(22, o.get("entries").getAsLong());
    assertEquals("{\"practice\":11,\"resource\":10,\"guideline\":1}", o.get("kinds").toString());
    assertEquals(5, o.getAsJsonArray("sources").size());
    assertEquals("4", o.get("schema_version").getAsString());

    CliTest.Run export = run("export", "--index", idx.toString());
    assertEquals(22, export.out().lines().count());
    Path backup = Files.writeString(tmp.resolve("backup.jsonl"), export.out());
    Path copy = tmp.resolve("copy");
    CliTest.Run reindex = run("index", backup.toString(), "--index", copy.toString());
    assertEquals(0, reindex.code(), reindex.err());
    assertTrue(reindex.err().endsWith("read 1 files: 22 entries (14 repaired), 0 inputs rejected\nindex " + copy
        + ": 22 added, 0 updated, 0 deleted, 0 unchanged\n"), reindex.err());
    assertTrue(!reindex.err().contains("warning"), reindex.err());
    assertEquals(withoutSources(export.out()), withoutSources(run("export", "--index", copy.toString()).out()));

    Path parsed = Files.writeString(tmp.resolve("parsed.json"), run("parse", SEEDS.toString(), "--json").out());
    CliTest.Run fromParse = run("index", parsed.toString(), "--index", tmp.resolve("from-parse").toString());
    assertEquals(0, fromParse.code(), fromParse.err());
    assertTrue(fromParse.err().contains("read 1 files: 22 entries (14 repaired), 0 inputs rejected\n")
        && !fromParse.err().contains("warning"), fromParse.err());

    String id = CliTest.json(export.out().lines().findFirst().orElseThrow()).get("id").getAsString();
    CliTest.Run missing = run("delete", id, "nope", "--index", idx.toString());
    assertEquals(List.of(1, "error: no entry with id 'nope' in " + idx + ": nothing deleted\n"), List.of(missing.code(), missing.err()));
    CliTest.Run deleted = run("delete", id, "--index", idx.toString());
    assertEquals(List.of(0, "deleted 1 entries from " + idx + "\n"), List.of(deleted.code(), deleted.err()));
    assertEquals(21, CliTest.json(run("stats", "--index", idx.toString(), "--json").out()).get("entries").getAsLong());

    CliTest.Run check = run("check", "--index", idx.toString());
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().startsWith("index " + idx + ": intact ("), check.out());
  }

  @Test
  void aDamagedIndexIsNamedWithTheCommandThatRebuildsIt() throws IOException {
    Path idx = tmp.resolve("idx");
    assertEquals(0, run("index", SEEDS.toString(), "--index", idx.toString()).code());
    Path cfs;
    try (var s = Files.list(idx)) {
      cfs = s.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] b = Files.readAllBytes(cfs);
    b[b.length / 2] ^= 0x10;
    Files.write(cfs, b);
    CliTest.Run check = run("check", "--index", idx.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.err().startsWith("error: the index at " + idx + " is damaged ("), check.err());
    assertTrue(check.err().endsWith("): rebuild it with 'practice-search index --replace " + SEEDS.resolve("000_7a85830c2fad2333.txt")
        + " " + SEEDS.resolve("001_4ddfa721e7e9d17c.txt") + " " + SEEDS.resolve("002_2a6fb45c4a1a1a4a.txt")
        + " ... (5 files, see 'practice-search stats') --index " + idx + "'\n"), check.err());
  }

  @Test
  void versionSuggestionsCompletionAndJsonErrors() {
    CliTest.Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().contains("Lucene 10.6.0") && v.out().contains("Java " + Runtime.version()), v.out());
    CliTest.Run typo = run("serach", "x");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("Did you mean: practice-search serve or practice-search search or "
        + "practice-search check?"), typo.err());
    CliTest.Run option = run("search", "x", "--filtr", "kind=practice");
    assertTrue(option.err().contains("Possible solutions: --filter"), option.err());
    CliTest.Run completion = run("completion");
    assertTrue(completion.out().contains("complete -F _complete_practice-search") && completion.out().contains("--sync"),
        completion.out().substring(0, 200));
    Path missing = tmp.resolve("none");
    CliTest.Run json = run("search", "x", "--json", "--index", missing.toString());
    assertEquals(1, json.code());
    assertEquals("{\"error\":\"no index at " + missing + ": run 'practice-search index ... --index " + missing
        + "' first\",\"exit_code\":1}\n", json.out());
  }

  static List<String> withoutSources(String jsonl) {
    return jsonl.lines().map(l -> l.replaceAll("\"source\":\"[^\"]*\",?", "")
        .replaceAll("\"sources\":\\[[^\\]]*\\],?", "")).sorted().toList();
  }
}

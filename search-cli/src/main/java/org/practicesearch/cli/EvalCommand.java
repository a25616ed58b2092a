package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.practicesearch.eval.Evaluation;
import org.practicesearch.eval.Metrics;
import org.practicesearch.eval.Qrels;
import org.practicesearch.eval.RawTextBaseline;
import org.practicesearch.eval.SourceFiles;
import org.practicesearch.eval.Topic;
import org.practicesearch.eval.Topics;
import org.practicesearch.search.RankingProfile;
import org.practicesearch.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval}: runs topics against the index and prints trec_eval-style measures. */
@Command(name = "eval", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Runs topics against the index (depth 1000, ties by document id descending, as trec_eval) and "
        + "prints MAP, nDCG@10, P@10, P@30, recall@100 and MRR over the judged topics, per class of query when the "
        + "topics have a class column, and next to a raw-text BM25 baseline with --baseline."},
    footer = {"", "Example (Anserini's CACM baseline):",
        "  practice-search index ../shared/ir/cacm/cacm.jsonl --index /tmp/cacm",
        "  practice-search eval --index /tmp/cacm --profile anserini-bm25 \\",
        "      --topics ../shared/ir/cacm/topics.cacm.txt --qrels ../shared/ir/cacm/qrels.cacm.txt --run /tmp/cacm.run",
        "", "Example (the development collection, by file, against plain BM25 over each file's raw text):",
        "  practice-search index docs/relevance/dev/pages --index /tmp/dev --replace",
        "  practice-search eval --index /tmp/dev --docs docs/relevance/dev/pages --baseline raw-text \\",
        "      --topics docs/relevance/dev/topics.tsv --qrels docs/relevance/dev/qrels.txt"})
final class EvalCommand implements Callable<Integer> {
  /** What a ranked document is. */
  enum Granularity { ENTRY, FILE }

  static final String RAW_TEXT = "raw-text";
  private static final List<String> MEASURES = List.of("map", "ndcg_cut_10", "P_10", "P_30", "recall_100", "recip_rank");

  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--topics", required = true, paramLabel = "FILE",
      description = "Topics: TREC style (<DOC><DOCNO>, or <top><num><title>) or a TSV of id<TAB>query or "
          + "id<TAB>class<TAB>query.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: topic iteration docid grade.")
  Path qrels;

  @Option(names = "--run", paramLabel = "FILE", description = "Also write the run in TREC format.")
  Path run;

  @Option(names = "--profile", paramLabel = "NAME", description = "Ranking profile: default or anserini-bm25.")
  String profile = "default";

  @Option(names = "--granularity", paramLabel = "LEVEL", description = "What a ranked document is: entry (its id) or "
      + "file (the input file it came from, relative to --docs; the first hit of each file counts). "
      + "Default: file with --docs or --baseline, else entry.")
  Granularity granularity;

  @Option(names = "--docs", paramLabel = "DIR", description = "The folder of input files the index was built from "
      + "(for --granularity file and --baseline).")
  Path docs;

  @Option(names = "--baseline", paramLabel = "NAME", description = "Also rank the files of --docs with a baseline and "
      + "print both, per class, with the difference: raw-text (BM25 k1=0.9 b=0.4 over each file's raw text, "
      + "standard tokenizer and lower case only).")
  String baseline;

  @Option(names = "--baseline-run", paramLabel = "FILE", description = "Also write the baseline's run in TREC format.")
  Path baselineRun;

  @Option(names = "--per-topic", description = "Also print nDCG@10 for each judged topic (and the baseline's, with "
      + "the difference), as trec_eval -q does.")
  boolean perTopic;

  @Override
  public Integer call() throws IOException {
    RankingProfile p = RankingProfile.parse(profile);
    Granularity level = checkOptions();
    List<Topic> ts = Topics.read(topics);
    Qrels q = Qrels.read(qrels);
    PrintWriter out = spec.commandLine().getOut();
    SourceFiles files = level == Granularity.FILE ? SourceFiles.under(docs) : null;
    if (files != null) {
      warnUnknownDocuments(q, files);
    }
    Evaluation ours;
    try (SearchIndex index = SearchIndex.open(common.indexDir())) {
      ours = files == null ? Evaluation.run(index, ts, q, p) : Evaluation.runByFile(index, files, ts, q, p);
    }
    write(ours, run, "practice-search-" + p.id());
    if (ts.stream().allMatch(t -> t.queryClass().isEmpty())) {
      print(out, ours.metrics());
    } else {
      ours.byClass(ts, q).forEach((c, m) -> print(out, m, c));
    }
    Evaluation base = null;
    if (baseline != null) {
      try (RawTextBaseline raw = RawTextBaseline.of(files)) {
        base = Evaluation.run(raw, ts, q);
      }
      write(base, baselineRun, "raw-text-bm25");
      out.println();
      compare(out, ours.byClass(ts, q), base.byClass(ts, q), p, files.files().size());
    }
    if (perTopic) {
      out.println();
      perTopic(out, ts, q, ours, base);
    }
    out.flush();
    return 0;
  }

  private Granularity checkOptions() {
    if (baseline != null && !baseline.equals(RAW_TEXT)) {
      throw new IllegalArgumentException("unknown baseline '" + baseline + "'; expected " + RAW_TEXT);
    }
    if (baseline != null && granularity == Granularity.ENTRY) {
      throw new IllegalArgumentException("--baseline " + RAW_TEXT + " ranks files; use --granularity file (the default "
          + "with --baseline)");
    }
    Granularity level = granularity != null ? granularity
        : baseline != null || docs != null ? Granularity.FILE : Granularity.ENTRY;
    if (level == Granularity.FILE && docs == null) {
      throw new IllegalArgumentException((baseline != null ? "--baseline" : "--granularity file")
          + " needs --docs DIR, the folder of input files the index was built from");
    }
    if (baselineRun != null && baseline == null) {
      throw new IllegalArgumentException("--baseline-run needs --baseline");
    }
    return level;
  }

  private void warnUnknownDocuments(Qrels q, SourceFiles files) {
    Set<String> unknown = new TreeSet<>(q.documents());
    files.files().forEach(f -> unknown.remove(SourceFiles.docId(f)));
    if (!unknown.isEmpty()) {
      spec.commandLine().getErr().printf(Locale.ROOT, "warning: %s: %d judged documents are not files under %s, e.g. '%s'%n",
          qrels, unknown.size(), docs, unknown.iterator().next());
    }
  }

  private static void write(Evaluation e, Path file, String tag) throws IOException {
    if (file != null) {
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        e.writeRun(w, tag);
      }
    }
  }

  static void print(PrintWriter out, Metrics m) {
    print(out, m, Metrics.ALL);
  }

  static void print(PrintWriter out, Metrics m, String group) {
    double[] values = values(m);
    for (int i = 0; i < MEASURES.size(); i++) {
      out.printf(Locale.ROOT, "%-22s\t%s\t%.4f%n", MEASURES.get(i), group, values[i]);
    }
    out.printf(Locale.ROOT, "%-22s\t%s\t%d%n", "num_q", group, m.topics());
  }

  private static double[] values(Metrics m) {
    return new double[] {m.map(), m.ndcg10(), m.p10(), m.p30(), m.recall100(), m.mrr()};
  }

  /** a - b, never printed as "-0.0000". */
  private static double difference(double a, double b) {
    return Math.abs(a - b) < 0.00005 ? 0 : a - b;
  }

  /** nDCG@10 of each judged topic: ours, and the baseline's with the difference when there is one. */
  static void perTopic(PrintWriter out, List<Topic> topics, Qrels q, Evaluation ours, Evaluation base) {
    out.printf(Locale.ROOT, "%-8s %-12s %8s%s  %s%n", "topic", "class", "ours",
        base == null ? "" : String.format(Locale.ROOT, " %8s %8s", RAW_TEXT, "diff"), "query");
    for (Topic t : topics) {
      Qrels one = q.only(Set.of(t.id()));
      Metrics a = Metrics.of(ours.run(), one);
      if (a.topics() == 0) {
        continue; // no relevant document: not averaged, not shown
      }
      String vs = "";
      if (base != null) {
        double b = Metrics.of(base.run(), one).ndcg10();
        vs = String.format(Locale.ROOT, " %8.4f %+8.4f", b, difference(a.ndcg10(), b));
      }
      out.printf(Locale.ROOT, "%-8s %-12s %8.4f%s  %s%n", t.id(), t.queryClass(), a.ndcg10(), vs, t.query());
    }
  }

  /** Ours next to the baseline: one row per measure and class, with the difference. */
  static void compare(PrintWriter out, Map<String, Metrics> ours, Map<String, Metrics> base, RankingProfile p, int files) {
    out.printf(Locale.ROOT, "ours: profile %s, by file; %s: BM25 k1=%.1f b=%.1f over the raw text of %d files%n",
        p.id(), RAW_TEXT, RawTextBaseline.K1, RawTextBaseline.B, files);
    out.printf(Locale.ROOT, "%-12s %-12s %6s %8s %8s %8s%n", "measure", "class", "topics", "ours", RAW_TEXT, "diff");
    for (int i = 0; i < MEASURES.size(); i++) {
      for (Map.Entry<String, Metrics> c : ours.entrySet()) {
        double a = values(c.getValue())[i];
        double b = values(base.get(c.getKey()))[i];
        out.printf(Locale.ROOT, "%-12s %-12s %6d %8.4f %8.4f %+8.4f%n", MEASURES.get(i), c.getKey(),
            c.getValue().topics(), a, b, difference(a, b));
      }
    }
  }
}

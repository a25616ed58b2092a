package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.practicesearch.eval.Evaluation;
import org.practicesearch.eval.Metrics;
import org.practicesearch.eval.Qrels;
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
        + "prints MAP, nDCG@10, P@10, P@30, recall@100 and MRR over the judged topics."},
    footer = {"", "Example (Anserini's CACM baseline):",
        "  practice-search index ../shared/ir/cacm/cacm.jsonl --index /tmp/cacm",
        "  practice-search eval --index /tmp/cacm --profile anserini-bm25 \\",
        "      --topics ../shared/ir/cacm/topics.cacm.txt --qrels ../shared/ir/cacm/qrels.cacm.txt --run /tmp/cacm.run"})
final class EvalCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--topics", required = true, paramLabel = "FILE",
      description = "Topics: TREC style (<DOC><DOCNO>, or <top><num><title>) or a TSV of id<TAB>query.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: topic iteration docid grade.")
  Path qrels;

  @Option(names = "--run", paramLabel = "FILE", description = "Also write the run in TREC format.")
  Path run;

  @Option(names = "--profile", paramLabel = "NAME", description = "Ranking profile: default or anserini-bm25.")
  String profile = "default";

  @Override
  public Integer call() throws IOException {
    RankingProfile p = RankingProfile.parse(profile);
    List<Topic> ts = Topics.read(topics);
    Qrels q = Qrels.read(qrels);
    PrintWriter out = spec.commandLine().getOut();
    try (SearchIndex index = SearchIndex.open(common.indexDir())) {
      Evaluation e = Evaluation.run(index, ts, q, p);
      if (run != null) {
        try (Writer w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
          e.writeRun(w, "practice-search-" + p.id());
        }
      }
      print(out, e.metrics());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, Metrics m) {
    out.printf(Locale.ROOT, "map                   \tall\t%.4f%n", m.map());
    out.printf(Locale.ROOT, "ndcg_cut_10           \tall\t%.4f%n", m.ndcg10());
    out.printf(Locale.ROOT, "P_10                  \tall\t%.4f%n", m.p10());
    out.printf(Locale.ROOT, "P_30                  \tall\t%.4f%n", m.p30());
    out.printf(Locale.ROOT, "recall_100            \tall\t%.4f%n", m.recall100());
    out.printf(Locale.ROOT, "recip_rank            \tall\t%.4f%n", m.mrr());
    out.printf(Locale.ROOT, "num_q                 \tall\t%d%n", m.topics());
  }
}

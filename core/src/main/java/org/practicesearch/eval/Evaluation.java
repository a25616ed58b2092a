package org.practicesearch.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicesearch.search.RankingProfile;
import org.practicesearch.search.SearchIndex;

/**
 * Runs topics against an index and scores the run, as trec_eval would (depth 1000, ties by document id
 * descending).
 *
 * @param run topic id to ranked document ids
 * @param metrics the measures
 */
public record Evaluation(Map<String, List<String>> run, Metrics metrics) {
  /** Ranking depth per topic, as in TREC runs. */
  public static final int DEPTH = 1000;

  /**
   * Runs and scores.
   *
   * @param index the index
   * @param topics the topics
   * @param qrels the judgements
   * @param profile the ranking profile
   * @return the run and its measures
   * @throws IOException if the index cannot be read
   */
  public static Evaluation run(SearchIndex index, List<Topic> topics, Qrels qrels, RankingProfile profile)
      throws IOException {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (Topic t : topics) {
      run.put(t.id(), index.rank(t.query(), DEPTH, profile));
    }
    return new Evaluation(run, Metrics.of(run, qrels));
  }

  /**
   * Writes the run in TREC format: {@code topic Q0 docid rank score tag}; the score column is the inverse rank.
   *
   * @param out where to write
   * @param tag the run tag
   * @throws IOException if writing fails
   */
  public void writeRun(Writer out, String tag) throws IOException {
    for (Map.Entry<String, List<String>> t : run.entrySet()) {
      List<String> ids = t.getValue();
      for (int i = 0; i < ids.size(); i++) {
        out.write(String.format(Locale.ROOT, "%s Q0 %s %d %d %s%n", t.getKey(), ids.get(i), i + 1, ids.size() - i, tag));
      }
    }
  }
}

package org.practicesearch.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicesearch.model.Entry;
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

  /** Something that ranks document ids for a query. */
  @FunctionalInterface
  public interface Ranker {
    /**
     * @param query the query text
     * @param depth how many ids at most
     * @return the ids, best first
     * @throws IOException if the ranking cannot be read
     */
    List<String> rank(String query, int depth) throws IOException;
  }

  /**
   * Runs and scores, each entry a document.
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
    return run((query, depth) -> index.rank(query, depth, profile), topics, qrels);
  }

  /**
   * Runs and scores at file level: each ranked entry stands for the files it came from (all its sources, so an
   * entry listed on two pages finds both), and only the first hit of each file counts, so the run can be judged,
   * and compared with {@link RawTextBaseline}, by file.
   *
   * @param index the index
   * @param files the input files the index was built from
   * @param topics the topics
   * @param qrels the judgements, with file ids as document ids
   * @param profile the ranking profile
   * @return the run (file ids) and its measures
   * @throws IOException if the index cannot be read
   */
  public static Evaluation runByFile(SearchIndex index, SourceFiles files, List<Topic> topics, Qrels qrels,
      RankingProfile profile) throws IOException {
    Map<String, List<String>> sources = new HashMap<>();
    SourceFiles.Sources sourcesOf = id -> {
      List<String> known = sources.get(id);
      if (known == null) {
        known = index.get(id).map(Entry::sources).orElse(List.of());
        sources.put(id, known);
      }
      return known;
    };
    return run((query, depth) -> files.collapse(index.rank(query, depth, profile), sourcesOf), topics, qrels);
  }

  /**
   * Runs any ranker and scores it.
   *
   * @param ranker the ranker
   * @param topics the topics
   * @param qrels the judgements
   * @return the run and its measures
   * @throws IOException if the ranker fails
   */
  public static Evaluation run(Ranker ranker, List<Topic> topics, Qrels qrels) throws IOException {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (Topic t : topics) {
      run.put(t.id(), ranker.rank(t.query(), DEPTH));
    }
    return new Evaluation(run, Metrics.of(run, qrels));
  }

  /**
   * The measures per class of query, then over all topics.
   *
   * @param topics the topics of this run
   * @param qrels the judgements
   * @return class to measures; see {@link Metrics#byClass}
   */
  public Map<String, Metrics> byClass(List<Topic> topics, Qrels qrels) {
    return Metrics.byClass(run, qrels, topics);
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

package org.practicesearch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of one run, trec_eval style, averaged over the topics that have relevant documents.
 *
 * @param map mean average precision
 * @param ndcg10 nDCG at 10 (graded gains, log2 discount, as trec_eval's ndcg_cut_10)
 * @param p10 precision at 10
 * @param p30 precision at 30
 * @param recall100 recall at 100
 * @param mrr mean reciprocal rank of the first relevant document
 * @param topics number of topics averaged
 */
public record Metrics(double map, double ndcg10, double p10, double p30, double recall100, double mrr, int topics) {
  /** The name of the group of all topics in {@link #byClass}, as trec_eval names its summary lines. */
  public static final String ALL = "all";

  /**
   * Computes the measures.
   *
   * @param run topic id to ranked document ids (best first)
   * @param qrels the judgements; topics without a relevant document are skipped, as trec_eval does
   * @return the averages
   */
  public static Metrics of(Map<String, List<String>> run, Qrels qrels) {
    double map = 0, ndcg = 0, p10 = 0, p30 = 0, r100 = 0, mrr = 0;
    int n = 0;
    for (String topic : qrels.grades().keySet()) {
      int relevant = qrels.relevant(topic);
      if (relevant == 0) {
        continue;
      }
      List<String> ranked = run.getOrDefault(topic, List.of());
      n++;
      map += averagePrecision(ranked, qrels, topic, relevant);
      ndcg += ndcg(ranked, qrels, topic, 10);
      p10 += hits(ranked, qrels, topic, 10) / 10.0;
      p30 += hits(ranked, qrels, topic, 30) / 30.0;
      r100 += hits(ranked, qrels, topic, 100) / (double) relevant;
      mrr += reciprocalRank(ranked, qrels, topic);
    }
    return n == 0 ? new Metrics(0, 0, 0, 0, 0, 0, 0)
        : new Metrics(map / n, ndcg / n, p10 / n, p30 / n, r100 / n, mrr / n, n);
  }

  /**
   * Computes the measures for each class of query, then over all topics.
   *
   * @param run topic id to ranked document ids (best first)
   * @param qrels the judgements
   * @param topics the topics, whose classes group them
   * @return class to measures, classes in their order of first appearance, then {@link #ALL}; only {@link #ALL}
   *     when no topic has a class
   */
  public static Map<String, Metrics> byClass(Map<String, List<String>> run, Qrels qrels, List<Topic> topics) {
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    Set<String> all = new HashSet<>();
    for (Topic t : topics) {
      all.add(t.id());
      if (!t.queryClass().isEmpty()) {
        classes.computeIfAbsent(t.queryClass(), c -> new HashSet<>()).add(t.id());
      }
    }
    Map<String, Metrics> out = new LinkedHashMap<>();
    classes.forEach((c, ids) -> out.put(c, of(run, qrels.only(ids))));
    out.put(ALL, of(run, qrels.only(all)));
    return out;
  }

  private static double averagePrecision(List<String> ranked, Qrels q, String topic, int relevant) {
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (q.grade(topic, ranked.get(i)) > 0) {
        found++;
        sum += found / (double) (i + 1);
      }
    }
    return sum / relevant;
  }

  private static int hits(List<String> ranked, Qrels q, String topic, int k) {
    int h = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      h += q.grade(topic, ranked.get(i)) > 0 ? 1 : 0;
    }
    return h;
  }

  private static double reciprocalRank(List<String> ranked, Qrels q, String topic) {
    for (int i = 0; i < ranked.size(); i++) {
      if (q.grade(topic, ranked.get(i)) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double ndcg(List<String> ranked, Qrels q, String topic, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += Math.max(0, q.grade(topic, ranked.get(i))) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(q.grades().get(topic).values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += Math.max(0, ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

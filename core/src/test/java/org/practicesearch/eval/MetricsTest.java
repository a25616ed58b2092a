package org.practicesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void measuresMatchHandComputedValues() {
    Qrels q = new Qrels(Map.of("1", Map.of("a", 2, "c", 1, "x", 1, "z", 0), "2", Map.of("z", 0)));
    // ranking: a (rel 2), b, c (rel 1); x is relevant but never retrieved; topic 2 has no relevant doc
    Metrics m = Metrics.of(Map.of("1", List.of("a", "b", "c")), q);
    assertEquals(1, m.topics());
    assertEquals((1.0 + 2.0 / 3) / 3, m.map(), 1e-9);
    assertEquals(2 / 10.0, m.p10(), 1e-9);
    assertEquals(2 / 30.0, m.p30(), 1e-9);
    assertEquals(2 / 3.0, m.recall100(), 1e-9);
    assertEquals(1.0, m.mrr(), 1e-9);
    double dcg = 2 + 1 / (Math.log(4) / Math.log(2));
    double idcg = 2 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
    assertEquals(dcg / idcg, m.ndcg10(), 1e-9);
  }

  @Test
  void topicsAreReadInTrecAndTsvForms() {
    assertEquals(List.of(new Topic("1", "What articles exist which deal with TSS?")),
        Topics.parse("<DOC>\n<DOCNO> 1 </DOCNO>\n What articles exist\nwhich deal with TSS?\n</DOC>\n"));
    assertEquals(List.of(new Topic("301", "International Organized Crime")),
        Topics.parse("<top>\n<num> Number: 301\n<title> International Organized Crime\n<desc> Description:\nx\n</top>"));
    assertEquals(List.of(new Topic("q1", "trafficking victims")), Topics.parse("# comment\nq1\ttrafficking victims\n"));
    assertEquals(List.of(new Topic("a1", "acronym", "TIP refugees"), new Topic("t1", "typo", "trafficing")),
        Topics.parse("# id class query\na1\tacronym\tTIP refugees\nt1\ttypo\ttrafficing\n"));
  }

  @Test
  void measuresAreAveragedPerClassThenOverAllTopics() {
    Qrels q = new Qrels(Map.of("p1", Map.of("a", 3), "p2", Map.of("b", 2, "c", 1), "t1", Map.of("a", 1),
        "t2", Map.of("z", 0)));
    List<Topic> topics = List.of(new Topic("p1", "plain", "x"), new Topic("t1", "typo", "y"),
        new Topic("p2", "plain", "z"), new Topic("t2", "typo", "w"));
    // p1: a first (nDCG 1); p2: c then b (dcg 1 + 2/log2 3, idcg 2 + 1/log2 3); t1: a second (nDCG 1/log2 3);
    // t2 has no relevant document and is not averaged
    Map<String, Metrics> m = Metrics.byClass(
        Map.of("p1", List.of("a"), "p2", List.of("c", "b"), "t1", List.of("b", "a"), "t2", List.of("a")), q, topics);
    assertEquals(List.of("plain", "typo", Metrics.ALL), List.copyOf(m.keySet()));
    double log3 = Math.log(3) / Math.log(2);
    double p2 = (1 + 2 / log3) / (2 + 1 / log3);
    assertEquals((1 + p2) / 2, m.get("plain").ndcg10(), 1e-9);
    assertEquals(2, m.get("plain").topics());
    assertEquals(1 / log3, m.get("typo").ndcg10(), 1e-9);
    assertEquals(1, m.get("typo").topics());
    assertEquals((1 + p2 + 1 / log3) / 3, m.get(Metrics.ALL).ndcg10(), 1e-9);
    assertEquals((1 + 1 + 0.5) / 3, m.get(Metrics.ALL).mrr(), 1e-9);
    assertEquals(3, m.get(Metrics.ALL).topics());
  }

  @Test
  void topicsWithoutClassesAreOnlyCountedOverAll() {
    Map<String, Metrics> m = Metrics.byClass(Map.of("1", List.of("a")), new Qrels(Map.of("1", Map.of("a", 1))),
        List.of(new Topic("1", "q")));
    assertEquals(List.of(Metrics.ALL), List.copyOf(m.keySet()));
    assertEquals(1.0, m.get(Metrics.ALL).map(), 1e-9);
  }
}

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
  }
}

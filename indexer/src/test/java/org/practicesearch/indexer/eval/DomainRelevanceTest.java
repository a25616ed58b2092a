package org.practicesearch.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.eval.Evaluation;
import org.practicesearch.eval.Metrics;
import org.practicesearch.eval.Qrels;
import org.practicesearch.eval.Topics;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.RankingProfile;
import org.practicesearch.search.SearchIndex;

/** The domain judgement set (docs/relevance): a change that lowers the default profile's nDCG@10 fails. */
class DomainRelevanceTest {
  static final Path REPO = Path.of(System.getProperty("practicesearch.repo", "."));
  /** Measured with `practice-search eval` and reported in docs/RELEVANCE.md. */
  static final double NDCG10_FLOOR = 0.90;

  @Test
  void defaultProfileKeepsItsNdcgOnTheDomainTopics(@TempDir Path dir) throws IOException {
    ParseResult parsed = Pages.parse(List.of(REPO.resolve("seeds")));
    Indexing.replace(dir, parsed, parsed.files());
    try (SearchIndex index = SearchIndex.open(dir)) {
      Metrics m = Evaluation.run(index, Topics.read(REPO.resolve("docs/relevance/topics.tsv")),
          Qrels.read(REPO.resolve("docs/relevance/qrels.txt")), RankingProfile.DEFAULT).metrics();
      assertEquals(24, m.topics());
      assertTrue(m.ndcg10() >= NDCG10_FLOOR, "nDCG@10 fell to " + m.ndcg10());
    }
  }
}

package org.practicesearch.search;

import java.util.Arrays;
import java.util.Locale;

/** How free text is turned into a ranking, for evaluation and comparison. */
public enum RankingProfile {
  /** The product's ranking: weighted fields, phrase proximity boost, BM25 with Lucene's defaults. */
  DEFAULT,
  /**
   * Anserini's baseline (as in its CACM regression): BM25 with k1=0.9, b=0.4 over the whole text, the query
   * a bag of its analysed terms, each boosted by how often it occurs in the query.
   */
  ANSERINI_BM25;

  /** BM25's k1 in the default profile: the embedded searcher's and the Solr configset's similarity. */
  public static final float BM25_K1 = 1.2f;
  /** BM25's b in the default profile (short entries: length normalisation halved). */
  public static final float BM25_B = 0.4f;

  /** {@return the name used on the command line, e.g. {@code anserini-bm25}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a profile name.
   *
   * @param value e.g. {@code default} or {@code anserini-bm25}
   * @return the profile
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  public static RankingProfile parse(String value) {
    for (RankingProfile p : values()) {
      if (p.id().equalsIgnoreCase(value.strip().replace('_', '-'))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + value + "'; expected one of "
        + Arrays.stream(values()).map(RankingProfile::id).toList());
  }
}

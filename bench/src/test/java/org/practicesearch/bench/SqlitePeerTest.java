package org.practicesearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.IndexBuilder;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/** The peer answers what ours answers: the same totals for one-word queries, the same facet counts. */
class SqlitePeerTest {
  static final int DOCS = 300;
  @TempDir static Path work;
  static CorpusGenerator gen;

  @BeforeAll
  static void build() throws Exception {
    gen = new CorpusGenerator(11, BenchTest.REPO.resolve("seeds"));
    try (IndexBuilder b = IndexBuilder.replacing(work.resolve("ours"))) {
      for (long n = 0; n < DOCS; n++) {
        b.add(gen.entry(n));
      }
      b.commit();
    }
    SqliteLoad.index(work.resolve("peer.db"), gen, DOCS);
  }

  @Test
  void oneWordTotalsAndDrillSidewaysCountsAreOurs() throws Exception {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(List.of(
        gen.entry(7).description().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))));
    words.removeIf(w -> SqlitePeer.match(w).isEmpty());
    words = words.subList(0, 8);
    String country = gen.entry(0).countries().get(0);
    try (SearchIndex ours = SearchIndex.open(work.resolve("ours")); SqlitePeer peer = new SqlitePeer(work.resolve("peer.db"))) {
      for (String w : words) {
        SearchResponse r = ours.search(SearchRequest.builder().text(w).expandSynonyms(false).build());
        SqlitePeer.Result p = peer.search(w, Map.of(), true);
        assertEquals(r.total(), p.total(), w);
        assertEquals(Math.min(10, r.total()), p.hits().size(), w);
        assertSameCounts(r, p, w);
        assertEquals(Math.min(r.total(), SqlitePeer.TRACK_TOTAL), peer.search(w, Map.of(), false).total(), w);
      }
      SearchResponse all = ours.search(SearchRequest.builder().text("").build());
      SqlitePeer.Result pAll = peer.search("", Map.of(), true);
      assertEquals(DOCS, pAll.total());
      assertSameCounts(all, pAll, "match-all");
      SearchResponse q4 = ours.search(Bench.request("q4", words.get(0), country));
      SqlitePeer.Result p4 = peer.search(words.get(0), Bench.rawFilters("q4", country), true);
      assertEquals(q4.total(), p4.total());
      assertTrue(p4.counts().get("country").size() > 1, "country counted sideways: " + p4.counts().get("country"));
      assertSameCounts(q4, p4, "q4");
    }
  }

  private static void assertSameCounts(SearchResponse r, SqlitePeer.Result p, String what) {
    assertTrue(!r.facets().isEmpty(), what);
    r.facets().forEach((dim, values) -> {
      for (FacetValue v : values) {
        assertEquals(v.count(), p.counts().get(dim).get(v.path()), what + " " + dim + "=" + v.path());
        for (FacetValue child : v.children()) {
          assertEquals(child.count(), p.counts().get(dim).get(child.path()), what + " " + dim + "=" + child.path());
        }
      }
    });
  }

  @Test
  void peakHeapIsTheLargestUsedHeapOfTheGcLog() {
    List<String> log = List.of("[0.003s][info][gc] Using G1",
        "[0.5s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->12M(1024M) 3.1ms",
        "[0.9s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 700M->90M(1024M) 9.0ms",
        "[1.0s][info][gc] GC(2) Pause Remark 750M->650M(1024M) 1.0ms",
        "[1.2s][info][gc,exit     ]  garbage-first heap   total reserved 1048576K, committed 262144K, used 204800K",
        "[1.2s][info][gc,exit     ]  Metaspace       used 990000K, committed 448K, reserved 1114112K");
    assertEquals(750 * 1024 * 1024 / 1e6, CliIndexProbe.peakHeapMb(log), 1e-9);
  }
}

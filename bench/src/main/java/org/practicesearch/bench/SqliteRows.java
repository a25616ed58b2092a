package org.practicesearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.practicesearch.search.SearchIndex;

/**
 * The SQLite FTS5 rows of the benchmark ({@link SqlitePeer}, "raw" in these rows): its indexing of the same
 * entries (one writer: SQLite has one) against ours with one thread, its size on disk, and Q1-Q5 against ours,
 * alternated query by query with the same queries and warm-up as against raw Lucene.
 */
final class SqliteRows {
  private SqliteRows() {}

  static void measure(Bench bench, SearchIndex ours) throws Exception {
    Bench.Options o = bench.options();
    Path db = o.work().resolve("sqlite.db");
    if (o.indexRuns() > 0 || !Files.isRegularFile(db)) {
      long ns = SqliteLoad.index(db, bench.generator(), o.docs());
      double[] oursRate = bench.measured("index_docs_per_s_1t");
      double[] oursSize = bench.measured("index_size_mb");
      if (oursRate != null && oursSize != null) {
        bench.put("sqlite_index_docs_per_s", oursRate[0], o.docs() * 1e9 / ns,
            "docs/s (raw = SQLite FTS5, one writer; ours with 1 thread)");
        bench.put("sqlite_index_size_mb", oursSize[0], SqliteLoad.size(db) / 1e6, "MB (raw = SQLite FTS5)");
      }
    }
    try (SqlitePeer peer = new SqlitePeer(db)) {
      for (String q : Bench.QUERIES.subList(0, 5)) {
        bench.compare(q, "sqlite_" + q, (x, text, country) -> ours.search(Bench.request(x, text, country)),
            (x, text, country) -> search(peer, x, text, country), o.peerQueries());
      }
    }
  }

  private static void search(SqlitePeer peer, String q, String text, String country) throws java.io.IOException {
    try {
      peer.search(text, Bench.rawFilters(q, country), Bench.countsFacets(q));
    } catch (java.sql.SQLException e) {
      throw new java.io.IOException(e);
    }
  }

  /** The names of the query rows, for tests. */
  static List<String> queryRows() {
    return Bench.QUERIES.subList(0, 5).stream().map(q -> "sqlite_" + q + "_p50_ms").toList();
  }
}

package org.practicesearch.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The peer: what a small team might pick instead of Lucene, SQLite FTS5 in-process (sqlite-jdbc, which
 * bundles SQLite with FTS5), holding the same generated entries and answering the same requests: FTS5
 * {@code MATCH} of the words OR-ed, ranked by {@code bm25()} with our field weights (title 2, description 1,
 * stakeholders 1.5, facet values 0.7), the top 10 with a snippet and the fields a hit shows, the total, and the
 * counts of every dimension by {@code GROUP BY} over an (entry, dimension, value) table, drill-sideways for the
 * filtered dimensions (each counted with its own filter left out).
 */
final class SqlitePeer implements AutoCloseable {
  /** Matches counted at most without facets, as ours does (and Elasticsearch by default). */
  static final int TRACK_TOTAL = 10_000;

  /** A hit: the fields a hit shows, and the description's snippet (null without text). */
  record Hit(String id, String kind, String title, String url, int year, String countries, String snippet) {}

  /**
   * @param total the matches (at most {@link #TRACK_TOTAL} when facets are not counted)
   * @param hits the top 10
   * @param counts dimension -> value -> count (region values at both levels: {@code Africa}, {@code Africa/Western Africa})
   */
  record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> counts) {}

  /** The connection, with the settings both loading and querying use. */
  final Connection c;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private long entries = -1;

  /** Opens the database at {@code db}: WAL, 64 MB page cache, memory-mapped reads, temporary tables in memory. */
  SqlitePeer(Path db) throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite:" + db);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA cache_size=-65536"); // 64 MB of page cache
      s.execute("PRAGMA mmap_size=" + (4L << 30)); // read through memory mapping, as Lucene does
      s.execute("PRAGMA temp_store=MEMORY");
    }
  }

  /**
   * The FTS5 query of free text: every word quoted (no operators), OR-ed, leaving out the English stop words
   * ours leaves out (FTS5 has no stop words); empty for no words.
   */
  static String match(String text) {
    LinkedHashSet<String> words = new LinkedHashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
        words.add('"' + w + '"');
      }
    }
    return String.join(" OR ", words);
  }

  /**
   * One request, as ours answers it.
   *
   * @param text free text, blank for all entries
   * @param filters dimension -> value (all must hold)
   * @param countFacets whether to count every dimension (drill-sideways for the filtered ones); without, the
   *     total is counted up to {@link #TRACK_TOTAL}
   */
  Result search(String text, Map<String, String> filters, boolean countFacets) throws SQLException {
    String match = match(text);
    if (match.isEmpty() && !text.isBlank()) {
      return new Result(0, List.of(), Map.of()); // stop words only: nothing, as ours
    }
    List<Hit> hits = hits(match, filters);
    if (!countFacets) {
      Query q = base(match, filters, null);
      return new Result(count("SELECT count(*) FROM (" + q.sql + " LIMIT " + TRACK_TOTAL + ")", q.params), hits,
          Map.of());
    }
    return counts(match, filters, hits);
  }

  /** SQL and its parameters, in order. */
  private record Query(String sql, List<Object> params) {}

  /**
   * The entries matching the words and the filters except {@code leftOut}: a compound SELECT of rowids, or null
   * when that is every entry.
   */
  private static Query base(String match, Map<String, String> filters, String leftOut) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!match.isEmpty()) {
      parts.add("SELECT rowid FROM fts WHERE fts MATCH ?");
      params.add(match);
    }
    filters.forEach((dim, value) -> {
      if (!dim.equals(leftOut)) {
        parts.add("SELECT entry FROM facet WHERE dim = ? AND value = ?");
        params.add(dim);
        params.add(value);
      }
    });
    if (parts.isEmpty()) {
      return new Query("SELECT rowid FROM entry", params);
    }
    return new Query(String.join(" INTERSECT ", parts), params);
  }

  private List<Hit> hits(String match, Map<String, String> filters) throws SQLException {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (match.isEmpty()) {
      sql.append("SELECT rowid, NULL FROM entry WHERE 1");
    } else {
      sql.append("SELECT rowid, snippet(fts, 1, '<mark>', '</mark>', '… ', 32) FROM fts WHERE fts MATCH ?");
      params.add(match);
    }
    filters.forEach((dim, value) -> {
      // "+rowid": the filter is checked on FTS5's ranked rows; a plain "rowid IN" is handed to FTS5, which then
      // runs the MATCH once per filtered entry (1.2 s instead of 30 ms at 10k entries)
      sql.append(" AND +rowid IN (SELECT entry FROM facet WHERE dim = ? AND value = ?)");
      params.add(dim);
      params.add(value);
    });
    sql.append(match.isEmpty() ? " ORDER BY id LIMIT 10" : " ORDER BY rank LIMIT 10");
    List<long[]> rows = new ArrayList<>();
    List<String> snippets = new ArrayList<>();
    try (ResultSet rs = bind(sql.toString(), params).executeQuery()) {
      while (rs.next()) {
        rows.add(new long[] {rs.getLong(1)});
        snippets.add(rs.getString(2));
      }
    }
    List<Hit> hits = new ArrayList<>();
    PreparedStatement get = bind("SELECT id, kind, title, url, year, countries FROM entry WHERE rowid = ?", List.of());
    for (int i = 0; i < rows.size(); i++) {
      get.setLong(1, rows.get(i)[0]);
      try (ResultSet rs = get.executeQuery()) {
        rs.next();
        hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
            rs.getString(6), snippets.get(i)));
      }
    }
    return hits;
  }

  /**
   * The total and the counts in one statement: the unfiltered dimensions over the matches, each filtered one over
   * the matches of the other filters, and the total (as dimension '').
   */
  private Result counts(String match, Map<String, String> filters, List<Hit> hits) throws SQLException {
    List<String> selects = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    Query all = base(match, filters, null);
    String facet = broad(match) ? "facet INDEXED BY facet_value" : "facet";
    selects.add("SELECT '', '', count(*) FROM (" + all.sql + ")");
    params.addAll(all.params);
    StringBuilder others = new StringBuilder("SELECT dim, value, count(*) FROM " + facet + " WHERE 1");
    for (String dim : filters.keySet()) {
      others.append(" AND dim <> ?");
      params.add(dim);
    }
    selects.add(restrict(others, all, params));
    for (String dim : filters.keySet()) {
      Query sideways = base(match, filters, dim);
      params.add(dim);
      selects.add(restrict(new StringBuilder("SELECT dim, value, count(*) FROM " + facet + " WHERE dim = ?"), sideways,
          params));
    }
    long total = 0;
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    try (ResultSet rs = bind(String.join(" UNION ALL ", selects), params).executeQuery()) {
      while (rs.next()) {
        if (rs.getString(1).isEmpty()) {
          total = rs.getLong(3);
        } else {
          counts.computeIfAbsent(rs.getString(1), d -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    return new Result(total, hits, counts);
  }

  /**
   * Whether the words match more than a tenth of the entries. Then the counts scan the (dim, value, entry) index
   * and look each entry up among the matches (2.5x faster for a broad query at 10k entries); otherwise SQLite's
   * own plan looks up each match's values (10x faster for a rare word).
   */
  private boolean broad(String match) throws SQLException {
    if (match.isEmpty()) {
      return true;
    }
    if (entries < 0) {
      entries = count("SELECT count(*) FROM entry", List.of());
    }
    return count("SELECT count(*) FROM fts WHERE fts MATCH ?", List.of(match)) * 10 > entries;
  }

  /** Restricts a count over the facet table to the entries of {@code q} (none: all entries), grouped. */
  private static String restrict(StringBuilder select, Query q, List<Object> params) {
    if (!q.sql.equals("SELECT rowid FROM entry")) {
      select.append(" AND entry IN (").append(q.sql).append(')');
      params.addAll(q.params);
    }
    return select.append(" GROUP BY dim, value").toString();
  }

  private long count(String sql, List<Object> params) throws SQLException {
    try (ResultSet rs = bind(sql, params).executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** The prepared statement of {@code sql} (prepared once, reused), with {@code params} bound. */
  private PreparedStatement bind(String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = c.prepareStatement(sql);
      statements.put(sql, ps);
    }
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
    return ps;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : statements.values()) {
      ps.close();
    }
    c.close();
  }
}

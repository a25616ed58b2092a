package org.practicesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Dimension;

/**
 * Loads the generated entries into the {@link SqlitePeer}'s database: an {@code entry} table, an FTS5 table of the
 * searched text (title, description, stakeholders, and the facet values as {@code meta}, as ours searches them)
 * and an (entry, dim, value) facet table.
 */
final class SqliteLoad {
  private SqliteLoad() {}

  /**
   * Writes entries {@code 0..docs-1} into a new database at {@code db}: one transaction, prepared inserts, then
   * the facet index, FTS5's optimize (merges its segments into one) and a WAL checkpoint.
   *
   * @return the nanoseconds it took
   */
  static long index(Path db, CorpusGenerator gen, long docs) throws SQLException, IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
    long start = System.nanoTime();
    try (SqlitePeer p = new SqlitePeer(db); Statement s = p.c.createStatement()) {
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("CREATE TABLE entry(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT,"
          + " url TEXT, year INTEGER, countries TEXT)");
      s.execute("CREATE VIRTUAL TABLE fts USING fts5(title, description, stakeholders, meta,"
          + " tokenize='porter unicode61 remove_diacritics 2')");
      s.execute("CREATE TABLE facet(entry INTEGER NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL,"
          + " PRIMARY KEY(entry, dim, value)) WITHOUT ROWID");
      p.c.setAutoCommit(false);
      try (PreparedStatement e = p.c.prepareStatement("INSERT INTO entry VALUES(?,?,?,?,?,?,?)");
          PreparedStatement f = p.c.prepareStatement("INSERT INTO fts(rowid, title, description, stakeholders, meta)"
              + " VALUES(?,?,?,?,?)");
          PreparedStatement v = p.c.prepareStatement("INSERT OR IGNORE INTO facet VALUES(?,?,?)")) {
        for (long n = 0; n < docs; n++) {
          insert(gen.entry(n), n + 1, e, f, v);
        }
      }
      s.execute("CREATE UNIQUE INDEX entry_id ON entry(id)");
      s.execute("CREATE INDEX facet_value ON facet(dim, value, entry)");
      s.execute("INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(2.0, 1.0, 1.5, 0.7)')");
      s.execute("INSERT INTO fts(fts) VALUES('optimize')");
      p.c.commit();
      p.c.setAutoCommit(true);
      s.execute("ANALYZE");
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return System.nanoTime() - start;
  }

  private static void insert(Entry en, long row, PreparedStatement e, PreparedStatement f, PreparedStatement v)
      throws SQLException {
    e.setLong(1, row);
    e.setString(2, en.id());
    e.setString(3, en.kind().id());
    e.setString(4, en.title());
    e.setString(5, en.url());
    if (en.year() == null) {
      e.setNull(6, java.sql.Types.INTEGER);
    } else {
      e.setInt(6, en.year());
    }
    e.setString(7, String.join("; ", en.countries()));
    e.executeUpdate();
    StringBuilder meta = new StringBuilder();
    v.setLong(1, row);
    for (Dimension d : Dimension.values()) {
      for (String value : d.valuesOf(en)) {
        if (d != Dimension.KIND && d != Dimension.YEAR) {
          meta.append(value.replace('/', ' ')).append('\n'); // the facet values ours searches as "meta"
        }
        for (String level : levels(d, value)) {
          v.setString(2, d.id());
          v.setString(3, level);
          v.executeUpdate();
        }
      }
    }
    f.setLong(1, row);
    f.setString(2, en.title());
    f.setString(3, en.description());
    f.setString(4, String.join("\n", en.stakeholders()));
    f.setString(5, meta.toString());
    f.executeUpdate();
  }

  /** A hierarchical value and its ancestors ({@code Africa}, {@code Africa/Western Africa}); a flat one alone. */
  private static List<String> levels(Dimension d, String value) {
    List<String> out = new ArrayList<>();
    String[] path = d.path(value);
    for (int i = 1; i <= path.length; i++) {
      out.add(String.join(Dimension.PATH_SEPARATOR, java.util.Arrays.copyOf(path, i)));
    }
    return out;
  }

  /** The database's size on disk: the file, its WAL and shared-memory files. */
  static long size(Path db) {
    long bytes = 0;
    for (String suffix : List.of("", "-wal", "-shm")) {
      bytes += Path.of(db + suffix).toFile().length();
    }
    return bytes;
  }

}

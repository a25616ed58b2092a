package org.practicesearch.cli.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.render.Json;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/**
 * The result set of a search, every page of it up to {@link #MAX} entries, as CSV or JSON Lines: what
 * {@code /api/export} answers. Independent of the HTTP server: parameters in, a body written to a stream.
 *
 * <p>CSV is for spreadsheets: a UTF-8 byte order mark (so that Excel reads the accents), a header row, one row
 * per entry with the entry's JSON fields as columns (lists joined with {@code "; "}), RFC 4180 quoting, CRLF
 * line ends. JSON Lines gives each entry as {@code parse} prints it, so an export can be indexed again.
 */
final class Export {
  /** Most entries exported, as the deepest page a search may reach. */
  static final int MAX = SearchRequest.MAX_WINDOW;
  /** Entries fetched per search: the largest page. */
  static final int PAGE = SearchRequest.MAX_SIZE;
  /** Columns left out of CSV: the parser's repair log is not for a spreadsheet. */
  private static final List<String> SKIPPED = List.of("repairs");
  private static final Pattern FORMULA = Pattern.compile("[=+@\t\r]|-\\S");

  /** The formats, by their {@code format} parameter. */
  enum Format {
    CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.extension.equals(s.strip().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new IllegalArgumentException("format '" + s + "' unknown; expected csv or jsonl");
    }
  }

  private final SearchBackend index;
  private final SearchRequest.Builder request;
  private final Format format;
  private final int pageSize;

  private Export(SearchBackend index, SearchRequest.Builder request, Format format, int pageSize) {
    this.index = index;
    this.request = request.size(pageSize);
    this.format = format;
    this.pageSize = pageSize;
  }

  /**
   * Reads the parameters of {@code /api/export}: those of {@code /api/search} (without page and size) and
   * {@code format}.
   *
   * @throws IllegalArgumentException for a bad parameter, naming it
   */
  static Export of(SearchBackend index, Map<String, List<String>> params) {
    return of(index, params, PAGE);
  }

  /** As {@link #of(SearchBackend, Map)}, fetching {@code pageSize} entries per search (tests use small pages). */
  static Export of(SearchBackend index, Map<String, List<String>> params, int pageSize) {
    Format format = Format.parse(Params.one(params, "format", "csv"));
    return new Export(index, Params.builder(params).facets(List.of()).exactTotal(true), format, pageSize);
  }

  String contentType() {
    return format.contentType;
  }

  /** The file name a browser saves the download under. */
  String fileName() {
    return "practice-search." + format.extension;
  }

  /**
   * Writes every entry of the search, best first (or in the requested sort), up to {@link #MAX}.
   *
   * @return the number of entries written
   */
  long write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<String> columns = columns();
    if (format == Format.CSV) {
      w.write('\uFEFF');
      row(w, columns);
    }
    long written = 0;
    for (int page = 1; page * pageSize <= MAX; page++) {
      SearchResponse r = index.search(request.page(page).build());
      for (Hit h : r.hits()) {
        JsonObject e = Json.entry(h.entry());
        if (format == Format.CSV) {
          List<String> cells = new ArrayList<>(columns.size());
          columns.forEach(c -> cells.add(cell(e.get(c))));
          row(w, cells);
        } else {
          w.write(Json.compact(e));
          w.write('\n');
        }
      }
      written += r.hits().size();
      if (r.hits().size() < pageSize || written >= r.total()) {
        break;
      }
    }
    w.flush();
    return written;
  }

  /** The entry's JSON keys, in their order: new fields of the model become columns without a change here. */
  static List<String> columns() {
    List<String> out = new ArrayList<>(Json.entry(Entry.builder("x", Kind.PRACTICE).build()).keySet());
    out.removeAll(SKIPPED);
    return out;
  }

  /** A JSON value as one spreadsheet cell: lists joined with "; ", null empty, an object as its JSON. */
  static String cell(JsonElement v) {
    if (v == null || v.isJsonNull()) {
      return "";
    }
    if (v.isJsonPrimitive()) {
      return v.getAsString();
    }
    if (v.isJsonArray()) {
      List<String> parts = new ArrayList<>(v.getAsJsonArray().size());
      v.getAsJsonArray().forEach(x -> parts.add(cell(x)));
      return String.join("; ", parts);
    }
    return Json.compact(v);
  }

  static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * RFC 4180: a cell holding a comma, quote or line break is quoted, its quotes doubled. A cell a spreadsheet
   * would take for a formula ({@code =}, {@code +}, {@code @}, {@code -} before a non-space) gets a leading
   * apostrophe, as OWASP advises against CSV injection: these texts come from crawled pages.
   */
  static String quote(String cell) {
    String s = FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

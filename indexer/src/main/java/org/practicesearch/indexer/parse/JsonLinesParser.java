package org.practicesearch.indexer.parse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * Reads JSON Lines: our own entry schema (what {@code parse} prints), or the Anserini/Pyserini
 * {@code {"id", "contents"}} collection format as generic documents. A bad line is a problem naming the file
 * and line; the other lines are still read.
 */
final class JsonLinesParser {
  private static final int TITLE_MAX = 120;

  private JsonLinesParser() {}

  /** Deepest nesting of arrays and objects accepted: deeper JSON is refused before Gson recurses into it. */
  static final int MAX_DEPTH = 64;
  /** Earliest year accepted. */
  static final int MIN_YEAR = 1;
  /** Latest year accepted. */
  static final int MAX_YEAR = 9999;

  static void parse(String file, List<String> lines, boolean collection, PageParse out) {
    for (int i = 0; i < lines.size(); i++) {
      parseLine(file, i + 1, lines.get(i), collection, out);
    }
  }

  /** Reads one line into an entry, or a problem naming the file and line. */
  static void parseLine(String file, int lineNo, String raw, boolean collection, PageParse out) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    try {
      if (depth(line) > MAX_DEPTH) {
        throw new BadField("JSON nested deeper than " + MAX_DEPTH + " levels");
      }
      JsonElement json = JsonParser.parseString(line);
      if (!json.isJsonObject()) {
        throw new BadField("expected a JSON object, got " + kindOf(json));
      }
      JsonObject o = json.getAsJsonObject();
      if (!collection && !o.has("id") && o.has("entries") && o.get("entries").isJsonArray()) {
        parseDocument(file, lineNo, o.getAsJsonArray("entries"), out);
        return;
      }
      out.entries.add(collection ? document(o, file, lineNo) : entry(o, file, lineNo));
    } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
      out.problems.add(Problem.error(file, lineNo, "invalid JSON: " + firstLine(e.getMessage())));
    } catch (BadField | IllegalArgumentException e) {
      out.problems.add(Problem.error(file, lineNo, e.getMessage()));
    }
  }

  /** The one document `parse --json` prints ({"entries": [...], "problems": [...]}): each entry read on its own. */
  private static void parseDocument(String file, int lineNo, JsonArray entries, PageParse out) {
    for (JsonElement e : entries) {
      try {
        if (!e.isJsonObject()) {
          throw new BadField("\"entries\" must hold objects, got " + kindOf(e));
        }
        out.entries.add(entry(e.getAsJsonObject(), file, lineNo));
      } catch (BadField | IllegalArgumentException | IllegalStateException | UnsupportedOperationException x) {
        out.problems.add(Problem.error(file, lineNo, x.getMessage()));
      }
    }
  }

  /** Whether a line holds our entry schema (false: the {"id", "contents"} collection format). */
  static boolean isCollection(String firstLine) {
    return firstLine.contains("\"contents\"") && !firstLine.contains("\"kind\"");
  }

  private static int depth(String json) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  private static Entry document(JsonObject o, String file, int line) {
    String id = string(o, "id");
    String contents = string(o, "contents");
    if (id.isBlank()) {
      throw new BadField("missing \"id\"");
    }
    String title = contents.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(id);
    if (title.length() > TITLE_MAX) {
      title = Titles.derive(title);
    }
    return Entry.builder(id, Kind.DOCUMENT).title(title).description(contents).source(file + ":" + line).build();
  }

  private static Entry entry(JsonObject o, String file, int line) {
    String id = string(o, "id");
    if (id.isBlank()) {
      throw new BadField("missing \"id\"");
    }
    Entry.Builder b = Entry.builder(id, Kind.parse(o.has("kind") ? string(o, "kind") : "document"))
        .title(string(o, "title")).description(string(o, "description")).url(string(o, "url"))
        .countries(strings(o, "countries")).regions(strings(o, "regions"))
        .stakeholders(strings(o, "stakeholders")).stakeholderTypes(strings(o, "stakeholder_types"))
        .practiceTypes(strings(o, "practice_types")).crisisTypes(strings(o, "crisis_types"))
        .crisisPhases(strings(o, "crisis_phases")).guidelines(strings(o, "guidelines"))
        .authors(strings(o, "authors")).categories(strings(o, "categories")).topics(strings(o, "topics"))
        .summary(bool(o, "summary"))
        .source(file + ":" + line).repairs(repairs(o));
    String title = string(o, "title");
    if (title.isBlank() && !string(o, "description").isBlank()) {
      b.title(Titles.derive(string(o, "description")));
    }
    b.titleSource(o.has("title_source") ? org.practicesearch.model.TitleSource.parse(string(o, "title_source"))
        : title.isBlank() ? org.practicesearch.model.TitleSource.DERIVED : org.practicesearch.model.TitleSource.PAGE);
    if (o.has("region_source")) {
      b.regionSource(org.practicesearch.model.RegionSource.parse(string(o, "region_source")));
    }
    JsonElement year = o.get("year");
    if (year != null && !year.isJsonNull()) {
      b.year(year(year));
    }
    return b.build();
  }

  /** A year: a whole number from {@link #MIN_YEAR} to {@link #MAX_YEAR} (never wrapped or rounded). */
  private static int year(JsonElement year) {
    if (!year.isJsonPrimitive() || !year.getAsJsonPrimitive().isNumber()) {
      throw new BadField("\"year\" must be a number or null, got " + kindOf(year));
    }
    java.math.BigDecimal v = year.getAsBigDecimal();
    if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0 || v.compareTo(java.math.BigDecimal.valueOf(MIN_YEAR)) < 0
        || v.compareTo(java.math.BigDecimal.valueOf(MAX_YEAR)) > 0) {
      throw new BadField("\"year\" must be a whole number from " + MIN_YEAR + " to " + MAX_YEAR + ", got "
          + year.getAsJsonPrimitive().getAsString());
    }
    return v.intValueExact();
  }

  private static boolean bool(JsonObject o, String key) {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) {
      return false;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw new BadField("\"" + key + "\" must be true or false, got " + kindOf(e));
    }
    return e.getAsBoolean();
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) {
      return "";
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw new BadField("\"" + key + "\" must be a string, got " + kindOf(e));
    }
    return e.getAsString();
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) {
      return List.of();
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      return List.of(e.getAsString());
    }
    if (!e.isJsonArray()) {
      throw new BadField("\"" + key + "\" must be a list of strings, got " + kindOf(e));
    }
    List<String> out = new ArrayList<>();
    for (JsonElement v : (JsonArray) e) {
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
        throw new BadField("\"" + key + "\" must be a list of strings, got an item that is " + kindOf(v));
      }
      out.add(v.getAsString());
    }
    return out;
  }

  private static List<Repair> repairs(JsonObject o) {
    JsonElement e = o.get("repairs");
    List<Repair> out = new ArrayList<>();
    if (e != null && e.isJsonArray()) {
      for (JsonElement r : e.getAsJsonArray()) {
        if (r.isJsonObject()) {
          JsonObject ro = r.getAsJsonObject();
          out.add(new Repair(string(ro, "field"), string(ro, "from"), string(ro, "to"), string(ro, "reason")));
        }
      }
    }
    return out;
  }

  private static String kindOf(JsonElement e) {
    if (e.isJsonNull()) {
      return "null";
    }
    if (e.isJsonArray()) {
      return "a list";
    }
    if (e.isJsonObject()) {
      return "an object";
    }
    var p = e.getAsJsonPrimitive();
    return p.isNumber() ? "the number " + p : p.isBoolean() ? "the boolean " + p : "the string " + p;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String m = message.lines().findFirst().orElse(message);
    return m.replaceFirst("^com\\.google\\.gson\\.stream\\.MalformedJsonException: ", "");
  }

  /** A field of the wrong type or a missing id. */
  private static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message, null, false, false);
    }
  }
}

package org.practicesearch.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTest {
  @Test
  void cellsAreQuotedAsRfc4180AndFormulasAreDefused() throws Exception {
    StringWriter w = new StringWriter();
    Export.row(w, List.of("plain", "a, b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")", "- a bullet", "-1"));
    assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\",- a bullet,'-1\r\n",
        w.toString());
    assertEquals(List.of(List.of("plain", "a, b", "say \"hi\"", "two\nlines", "'=HYPERLINK(\"x\")", "- a bullet", "'-1")),
        records(w.toString()));
  }

  @Test
  void listsAreJoinedWithSemicolonsAndNullIsEmpty() {
    assertEquals("Jordan; Lebanon", Export.cell(JsonParser.parseString("[\"Jordan\", \"Lebanon\"]")));
    assertEquals("", Export.cell(JsonParser.parseString("[]")));
    assertEquals("", Export.cell(JsonParser.parseString("null")));
    assertEquals("2018", Export.cell(JsonParser.parseString("2018")));
    assertEquals("{\"a\":1}", Export.cell(JsonParser.parseString("{\"a\": 1}")));
  }

  @Test
  void theColumnsAreTheEntryFieldsWithoutTheRepairLog() {
    assertEquals(List.of("id", "kind", "title", "title_source", "description", "url", "countries", "regions",
        "stakeholders", "stakeholder_types", "practice_types", "crisis_types", "crisis_phases", "guidelines", "authors",
        "year", "categories", "topics", "summary", "region_source", "source", "sources"), Export.columns());
  }

  @Test
  void anUnknownFormatNamesTheAcceptedOnes() {
    assertEquals("format 'xlsx' unknown; expected csv or jsonl",
        assertThrows(IllegalArgumentException.class, () -> Export.Format.parse("xlsx")).getMessage());
  }

  /** The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
  static List<List<String>> records(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        out.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return out;
  }
}

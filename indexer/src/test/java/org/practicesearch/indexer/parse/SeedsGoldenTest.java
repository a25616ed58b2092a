package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicesearch.render.Json;

/**
 * Every field of every seed entry, as a careful person would write it by hand (golden file reviewed field
 * by field: canonical countries, M49 regions, repaired authors, vocabularies). A change in any value fails.
 */
class SeedsGoldenTest {
  @Test
  void everySeedEntryHasTheExpectedValueInEveryField() throws IOException {
    Map<String, JsonObject> expected = golden();
    ParseResult r = Seeds.parseAll();
    assertEquals(expected.keySet(), r.entries().stream().map(e -> e.id()).collect(Collectors.toSet()));
    for (var e : r.entries()) {
      JsonObject actual = Json.entry(e);
      JsonObject want = expected.get(e.id());
      for (String field : want.keySet()) {
        Object w = comparable(field, want.get(field));
        Object a = comparable(field, actual.get(field));
        assertEquals(w, a, e.id() + " field " + field);
      }
      assertEquals(want.keySet(), actual.keySet(), e.id());
    }
  }

  @Test
  void everySeedTitleSaysWhereItComesFromAndNoneIsNavigationOrABullet() throws IOException {
    for (JsonObject e : golden().values()) {
      String title = e.get("title").getAsString();
      assertTrue(e.has("title_source"), e.get("id").getAsString());
      assertFalse(title.isEmpty() || Text.bulleted(title) || Titles.navigation(title), title);
      assertTrue(title.split(" ").length <= Titles.MAX_WORDS || !"derived".equals(e.get("title_source").getAsString()),
          title);
    }
  }

  /** Sources are compared by file name and line: the folder depends on where the tests run. */
  private static Object comparable(String field, com.google.gson.JsonElement value) {
    return switch (field) {
      case "source" -> tail(value.getAsString());
      case "sources" -> value.getAsJsonArray().asList().stream().map(v -> tail(v.getAsString())).toList();
      default -> value;
    };
  }

  private static String tail(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static Map<String, JsonObject> golden() throws IOException {
    try (InputStream in = SeedsGoldenTest.class.getResourceAsStream("/golden/seeds.jsonl")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
          .collect(Collectors.toMap(o -> o.get("id").getAsString(), Function.identity()));
    }
  }
}

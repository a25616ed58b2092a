package org.practicesearch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchResponse;

/** The JSON shape of a search response is a compatibility contract: compared with a golden file. */
class JsonGoldenTest {
  @Test
  void searchResponseJsonMatchesTheGoldenFile() throws IOException {
    Entry e = Entry.builder("resource-1", Kind.RESOURCE).title("Caring for <Trafficked> Persons")
        .description("Guidance for health providers.").countries(List.of("Global")).regions(List.of("Global"))
        .authors(List.of("A. Author")).year(2009).topics(List.of("Capacity building"))
        .source("seeds/004.txt:54").repairs(List.of(new Repair("countries", "Worldwide", "Global", "worldwide scope")))
        .build();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("kind", List.of(new FacetValue("resource", "resource", 1, true, List.of())));
    facets.put("region", List.of(new FacetValue("Africa", "Africa", 3, false,
        List.of(new FacetValue("Western Africa", "Africa/Western Africa", 2, false, List.of())))));
    SearchResponse r = new SearchResponse("health", 1,
        List.of(new Hit(e, 1.23456f, "Guidance for <mark>health</mark> providers.")), facets, 7);
    assertEquals(golden("/golden/response.json"), Json.pretty(Json.response(r)) + "\n");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

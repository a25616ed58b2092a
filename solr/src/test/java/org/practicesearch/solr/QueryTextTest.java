package org.practicesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicesearch.schema.Dimension;

class QueryTextTest {
  @Test
  void takesFiltersExclusionsAndLexiconGroupsOutOfTheText() {
    QueryText q = QueryText.of("TIP shelters country:Jordan -labour -\"forced work\" a OR b", true);
    assertEquals("TIP shelters a b", q.literal());
    assertEquals(List.of("labour", "\"forced work\""), q.excluded());
    assertEquals(Map.of(Dimension.COUNTRY, List.of("Jordan")), q.filters());
    assertEquals(List.of("TIP -> THB | trafficking in persons | trafficking in human beings | human trafficking "
        + "| trata de personas | trata de seres humanos | traite des personnes | traite des êtres humains"),
        q.expansions().stream().map(Object::toString).toList());
    assertEquals(List.of("shelters"), q.words());
  }

  @Test
  void unbalancedQuotesFallBackToTheWordsWithANotice() {
    QueryText q = QueryText.of("\"refugee camps", false);
    assertEquals("refugee camps", q.literal());
    assertEquals(List.of("unbalanced quotes or parentheses: searched for the words only"), q.notices());
    assertEquals(List.of(), q.expansions());
  }
}

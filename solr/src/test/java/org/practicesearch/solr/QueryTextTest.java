package org.practicesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.spell.SuggestWord;
import org.junit.jupiter.api.Test;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;

class QueryTextTest {
  /** A collection that knows every word but {@code sheltres}, with one mined definition. */
  private static final Vocabulary VOCABULARY = new Vocabulary(req -> {
    throw new AssertionError("no request expected");
  }) {
    @Override
    Lexicon lexicon() {
      return Lexicon.bundled().merge(List.of(new AcronymDefinitions.Definition("CFS", "child friendly spaces")))
          .lexicon();
    }

    @Override
    List<Boolean> known(List<String> words) {
      return words.stream().map(w -> !w.equals("sheltres")).toList();
    }

    @Override
    Map<String, SuggestWord[]> suggestions(List<String> words) {
      SuggestWord shelters = new SuggestWord();
      shelters.string = "shelters";
      shelters.score = 0.875f;
      shelters.freq = 12;
      return words.contains("sheltres") ? Map.of("sheltres", new SuggestWord[] {shelters}) : Map.of();
    }

    @Override
    boolean ordinary(String acronym) {
      return true;
    }
  };

  @Test
  void takesFiltersExclusionsPhrasesAndConceptsOutOfTheText() throws Exception {
    QueryText q = QueryText.of("TIP sheltres country:Jordan -labour -\"forced work\" \"safe house\" a OR b CFS",
        true, false, VOCABULARY);
    assertEquals("sheltres a b", q.words());
    assertEquals(List.of("\"safe house\""), q.phrases());
    assertEquals(List.of("labour", "\"forced work\""), q.excluded());
    assertEquals(Map.of(Dimension.COUNTRY, List.of("Jordan")), q.filters());
    assertEquals(List.of("TIP -> TiP | THB | trafficking in persons | trafficking in human beings | human trafficking "
        + "| trata de personas | trata de seres humanos | traite des personnes | traite des êtres humains",
        "CFS -> child friendly spaces"), q.expansions());
    assertEquals(List.of("sheltres"), q.unknown());
    assertEquals(Map.of("sheltres", "shelters"), q.best());
    assertEquals(null, q.corrected());
  }

  @Test
  void aClearCorrectionIsSearchedInstead() throws Exception {
    QueryText q = QueryText.of("sheltres for TIP", true, true, VOCABULARY);
    assertEquals("shelters for", q.words());
    assertEquals("shelters for TIP", q.corrected());
    assertEquals(List.of(), q.unknown());
  }

  @Test
  void aLowerCaseAcronymTheCollectionUsesAsAWordIsNoConcept() throws Exception {
    QueryText q = QueryText.of("tip", true, true, VOCABULARY);
    assertEquals("tip", q.words());
    assertEquals(List.of(), q.expansions());
  }

  @Test
  void unbalancedQuotesFallBackToTheWordsWithANotice() throws Exception {
    QueryText q = QueryText.of("\"refugee camps", false, true, VOCABULARY);
    assertEquals("refugee camps", q.words());
    assertEquals(List.of("unbalanced quotes or parentheses: searched for the words only"), q.notices());
    assertEquals(List.of(), q.expansions());
  }
}

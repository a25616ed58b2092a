package org.practicesearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions found both ways round, the long form spelling the acronym; a curated acronym keeps its meaning. */
class AcronymDefinitionsTest {
  static List<String> found(String text) {
    return AcronymDefinitions.find(text).stream().map(AcronymDefinitions.Definition::toString).toList();
  }

  @Test
  void longFormThenAcronymAndAcronymThenLongForm() {
    assertEquals(List.of("SOP = standard operating procedures", "VoT = victims of trafficking"),
        found("The agreed Standard Operating Procedures (SOPs) protect victims of trafficking (VoTs) at the border."));
    assertEquals(List.of("OWWA = overseas workers welfare administration"),
        found("OWWA (Overseas Workers Welfare Administration) runs a fund."));
    assertEquals(List.of("IOM = international organization for migration"),
        found("The International Organization for Migration (IOM)'s framework"));
  }

  @Test
  void textThatDoesNotSpellTheAcronymIsNoDefinition() {
    assertEquals(List.of(), found("Workers were evacuated (see annex) by the government (2011) and (UN) staff."));
    assertEquals(List.of(), found("Country (Check all that apply)"));
  }

  @Test
  void aMinedPairNeverOverridesACuratedOne() {
    var merged = Lexicon.bundled().merge(List.of(new AcronymDefinitions.Definition("TIP", "tips in practice"),
        new AcronymDefinitions.Definition("TIP", "trafficking in persons"),
        new AcronymDefinitions.Definition("HT", "human trafficking"),
        new AcronymDefinitions.Definition("SOP", "standard operating procedures")));
    assertEquals(List.of("TIP = tips in practice (ignored)", "TIP = trafficking in persons (curated)",
        "HT = human trafficking (added)", "SOP = standard operating procedures (new)"),
        merged.mined().stream().map(Lexicon.Mined::toString).toList());
    assertEquals(List.of("SOP", "standard operating procedures"), merged.lexicon().groups().getLast());
    assertEquals(true, merged.lexicon().groups().getFirst().contains("HT"));
  }
}

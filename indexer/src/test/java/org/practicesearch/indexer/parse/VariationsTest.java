package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/** Pages the seeds do not show, constructed from the seed layouts: the parser must cope and say what it did. */
class VariationsTest {
  private static final String DESC = "The ministry set up a hotline for migrants stranded by the floods, in six "
      + "languages, and trained consular staff to answer it around the clock during the emergency.";

  private static Entry only(ParseResult r) {
    assertEquals(1, r.entries().size(), r.entries().toString());
    return r.entries().get(0);
  }

  @Test
  void navigationBeforeTheFieldsIsSkippedAndTheTitleLineKept() {
    String page = "Skip to main content\nHome > Good practices\n\nHotline for stranded migrants\n\n"
        + "Type of practice: Tools\nCountry: Thailand\n\n" + DESC + "\n";
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals("Hotline for stranded migrants", e.title());
    assertEquals(DESC, e.description());
    assertEquals(List.of("Thailand"), e.countries());
  }

  @Test
  void aGuidelinesMenuLineBeforeTheFieldsIsNavigationNotTheGuidelineSection() {
    String page = "Skip to main content\nHome\n- About\n- Guidelines\n- Practices\n\n"
        + "Type of practice: Tools\nCountry: Thailand\n\n" + DESC + "\n\nGuidelines/Thematic Areas\n\n"
        + "GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action\n";
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(DESC, e.description());
    assertEquals(List.of("Thailand"), e.countries());
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action"),
        e.guidelines());
  }

  @Test
  void aLabelWithItsValueOnTheNextLineOutsideTheFormLayout() {
    String page = "Type of practice:\nTools\n\nCountry:\nThailand, Viet Nam\n\nType of crisis:\nNatural Disaster\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Thailand", "Vietnam"), e.countries());
    assertEquals(List.of("Natural Disaster"), e.crisisTypes());
    assertEquals(DESC, e.description());
  }

  @Test
  void frenchLabelsAreRead() {
    String page = "Type de pratique : Outils\nPays : Liban, Jordanie\nNom de la partie prenante : Croix-Rouge libanaise\n"
        + "Type de partie prenante (cochez toutes les réponses applicables) : Société civile\n"
        + "Type de crise : Conflit\nPhase de la crise : Intervention d'urgence\n\n" + DESC;
    Entry e = only(Pages.parseText("fr.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Lebanon", "Jordan"), e.countries());
    assertEquals(List.of("Croix-Rouge libanaise"), e.stakeholders());
    assertEquals(List.of("Civil Society"), e.stakeholderTypes());
    assertEquals(List.of("Conflict"), e.crisisTypes());
    assertEquals(List.of("Emergency Response"), e.crisisPhases());
  }

  @Test
  void spanishFormLabelsAreRead() {
    String page = "Tipo de práctica\nHerramientas\nPaís (Marque todas las que correspondan)\nMéxico\nGuatemala\n"
        + "Tipo de crisis\nDesastre natural\nFase de la crisis\nPreparación para crisis\nDescripción de la práctica\n" + DESC;
    Entry e = only(Pages.parseText("es.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Mexico", "Guatemala"), e.countries());
    assertEquals(List.of("Natural Disaster"), e.crisisTypes());
    assertEquals(List.of("Crisis Preparedness"), e.crisisPhases());
    assertEquals(DESC, e.description());
  }

  @Test
  void labelsInOtherCaseWithoutColonAndPluralAreRead() {
    String page = "TYPES OF PRACTICE\nTools\nCountries\nKenya\nCrisis Phases\nEmergency response\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Kenya"), e.countries());
    assertEquals(List.of("Emergency Response"), e.crisisPhases());
  }

  @Test
  void relatedLinksBeforeTheDescriptionDoNotSwallowIt() {
    String page = "Type of practice: Tools\nCountry: Chad\nRelated links:\nHotline website\nAnnual report\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(DESC, e.description());
  }

  @Test
  void bulletsEntitiesNonBreakingSpacesAndWindowsLineEnds() {
    String page = "Type of practice:\r\n- Tools\r\n\r\nType of crisis\r\n• Conflict\r\n• Natural&nbsp;Disaster\r\n\r\n"
        + "Country:\u00a0C&ocirc;te d&#8217;Ivoire\r\n\r\n\r\n\r\nThe Red Cross &amp; the ministry set up a hotline for migrants "
        + "stranded by the floods, in six languages, with staff trained to answer it day and night.\r\n";
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Conflict", "Natural Disaster"), e.crisisTypes());
    assertEquals(List.of("Côte d'Ivoire"), e.countries());
    assertTrue(e.description().startsWith("The Red Cross & the ministry"), e.description());
  }

  @Test
  void aLabelWithNoValueAndMissingFieldsAreFine() {
    String page = "Type of practice: Tools\nCountry:\n\nType of crisis: Conflict\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of(), e.countries());
    assertEquals(List.of(), e.stakeholders());
    assertEquals(List.of("Conflict"), e.crisisTypes());
  }

  @Test
  void aStakeholderNameWithACommaIsNotSplit() {
    String page = "Type of practice: Government bodies\nCountry: Angola\n"
        + "Name of Stakeholder: Ministry of Foreign Affairs, Angola\n\n" + DESC;
    assertEquals(List.of("Ministry of Foreign Affairs, Angola"), only(Pages.parseText("p.txt", page)).stakeholders());
  }

  @Test
  void misspeltVocabularyValuesAreMappedWithARepair() {
    String page = "Type of practice: Traning and capacity bulding\nCountry: Kenya\nCrisis phase: post crisis\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Training and capacity building"), e.practiceTypes());
    assertEquals(List.of("Post-Crisis Action"), e.crisisPhases());
    assertTrue(e.repairs().contains(new Repair("practice_types", "Traning and capacity bulding",
        "Training and capacity building", "misspelt practice type")), e.repairs().toString());
  }

  @Test
  void unknownValuesAreKeptAndReportedWithFileAndLine() {
    ParseResult r = Pages.parseText("p.txt", "Type of practice: Hackathons\nCountry: Atlantis\n\n" + DESC);
    Entry e = only(r);
    assertEquals(List.of("Hackathons"), e.practiceTypes());
    assertEquals(List.of("Atlantis"), e.countries());
    assertEquals(List.of("p.txt:1: unknown country 'Atlantis' kept as written",
        "p.txt:1: unknown practice type 'Hackathons' kept as written"),
        r.problems().stream().map(Problem::toString).sorted().toList());
    assertFalse(r.problems().get(0).rejected());
  }

  @Test
  void aPageThatIsOnlyADescriptionIsKeptAsADocumentWithAWarning() {
    ParseResult r = Pages.parseText("d.txt", "\n\n" + DESC + "\n");
    Entry e = only(r);
    assertEquals(Kind.DOCUMENT, e.kind());
    assertEquals(DESC, e.description());
    assertEquals(List.of("d.txt:3: no practice or resource fields found; indexed as a plain document"),
        r.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aPageCutOffMidWordIsReported() {
    ParseResult r = Pages.parseText("cut.txt", "Type of practice: Tools\nCountry: Kenya\n\n" + DESC.substring(0, 160));
    assertEquals(1, r.entries().size());
    assertEquals(List.of("cut.txt:4: the page seems cut off mid-sentence"),
        r.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void listingEntriesRepeatedOnTwoPagesAreIndexedOnce() {
    String listing = "Capacity Building\n\nCaring for Trafficked Persons\n\nA handbook for health providers who meet "
        + "victims of trafficking at different stages of their recovery, with practical advice.\nCountry\nWorldwide\nYear\n2009\n";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("a.txt", listing);
    pages.put("b.txt", listing.replace("Capacity Building", "Health"));
    ParseResult r = Pages.parseTexts(pages);
    Entry e = only(r);
    assertEquals(List.of("Capacity building", "Health"), e.topics());
    assertEquals(List.of("a.txt:3", "b.txt:3"), e.sources());
    assertEquals(2009, e.year());
  }

  @Test
  void frenchResourceBlocksAndAYearInTheTitle() {
    String listing = "Renforcement des capacités\n\nGuide de formation (2018)\n\nUn guide pour les agents de première "
        + "ligne qui rencontrent des victimes de la traite des êtres humains dans les camps et aux frontières.\n"
        + "Pays\nMaroc\nRégion\nAfrique du Nord\nAuteurs\nOIM\n";
    Entry e = only(Pages.parseText("fr-list.txt", listing));
    assertEquals(Kind.RESOURCE, e.kind());
    assertEquals(List.of("Morocco"), e.countries());
    assertEquals(2018, e.year());
    assertEquals(List.of("OIM"), e.authors());
    assertTrue(e.regions().contains("Africa/Northern Africa"), e.regions().toString());
  }

  @Test
  void aGuidelineReferencedByNumberGetsItsFullTitle() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("a.txt", "Type of practice: Tools\nCountry: Kenya\n\n" + DESC
        + "\n\nGuidelines/Thematic Areas\nCapacity building\nGuideline 8\n");
    pages.put("b.txt", "Type of practice: Tools\nCountry: Chad\n\nAnother practice: a register of migrant workers kept by "
        + "the consulates, shared with the host authorities when a crisis begins.\n\nGuidelines/Thematic Areas\n"
        + "Capacity building\nGUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action\n");
    ParseResult r = Pages.parseTexts(pages);
    for (Entry e : r.entries()) {
      assertEquals(List.of("GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action"),
          e.guidelines(), e.source());
    }
  }

  @Test
  void stakeholderAndPracticeTypesAreNamedAsTheSiteNamesThem() {
    String page = "Type of practice: Funds, Website, Research and reports, Legislation and policies, Contingency plans\n"
        + "Country: Kenya\nType of Stakeholder: State, Host State, State of Origin, Government, NGO, "
        + "Civil society organizations, Regional organisations\n\n" + DESC;
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Funds", "Website", "Research and reports", "Domestic laws and policies",
        "Contingency and preparedness plans"), e.practiceTypes());
    assertEquals(List.of("State", "Host State", "State of Origin", "NGOs", "Civil Society", "Regional Institutions"),
        e.stakeholderTypes());
  }
}

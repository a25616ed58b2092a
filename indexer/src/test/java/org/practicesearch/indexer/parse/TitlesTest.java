package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;
import org.practicesearch.model.TitleSource;

/** Titles as a person would write them: the page's, a readable slug's, or the first sentence's subject. */
class TitlesTest {
  private static final String MENU = "Skip to main content\n\nMigrants in Countries in Crisis\n\n- 2030 Agenda\n"
      + "- Home\n- Practices\n- Contact\n\nSearch form\n\nSearch\n\n";
  private static final String FIELDS = "Type of practice: Tools\nCountry: Pakistan\n\n";
  private static final String OWWA = "The Overseas Workers Welfare Administration (OWWA) is a government agency of the "
      + "Philippines attached to the Department of Labor and Employment. It manages a welfare fund for workers abroad.";

  private static Entry only(ParseResult r) {
    assertEquals(1, r.entries().size(), r.entries().toString());
    return r.entries().get(0);
  }

  private static void assertTitle(String title, TitleSource source, Entry e) {
    assertEquals(List.of(title, source), List.of(e.title(), e.titleSource()));
  }

  @Test
  void aPageStartingWithTheSiteMenuGetsNoMenuLineAsTitle() {
    Entry e = only(Pages.parseText("000_7a85830c2fad2333.txt", MENU + FIELDS + OWWA));
    assertTitle("Overseas Workers Welfare Administration (OWWA)", TitleSource.DERIVED, e);
    assertEquals(OWWA, e.description());
  }

  @Test
  void aTitleLineUnderTheMenuIsThePageTitle() {
    Entry e = only(Pages.parseText("p.txt", MENU + "Welfare fund for overseas workers\n\n" + FIELDS + OWWA));
    assertTitle("Welfare fund for overseas workers", TitleSource.PAGE, e);
  }

  @Test
  void theLastItemOfAPlainMenuIsNotATitle() {
    Entry e = only(Pages.parseText("p.txt", "Home\nAbout\n2030 Agenda\n" + FIELDS + OWWA));
    assertTitle("Overseas Workers Welfare Administration (OWWA)", TitleSource.DERIVED, e);
  }

  @Test
  void aReadableFileNameGivesTheTitleSpelledAsTheTextSpellsIt() {
    String text = "In 2022 the government ran Operation Sukoon to bring home nationals stranded by the floods.";
    assertTitle("Operation Sukoon", TitleSource.SLUG, only(Pages.parseText("pages/operation-sukoon-0.txt", FIELDS + text)));
    assertTitle("Welfare Fund for OWWA Members", TitleSource.SLUG,
        only(Pages.parseText("practice-welfare-fund-for-owwa-members.txt", FIELDS + OWWA)));
    assertTitle("Overseas Workers Welfare Administration (OWWA)", TitleSource.DERIVED,
        only(Pages.parseText("seeds/012_9f8e7d6c5b4a3921.txt", FIELDS + OWWA)));
    assertTitle("Overseas Workers Welfare Administration (OWWA)", TitleSource.DERIVED,
        only(Pages.parseText("page-2.txt", FIELDS + OWWA)));
  }

  @Test
  void aUrlSlugOrAGivenTitleIsUsedAndTheUrlIsASource() {
    String url = "https://micicinitiative.iom.int/micicinitiative/practices/emergency-repatriation-fund?page=2";
    Entry slug = only(Pages.parseTexts(List.of(new PageText("saved/4711.txt", FIELDS + OWWA, "", url))));
    assertTitle("Emergency Repatriation Fund", TitleSource.SLUG, slug);
    assertEquals(url, slug.url());
    assertEquals(List.of("saved/4711.txt:1", url), slug.sources());
    Entry given = only(Pages.parseTexts(List.of(new PageText("saved/4711.txt", FIELDS + OWWA,
        "OWWA welfare fund", url))));
    assertTitle("OWWA welfare fund", TitleSource.PAGE, given);
  }

  @Test
  void aDerivedTitleIsTheSubjectOrTheMainClauseOfTheFirstSentence() {
    String[][] cases = {
        {OWWA, "Overseas Workers Welfare Administration (OWWA)"},
        {"After Hurricane Harvey flooded Houston in August 2017, the Mexican consulate opened a mobile consulate "
            + "in shelters and community centres. Many had lost their papers.",
            "The Mexican consulate opened a mobile consulate in shelters and community centres"},
        {"In 2011 more than 300,000 people fleeing the conflict in Libya crossed into Tunisia at Ras Ajdir, many "
            + "of them workers.", "In 2011 more than 300,000 people fleeing the conflict in Libya crossed"},
        {"Through its Case Law Database, UNODC disseminates court decisions on smuggling.", "Case Law Database"},
        {"Families in Central America who receive remittances from relatives in the United States were "
            + "offered savings accounts.", "Families in Central America who receive remittances from relatives"},
        {"- Referral procedures\n• Hotline\n\nThe ministry trained consular staff, labour attachés and "
            + "volunteers on crisis management in the Gulf States and in Lebanon.",
            "The ministry trained consular staff, labour attachés and volunteers on crisis management"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], Titles.derive(c[0]), c[0]);
    }
  }

  @Test
  void bulletMarkersNeverSurviveIntoValues() {
    String page = "Type of practice:\n-\n- Tools\nCountry:\n• Kenya\nName of Stakeholder:\n- Ministry of Labour\n\n"
        + OWWA + "\n\nGuidelines/Thematic Areas\n- Referral procedures\n";
    Entry e = only(Pages.parseText("p.txt", page));
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Kenya"), e.countries());
    assertEquals(List.of("Ministry of Labour"), e.stakeholders());
    assertEquals(List.of("Referral procedures"), e.topics());
    Entry json = only(Pages.parseText("e.jsonl", "{\"id\": \"p-1\", \"kind\": \"practice\", \"title\": \"- Hotline\", "
        + "\"topics\": [\"- Referral procedures\", \"-\"]}"));
    assertEquals("Hotline", json.title());
    assertEquals(List.of("Referral procedures"), json.topics());
    assertEquals(new Repair("title", "- Hotline", "Hotline", "bullet marker removed"), json.repairs().get(0));
  }

  @Test
  void aDescriptionOnlyPageFromThePracticeRepositoryIsAPractice() {
    ParseResult r = Pages.parseText("dev/practices/registration-of-nationals-abroad.txt",
        MENU + "Registration of nationals abroad\n\n" + OWWA);
    Entry e = only(r);
    assertEquals(Kind.PRACTICE, e.kind());
    assertTitle("Registration of nationals abroad", TitleSource.PAGE, e);
    assertEquals(OWWA, e.description());
    assertEquals(List.of(), r.problems());
    Entry named = only(Pages.parseText("practice-rapid-response-teams.txt", OWWA));
    assertEquals(Kind.PRACTICE, named.kind());
    assertTitle("Rapid Response Teams", TitleSource.SLUG, named);
    assertEquals(Kind.DOCUMENT, only(Pages.parseText("notes/rapid-response-teams.txt", OWWA)).kind());
  }
}

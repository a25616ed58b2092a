package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

class PagesTest {
  private static final String G8 = "GUIDELINE 8: Build capacity and learn lessons for emergency response and post-crisis action";

  @Test
  void seedsGiveElevenPracticesTenResourcesAndOneGuidelineWithUniqueIds() throws IOException {
    ParseResult r = Seeds.parseAll();
    Map<Kind, Long> kinds = r.entries().stream().collect(Collectors.groupingBy(Entry::kind, Collectors.counting()));
    assertEquals(Map.of(Kind.PRACTICE, 11L, Kind.RESOURCE, 10L, Kind.GUIDELINE, 1L), kinds);
    assertEquals(22, r.entries().stream().map(Entry::id).distinct().count());
    assertEquals(List.of(), r.problems());
    assertEquals(5, r.files());
  }

  @Test
  void idsAreStableAcrossRunsAndFileOrder(@TempDir Path tmp) throws IOException {
    ParseResult a = Seeds.parseAll();
    // the same pages under other names, in another order
    for (Path f : Files.list(Seeds.DIR).toList()) {
      Files.copy(f, tmp.resolve("z-" + (999 - Integer.parseInt(f.getFileName().toString().substring(0, 3))) + ".txt"));
    }
    ParseResult b = Pages.parse(List.of(tmp));
    assertEquals(a.entries().stream().map(Entry::id).collect(Collectors.toSet()),
        b.entries().stream().map(Entry::id).collect(Collectors.toSet()));
  }

  @Test
  void labelledPracticePageGivesEveryField() throws IOException {
    Entry e = Pages.parse(List.of(Seeds.DIR.resolve("000_7a85830c2fad2333.txt"))).entries().get(0);
    assertEquals(Kind.PRACTICE, e.kind());
    assertEquals("UNODC has a long-standing expertise on building the capacities of criminal justice", e.title());
    assertEquals(org.practicesearch.model.TitleSource.DERIVED, e.titleSource());
    assertEquals(List.of("Algeria", "Colombia", "Côte d'Ivoire", "El Salvador", "Gambia",
        "Laos", "Mali", "Mexico", "Morocco", "Nepal"), e.countries());
    assertEquals(List.of("United Nations Office on Drugs and Crime (UNODC)"), e.stakeholders());
    assertEquals(List.of("International Organizations"), e.stakeholderTypes());
    assertEquals(List.of("Training and capacity building"), e.practiceTypes());
    assertEquals(List.of("Conflict", "Natural Disaster"), e.crisisTypes());
    assertEquals(List.of("Crisis Preparedness", "Post-Crisis Action"), e.crisisPhases());
    assertEquals(List.of(G8), e.guidelines());
    assertEquals(List.of("Capacity building"), e.topics());
    assertEquals(List.of(), e.categories());
    assertTrue(e.description().startsWith("UNODC has a long-standing expertise"));
    assertTrue(e.description().endsWith("smuggled migrants and trafficked persons."), e.description());
    assertFalse(e.description().contains("Related Links"));
    assertFalse(e.description().contains("GUIDELINE"));
    assertFalse(e.summary());
    assertTrue(e.source().endsWith("000_7a85830c2fad2333.txt:1"), e.source());
  }

  @Test
  void relatedLinksOnTheirOwnLinesStayOutOfTheDescription() throws IOException {
    Entry e = Pages.parse(List.of(Seeds.DIR.resolve("001_4ddfa721e7e9d17c.txt"))).entries().get(0);
    assertEquals(List.of("Global"), e.countries());
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Crisis Preparedness", "Emergency Response", "Post-Crisis Action"), e.crisisPhases());
    assertTrue(e.description().endsWith("protecting the migrants and the victims of trafficking."), e.description());
    assertFalse(e.description().contains("Case Law Database\n"));
  }

  @Test
  void formPracticePageReadsOneValueALineAndDropsOtherStakeholderCountries() throws IOException {
    Entry e = Pages.parse(List.of(Seeds.DIR.resolve("002_2a6fb45c4a1a1a4a.txt"))).entries().get(0);
    assertEquals("UNODC held a Regional Workshop on the identification, protection and assistance", e.title());
    assertEquals(List.of("Egypt", "Iraq", "Jordan", "Lebanon", "Türkiye"), e.countries());
    assertEquals(List.of("Africa/Northern Africa", "Asia/Western Asia"), e.regions());
    assertEquals(org.practicesearch.model.RegionSource.DERIVED, e.regionSource());
    assertEquals(List.of("United Nations Office on Drugs and Crime (UNODC)"), e.stakeholders());
    assertEquals(List.of("International Organizations"), e.stakeholderTypes());
    assertEquals(List.of("Conflict", "Natural Disaster"), e.crisisTypes());
    assertEquals(List.of("Crisis Preparedness", "Emergency Response", "Post-Crisis Action"), e.crisisPhases());
    assertEquals(List.of(G8), e.guidelines());
    assertTrue(e.description().endsWith("protect and assist victims of trafficking"), e.description());
    assertEquals(List.of(new Repair("stakeholders", "Egypt, Iraq, Jordan, Lebanon and Turkey", "",
        "'If Other Stakeholder' lists the practice's countries, not a stakeholder"),
        new Repair("countries", "Turkey", "Türkiye", "canonical country name (TR)")), e.repairs());
  }

  @Test
  void guidelinePageGivesTheGuidelineAndMergesTeasersOfFullPractices() throws IOException {
    ParseResult r = Seeds.parseAll();
    Entry guideline = r.entries().stream().filter(e -> e.kind() == Kind.GUIDELINE).findFirst().orElseThrow();
    assertEquals(G8, guideline.title());
    assertTrue(guideline.description().startsWith("Limited resources, funding"), guideline.description());
    assertFalse(guideline.description().contains("Print the Guideline"));
    assertTrue(guideline.description().contains("• Monitoring and evaluation of crisis responses"));
    // the UNODC training practice appears in full (000) and as a teaser: one entry, not a summary
    List<Entry> unodc = r.entries().stream().filter(e -> e.description().startsWith("UNODC has a long-standing")).toList();
    assertEquals(1, unodc.size());
    assertFalse(unodc.get(0).summary());
    assertEquals(List.of(G8), unodc.get(0).guidelines());
    assertEquals(List.of("000_7a85830c2fad2333.txt:1", "003_b4c621bd4ebf8aab.txt:33"),
        unodc.get(0).sources().stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList());
    assertEquals(8, r.entries().stream().filter(Entry::summary).count());
  }

  @Test
  void teasersOfUnknownPracticesBecomeSummaries() throws IOException {
    Entry igad = Seeds.byTitlePrefix(Seeds.parseAll(), "Intergovernmental Authority on Development (IGAD)’s Conflict Early Warning");
    assertTrue(igad.summary());
    assertEquals(List.of("Djibouti", "Eritrea", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan", "Uganda"), igad.countries());
    assertEquals(List.of("Early warning systems"), igad.practiceTypes());
    assertEquals(List.of(G8), igad.guidelines());
    assertTrue(igad.description().endsWith("shared prosperity..."), igad.description());
    Entry katrina = Seeds.byTitlePrefix(Seeds.parseAll(), "The American Red Cross begun");
    assertEquals(List.of("United States"), katrina.countries());
    assertEquals(List.of("Assistance programs"), katrina.practiceTypes());
  }

  @Test
  void resourceListingReadsBlocksAndTheHeadingAsTopic() throws IOException {
    ParseResult r = Pages.parse(List.of(Seeds.DIR.resolve("004_f0068be67fa4eb83.txt")));
    assertEquals(10, r.entries().size());
    Entry first = r.entries().get(0);
    assertEquals("Harnessing Accumulated Knowledge to Respond to Trafficking in Persons: A Toolkit for Guidance in "
        + "Designing and Evaluating Counter-Trafficking Programmes", first.title());
    assertEquals(List.of("Global"), first.countries());
    assertEquals(List.of("Global"), first.regions());
    assertEquals(2016, first.year());
    assertEquals(List.of("Capacity building"), first.topics());
    assertEquals(List.of(), first.categories());
    assertEquals(org.practicesearch.model.TitleSource.PAGE, first.titleSource());
    Entry nigeria = Seeds.byTitlePrefix(r, "Community Engagement");
    assertEquals(List.of("Nigeria"), nigeria.countries());
    assertEquals(List.of("Africa/Western Africa", "Africa/Middle Africa"), nigeria.regions());
    assertEquals(org.practicesearch.model.RegionSource.DECLARED, nigeria.regionSource());
    assertEquals(List.of("Shukri Hirabe Gesod"), nigeria.authors());
    assertEquals(2020, nigeria.year());
    Entry balkans = Seeds.byTitlePrefix(r, "Needs Assessment");
    assertEquals(List.of("Jacqueline Berman", "Donatella Bradic", "Phil Marshal"), balkans.authors());
    assertEquals(List.of("Albania", "Montenegro", "North Macedonia", "Kosovo", "Bosnia and Herzegovina", "Serbia"),
        balkans.countries());
    assertEquals(List.of("Europe/Eastern Europe", "Europe/Southern Europe", "Asia/Central Asia"), balkans.regions());
    Entry caribbean = Seeds.byTitlePrefix(r, "Legal Review");
    assertEquals(List.of("Bahamas", "Barbados", "Guyana", "Jamaica", "Netherlands Antilles", "St. Lucia", "Suriname",
        "Trinidad and Tobago"), caribbean.countries());
    assertEquals(List.of("Americas/Central America", "Americas/Northern America", "Americas/Caribbean",
        "Americas/South America"), caribbean.regions());
    assertEquals(org.practicesearch.model.RegionSource.DECLARED_AND_DERIVED, caribbean.regionSource());
    assertEquals(2014, balkans.year());
  }

  @Test
  void authorsCutFromACitationAreRebuiltAndFragmentsDropped() throws IOException {
    Entry e = Seeds.byTitlePrefix(Pages.parse(List.of(Seeds.DIR.resolve("004_f0068be67fa4eb83.txt"))), "National Referral");
    assertEquals(List.of("G. Liu", "M. McAuliffe", "M. Klein Solomon"), e.authors());
    Set<String> dropped = e.repairs().stream().filter(x -> x.to().isEmpty()).map(Repair::from).collect(Collectors.toSet());
    assertTrue(dropped.containsAll(Set.of("IOM: Geneva", "Orderly", "Regular Migration")), dropped.toString());
  }

  @Test
  void authorCaseOfTheSiteIsUndone() throws IOException {
    Entry e = Seeds.byTitlePrefix(Pages.parse(List.of(Seeds.DIR.resolve("004_f0068be67fa4eb83.txt"))), "Towards Global");
    assertEquals(List.of("Sweden's Ministry of Justice", "International Organization for Migration (IOM)"), e.authors());
  }

  @Test
  void unknownLayoutEmptyAndBinaryFilesAreReportedWithFileAndLine(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "hello\nworld\n");
    Files.writeString(tmp.resolve("b.txt"), "");
    Files.write(tmp.resolve("c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    ParseResult r = Pages.parse(List.of(tmp));
    assertEquals(List.of(),  r.entries());
    assertEquals(List.of(
        tmp.resolve("a.txt") + ":1: unknown layout: not a practice, guideline or resource-library page, nor JSON Lines",
        tmp.resolve("b.txt") + ":1: empty file",
        tmp.resolve("c.png") + ":1: binary file (an image), not read"),
        r.problems().stream().map(Problem::toString).toList());
    assertEquals(3, r.files());
  }

  @Test
  void entryJsonLinesRoundTripAndBadLinesAreReported(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("entries.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"r-1\", \"kind\": \"resource\", \"title\": \"A handbook\", \"description\": \"About GBV.\", \"countries\": [\"Kenya\"], \"year\": 2019}",
        "{\"id\": \"r-2\", \"kind\": \"resource\", \"title\": \"Bad year\", \"year\": \"soon\"}",
        "{\"id\": \"r-3\", \"kind\": \"resource\", \"title\": \"Cut",
        "{\"id\": \"r-4\", \"kind\": \"resource\", \"countries\": \"Chad\", \"year\": null}",
        "[1, 2]"), StandardCharsets.UTF_8);
    ParseResult r = Pages.parse(List.of(f));
    assertEquals(List.of("r-1", "r-4"), r.entries().stream().map(Entry::id).toList());
    assertEquals(2019, r.entries().get(0).year());
    assertEquals(List.of("Kenya"), r.entries().get(0).countries());
    assertEquals(List.of("Chad"), r.entries().get(1).countries());
    assertNull(r.entries().get(1).year());
    List<String> problems = r.problems().stream().map(p -> p.toString().replace(f.toString(), "F")).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertEquals("F:2: \"year\" must be a number or null, got the string \"soon\"", problems.get(0));
    assertTrue(problems.get(1).startsWith("F:3: invalid JSON: "), problems.get(1));
    assertEquals("F:5: expected a JSON object, got a list", problems.get(2));
  }

  @Test
  void anseriniCollectionLinesBecomeDocuments(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("docs.jsonl");
    Files.writeString(f, "{\"id\": \"CACM-0001\", \"contents\": \"Preliminary Report\\n\\nCACM December, 1958\"}\n"
        + "{\"id\": \"CACM-0002\", \"contents\": \"Extraction of Roots\"}\n", StandardCharsets.UTF_8);
    ParseResult r = Pages.parse(List.of(f));
    assertEquals(2, r.entries().size());
    Entry d = r.entries().get(0);
    assertEquals("CACM-0001", d.id());
    assertEquals(Kind.DOCUMENT, d.kind());
    assertEquals("Preliminary Report", d.title());
    assertEquals("Preliminary Report\n\nCACM December, 1958", d.description());
  }

  @Test
  void windowsLineEndsBomAndNonBreakingSpacesAreRead() throws IOException {
    String page = "\uFEFFType of practice:\u00a0Tools\r\n\r\nCountry:\u00a0 Kenya, Chad\r\n\r\nA national referral mechanism for victims.\r\n";
    Entry e = Pages.parseText("win.txt", page).entries().get(0);
    assertEquals(List.of("Tools"), e.practiceTypes());
    assertEquals(List.of("Kenya", "Chad"), e.countries());
    assertEquals(List.of("Africa/Eastern Africa", "Africa/Middle Africa"), e.regions());
    assertEquals("A national referral mechanism for victims.", e.description());
    assertEquals("A national referral mechanism for victims", e.title());
    assertEquals(org.practicesearch.model.TitleSource.DERIVED, e.titleSource());
  }
}

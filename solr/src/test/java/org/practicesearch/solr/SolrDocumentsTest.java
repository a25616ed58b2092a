package org.practicesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

class SolrDocumentsTest {
  private static final Entry ENTRY = Entry.builder("practice-1", Kind.PRACTICE).title("Shelters for migrants")
      .description("Emergency shelters in Côte d'Ivoire.").url("https://example.org/p/1")
      .countries(List.of("Côte d'Ivoire", "Ghana")).regions(List.of("Africa/Western Africa"))
      .stakeholders(List.of("IOM")).stakeholderTypes(List.of("International Organizations"))
      .practiceTypes(List.of("Assistance programs")).crisisTypes(List.of("Conflict"))
      .crisisPhases(List.of("Emergency Response")).guidelines(List.of("GUIDELINE 3")).topics(List.of("Shelter")).year(2019)
      .sources(List.of("pages/a.txt:3", "pages/b.txt:9"))
      .repairs(List.of(new Repair("country", "Cote d'Ivoire", "Côte d'Ivoire", "canonical name"))).build();

  @Test
  void everyFieldOfAnEntrySurvivesTheRoundTrip() {
    SolrInputDocument in = SolrDocuments.toSolr(ENTRY);
    SolrDocument stored = new SolrDocument();
    in.forEach((name, field) -> field.getValues().forEach(v -> stored.addField(name, v)));
    assertEquals(ENTRY, SolrDocuments.fromSolr(stored));
  }

  @Test
  void regionsAreIndexedAsAPathAndAsOneTreeValuePerLevel() {
    SolrInputDocument doc = SolrDocuments.toSolr(ENTRY);
    assertEquals(List.of("Africa/Western Africa"), List.copyOf(doc.getFieldValues("region")));
    assertEquals(List.of("0/Africa", "1/Africa/Western Africa"), List.copyOf(doc.getFieldValues("region_tree")));
    assertEquals("pages/a.txt", doc.getFieldValue("source_file"));
    assertEquals(List.of("Côte d'Ivoire", "Ghana", "Africa Western Africa", "International Organizations",
        "Assistance programs", "Conflict", "Emergency Response", "guideline 3", "Shelter"), List.copyOf(doc.getFieldValues("meta")));
  }
}

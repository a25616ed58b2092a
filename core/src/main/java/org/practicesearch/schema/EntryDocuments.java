package org.practicesearch.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.SharedTokens;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * Maps an {@link Entry} to a Lucene document and back. Index-side API used by the indexer; not part of the
 * embedding API. Stored fields keep every entry field, so a hit is rebuilt from one stored-fields read.
 */
public final class EntryDocuments {
  private static final String S_KIND = "kind";
  private static final String S_URL = "url";
  private static final String S_SOURCE = "source";
  private static final String S_TITLE_SOURCE = "title_source";
  private static final String S_SUMMARY = "summary";
  private static final String S_REPAIR = "repair";
  private static final String S_REGION_SOURCE = "region_source";
  /** Stored hash of the entry's content: an unchanged entry is not rewritten by an incremental run. */
  public static final String FINGERPRINT = "fingerprint";
  private static final String UNIT = "\u001f";
  private static final String[] STORED_NAMES =
      java.util.Arrays.stream(Dimension.values()).map(d -> "v_" + d.id()).toArray(String[]::new);

  private EntryDocuments() {}

  /**
   * Builds the (not yet facet-translated) document for an entry; pass it through
   * {@code Schema.facetsConfig().build(doc)} before adding it to a writer.
   *
   * @param e the entry
   * @return the document
   */
  public static Document toDocument(Entry e) {
    Document doc = new Document();
    doc.add(new KeywordField(Schema.ID, e.id(), Field.Store.YES));
    doc.add(new TextField(Schema.TITLE, e.title(), Field.Store.YES));
    doc.add(new TextField(Schema.DESCRIPTION, e.description(), Field.Store.YES));
    if (e.titleSource() != org.practicesearch.model.TitleSource.DERIVED) {
      doc.add(new TextField(Schema.TITLE_CURATED, e.title(), Field.Store.NO));
    }
    String text = e.title() + "\n" + e.description();
    addExactAndAcronyms(doc, text, e.stakeholders());
    for (String s : e.stakeholders()) {
      doc.add(new TextField(Schema.STAKEHOLDERS, s, Field.Store.YES));
    }
    doc.add(new StoredField(S_KIND, e.kind().id()));
    doc.add(new StoredField(S_URL, e.url()));
    for (String s : e.sources()) {
      doc.add(new StoredField(S_SOURCE, s));
    }
    doc.add(new StoredField(S_TITLE_SOURCE, e.titleSource().id()));
    doc.add(new StoredField(S_SUMMARY, e.summary() ? 1 : 0));
    doc.add(new StoredField(S_REGION_SOURCE, e.regionSource().id()));
    doc.add(new StoredField(FINGERPRINT, fingerprint(e)));
    for (Repair r : e.repairs()) {
      doc.add(new StoredField(S_REPAIR, String.join(UNIT, r.field(), r.from(), r.to(), r.reason())));
    }
    if (e.year() != null) {
      doc.add(new LongField(Schema.YEAR, e.year(), Field.Store.YES));
    }
    for (Dimension d : Dimension.values()) {
      for (String v : d.valuesOf(e)) {
        if (d != Dimension.KIND && d != Dimension.YEAR) {
          doc.add(new StoredField(storedName(d), v));
          String label = MetaText.of(d, v);
          if (label != null) {
            doc.add(new TextField(Schema.META, label, Field.Store.NO));
          }
        }
        doc.add(facetField(d, v));
      }
    }
    return doc;
  }

  /**
   * The spelling field, the acronym field (the text, then each stakeholder name) and the definitions of the
   * text. When no value can hold an acronym, one empty acronym value stands for them all: the same index
   * content (the field present, no token, a norm of 0) without analysing text that the acronym filter would
   * drop word by word. Otherwise the text is tokenized once for both fields ({@link SharedTokens}).
   */
  private static void addExactAndAcronyms(Document doc, String text, List<String> stakeholders) {
    if (!Analyzers.mayHoldAcronym(text) && stakeholders.stream().noneMatch(Analyzers::mayHoldAcronym)) {
      doc.add(new TextField(Schema.SPELL, text, Field.Store.NO));
      doc.add(new TextField(Schema.ACRONYMS, "", Field.Store.NO));
      return;
    }
    SharedTokens tokens = SharedTokens.of(text);
    doc.add(new TextField(Schema.SPELL, tokens.exact()));
    doc.add(new TextField(Schema.ACRONYMS, tokens.acronyms()));
    for (String s : stakeholders) {
      doc.add(new TextField(Schema.ACRONYMS, s, Field.Store.NO));
    }
    for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
      doc.add(new KeywordField(Schema.DEFINITIONS, d.term(), Field.Store.NO));
    }
  }

  /**
   * A hash of every field of the entry: equal fingerprints mean the same indexed content.
   *
   * @param e the entry
   * @return hex SHA-1 of the entry's JSON form
   */
  public static String fingerprint(Entry e) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(
          org.practicesearch.render.Json.compact(org.practicesearch.render.Json.entry(e))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException x) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", x);
    }
  }

  private static SortedSetDocValuesFacetField facetField(Dimension d, String value) {
    return new SortedSetDocValuesFacetField(d.id(), d.path(value));
  }

  private static String storedName(Dimension d) {
    return STORED_NAMES[d.ordinal()];
  }

  /**
   * Rebuilds the entry of a document from its stored fields.
   *
   * @param fields the reader's stored fields
   * @param docId the Lucene document id
   * @return the entry
   * @throws java.io.IOException if the fields cannot be read
   */
  public static Entry read(StoredFields fields, int docId) throws java.io.IOException {
    Document doc = fields.document(docId);
    Entry.Builder b = Entry.builder(doc.get(Schema.ID), Kind.parse(doc.get(S_KIND)))
        .title(doc.get(Schema.TITLE))
        .description(doc.get(Schema.DESCRIPTION))
        .url(doc.get(S_URL))
        .titleSource(org.practicesearch.model.TitleSource.parse(doc.get(S_TITLE_SOURCE)))
        .sources(List.of(doc.getValues(S_SOURCE)))
        .stakeholders(List.of(doc.getValues(Schema.STAKEHOLDERS)))
        .countries(values(doc, Dimension.COUNTRY))
        .regions(values(doc, Dimension.REGION))
        .stakeholderTypes(values(doc, Dimension.STAKEHOLDER_TYPE))
        .practiceTypes(values(doc, Dimension.PRACTICE_TYPE))
        .crisisTypes(values(doc, Dimension.CRISIS_TYPE))
        .crisisPhases(values(doc, Dimension.CRISIS_PHASE))
        .guidelines(values(doc, Dimension.GUIDELINE))
        .categories(values(doc, Dimension.CATEGORY))
        .topics(values(doc, Dimension.TOPIC))
        .authors(values(doc, Dimension.AUTHOR));
    IndexableField year = doc.getField(Schema.YEAR);
    if (year != null) {
      b.year(year.numericValue().intValue());
    }
    IndexableField summary = doc.getField(S_SUMMARY);
    b.summary(summary != null && summary.numericValue().intValue() == 1);
    List<Repair> repairs = new ArrayList<>();
    for (String r : doc.getValues(S_REPAIR)) {
      String[] p = r.split(UNIT, -1);
      repairs.add(new Repair(p[0], p[1], p[2], p[3]));
    }
    return b.repairs(repairs).regionSource(org.practicesearch.model.RegionSource.parse(doc.get(S_REGION_SOURCE)))
        .build();
  }

  private static List<String> values(Document doc, Dimension d) {
    return List.of(doc.getValues(storedName(d)));
  }
}

package org.practicesearch.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.practicesearch.analysis.AcronymDefinitions;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.RegionSource;
import org.practicesearch.model.Repair;
import org.practicesearch.model.TitleSource;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.EntryDocuments;
import org.practicesearch.schema.Schema;

/**
 * Maps an {@link Entry} to a Solr document and back, field for field as {@link EntryDocuments} does for
 * Lucene: the same text fields (the {@code meta} field holds the facet values as text), every facet value,
 * and every entry field stored, so a hit is rebuilt from the document alone.
 */
final class SolrDocuments {
  private static final String UNIT = "\u001f";

  private SolrDocuments() {}

  static SolrInputDocument toSolr(Entry e) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Schema.ID, e.id());
    doc.setField(Schema.TITLE, e.title());
    doc.setField(Schema.DESCRIPTION, e.description());
    e.stakeholders().forEach(s -> doc.addField(Schema.STAKEHOLDERS, s));
    if (e.titleSource() != TitleSource.DERIVED) {
      doc.setField(Schema.TITLE_CURATED, e.title());
    }
    // the same text as the embedded index's spelling and acronym fields, and the definitions it mines
    String text = e.title() + "\n" + e.description();
    doc.setField(Schema.SPELL, text);
    doc.addField(Schema.ACRONYMS, text);
    e.stakeholders().forEach(s -> doc.addField(Schema.ACRONYMS, s));
    for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
      doc.addField(Schema.DEFINITIONS, d.term());
    }
    for (Dimension d : Dimension.values()) {
      for (String v : d.valuesOf(e)) {
        if (d != Dimension.KIND && d != Dimension.YEAR) {
          String label = org.practicesearch.schema.MetaText.of(d, v);
          if (label != null) {
            doc.addField(Schema.META, label);
          }
        }
        if (d == Dimension.REGION) {
          doc.addField(SolrFields.REGION, v);
          doc.addField(SolrFields.REGIONS, v);
          String[] path = d.path(v);
          for (int level = 0; level < path.length; level++) {
            String prefix = String.join(Dimension.PATH_SEPARATOR, java.util.Arrays.copyOf(path, level + 1));
            doc.addField(SolrFields.REGION_TREE, level + Dimension.PATH_SEPARATOR + prefix);
          }
        } else if (d == Dimension.YEAR) {
          doc.setField(Schema.YEAR, e.year());
        } else {
          doc.addField(d.id(), v);
        }
      }
    }
    doc.setField(SolrFields.URL, e.url());
    doc.setField(SolrFields.SOURCE, e.source());
    e.sources().forEach(s -> doc.addField(SolrFields.SOURCES, s));
    doc.setField(SolrFields.SOURCE_FILE, file(e.source()));
    doc.setField(SolrFields.TITLE_SOURCE, e.titleSource().id());
    doc.setField(SolrFields.REGION_SOURCE, e.regionSource().id());
    doc.setField(SolrFields.SUMMARY, e.summary());
    for (Repair r : e.repairs()) {
      doc.addField(SolrFields.REPAIRS, String.join(UNIT, r.field(), r.from(), r.to(), r.reason()));
    }
    doc.setField(SolrFields.FINGERPRINT, EntryDocuments.fingerprint(e));
    // every text field again, repeated by its weight: the field a word is scored in (BM25F)
    for (String f : Schema.TEXT_FIELDS.keySet()) {
      List<Object> values = doc.getFieldValues(f) == null ? null : List.copyOf(doc.getFieldValues(f));
      for (int i = 0; values != null && i < Math.round(Schema.TEXT_FIELDS.get(f)); i++) {
        values.forEach(v -> doc.addField(SolrFields.TEXT, v));
      }
    }
    return doc;
  }

  /** The file part of a {@code file:line} source. */
  static String file(String source) {
    int colon = source.lastIndexOf(':');
    return colon > 0 ? source.substring(0, colon) : source;
  }

  static Entry fromSolr(SolrDocument doc) {
    Entry.Builder b = Entry.builder(string(doc, Schema.ID), Kind.parse(string(doc, Dimension.KIND.id())))
        .title(string(doc, Schema.TITLE))
        .description(string(doc, Schema.DESCRIPTION))
        .url(string(doc, SolrFields.URL))
        .stakeholders(strings(doc, Schema.STAKEHOLDERS))
        .countries(strings(doc, Dimension.COUNTRY.id()))
        .regions(strings(doc, SolrFields.REGIONS))
        .stakeholderTypes(strings(doc, Dimension.STAKEHOLDER_TYPE.id()))
        .practiceTypes(strings(doc, Dimension.PRACTICE_TYPE.id()))
        .crisisTypes(strings(doc, Dimension.CRISIS_TYPE.id()))
        .crisisPhases(strings(doc, Dimension.CRISIS_PHASE.id()))
        .guidelines(strings(doc, Dimension.GUIDELINE.id()))
        .categories(strings(doc, Dimension.CATEGORY.id()))
        .topics(strings(doc, Dimension.TOPIC.id()))
        .authors(strings(doc, Dimension.AUTHOR.id()))
        .summary(Boolean.TRUE.equals(doc.getFirstValue(SolrFields.SUMMARY)))
        .titleSource(TitleSource.parse(string(doc, SolrFields.TITLE_SOURCE)))
        .source(string(doc, SolrFields.SOURCE));
    List<String> sources = strings(doc, SolrFields.SOURCES);
    if (!sources.isEmpty()) {
      b.sources(sources);
    }
    if (doc.getFirstValue(Schema.YEAR) instanceof Number year) {
      b.year(year.intValue());
    }
    List<Repair> repairs = new ArrayList<>();
    for (String r : strings(doc, SolrFields.REPAIRS)) {
      String[] p = r.split(UNIT, -1);
      repairs.add(new Repair(p[0], p[1], p[2], p[3]));
    }
    return b.repairs(repairs).regionSource(RegionSource.parse(string(doc, SolrFields.REGION_SOURCE))).build();
  }

  private static String string(SolrDocument doc, String field) {
    Object v = doc.getFirstValue(field);
    return v == null ? "" : v.toString();
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }
}

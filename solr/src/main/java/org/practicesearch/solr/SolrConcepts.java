package org.practicesearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Schema;

/**
 * A lexicon concept as a Solr query, form by form as the embedded index's {@code FieldQueries.concept}: an
 * acronym case-sensitively in the acronym field, a one-word form as a word over the text fields, a longer
 * form as a phrase that tolerates a dropped small word (slop 1) weighted as one word, and the words of the
 * first long form, half of them required, at a lower weight. The forms are summed where the embedded index
 * takes the best one (Solr's query syntax has no disjunction-max of arbitrary queries): the same entries
 * match, scores differ.
 */
final class SolrConcepts {
  private static final int LONG_FORM_SLOP = 1;

  private SolrConcepts() {}

  /**
   * The query of one concept, in the standard query syntax, its texts as request parameters.
   *
   * @param req the request the parameters are added to
   * @param name a name for this concept's parameters, unique in the request
   * @param forms every form of the concept
   * @return the query
   */
  static String query(JsonQueryRequest req, String name, List<String> forms) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> parts = new ArrayList<>();
    for (String form : forms) {
      String key = Lexicon.key(form);
      if (key.isEmpty() || !keys.add(key)) {
        continue;
      }
      if (Lexicon.isAcronym(form)) {
        parts.add(Vocabulary.term(Schema.ACRONYMS, Analyzers.acronymKey(form)));
      } else if (!key.contains(" ")) {
        parts.add(Vocabulary.term(SolrFields.TEXT, key));
      } else {
        String p = name + "p" + parts.size();
        req.withParam(p, SolrQueries.quoted(form));
        parts.add(nested("{!edismax qf=$lqf qs=" + LONG_FORM_SLOP + " uf=-* v=$" + p + "}") + "^"
            + String.format(Locale.ROOT, "%.4f", 1f / key.split(" ").length));
      }
    }
    forms.stream().filter(f -> !Lexicon.isAcronym(f) && Lexicon.key(f).contains(" ")).findFirst().ifPresent(loose -> {
      List<String> terms = Lexicon.terms(loose).stream().distinct().toList();
      String p = name + "loose";
      // the form as written: the fields' analysis gives the same terms (stop words drop out of the count)
      req.withParam(p, ClientUtils.escapeQueryChars(loose).replace("\\ ", " "));
      parts.add(nested("{!edismax qf=" + SolrFields.TEXT + " mm=" + (terms.size() + 1) / 2 + " q.op=OR sow=true uf=-* v=$" + p + "}")
          + "^" + String.format(Locale.ROOT, "%.4f", 1f / terms.size()));
    });
    return parts.isEmpty() ? "-*:*" : "(" + String.join(" OR ", parts) + ")";
  }

  /** A query of another parser as a clause of the standard query syntax. */
  static String nested(String local) {
    return "_query_:\"" + local.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

package org.practicesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Schema;

/**
 * The scoring pieces a free-text query is made of: a word scored over the text fields jointly (BM25F), its
 * exact form, a phrase over the fields, a concept (every form of a lexicon group, scored once), and the
 * proximity of pairs of words. Stateless and thread-safe.
 */
final class FieldQueries {
  /** The weight of a word's exact (unstemmed) form, on top of its stemmed BM25F score. */
  static final float EXACT_WEIGHT = 0.2f;
  /** The weight of a pair of query words found near each other. */
  static final float PAIR_WEIGHT = 0.1f;
  /** How far apart two words of a pair may be (a swap costs 2). */
  static final int PAIR_SLOP = 3;
  /** How loosely a long form matches: {@code trafficked persons} for {@code trafficking in persons}. */
  static final int LONG_FORM_SLOP = 1;
  /** The weight of the words of a concept's first long form, for entries that hold them but no form. */
  static final float LOOSE_WEIGHT = 1.0f;
  /** The fields a phrase is looked for in, with their weights (the better field counts). */
  private static final Map<String, Float> PHRASE_FIELDS = phraseFields();

  private final QueryBuilder builder = new QueryBuilder(Analyzers.text());
  private final QueryBuilder exactBuilder = new QueryBuilder(Analyzers.exact());

  private static Map<String, Float> phraseFields() {
    Map<String, Float> m = new LinkedHashMap<>();
    float description = Schema.TEXT_FIELDS.get(Schema.DESCRIPTION);
    for (String f : List.of(Schema.TITLE, Schema.DESCRIPTION, Schema.STAKEHOLDERS)) {
      m.put(f, Schema.TEXT_FIELDS.get(f) / description);
    }
    return m;
  }

  /** One analysed term scored over every text field as one field (BM25F). */
  static Query word(String term) {
    return new Bm25fQuery(term, Schema.TEXT_FIELDS);
  }

  /** A typed word: its terms over the text fields, plus its exact form. */
  Query typed(String text) {
    List<String> terms = Lexicon.terms(text);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach(t -> b.add(word(t), Occur.SHOULD));
    Query exact = exactBuilder.createBooleanQuery(Schema.SPELL, text);
    if (exact != null && EXACT_WEIGHT > 0) {
      b.add(new BoostQuery(exact, EXACT_WEIGHT), Occur.SHOULD);
    }
    String token = text.strip();
    if (Lexicon.isAcronym(token)) {
      b.add(acronym(token), Occur.SHOULD);
    }
    return b.build();
  }

  /** An acronym, case-sensitively, in the acronym field. */
  static Query acronym(String form) {
    return new TermQuery(new Term(Schema.ACRONYMS, Analyzers.acronymKey(form)));
  }

  /** A phrase over the title, description and stakeholders, scored by the best field; null for no terms. */
  Query phrase(String text, int slop) {
    List<Query> fields = new ArrayList<>();
    PHRASE_FIELDS.forEach((field, weight) -> {
      Query q = builder.createPhraseQuery(field, text, slop);
      if (q != null) {
        fields.add(weight == 1f ? q : new BoostQuery(q, weight));
      }
    });
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0f);
  }

  /**
   * A concept: every form of a lexicon group, scored once by its best form, so that the concept weighs the
   * same whichever form was typed. An acronym is matched case-sensitively, a one-word form as a word, a
   * longer form as a phrase that tolerates inflection and a dropped small word.
   */
  Query concept(List<String> forms) {
    Map<String, Query> byKey = new LinkedHashMap<>();
    for (String form : forms) {
      String key = Lexicon.key(form);
      if (key.isEmpty() || byKey.containsKey(key)) {
        continue;
      }
      Query q;
      if (Lexicon.isAcronym(form)) {
        q = acronym(form);
      } else if (!key.contains(" ")) {
        q = word(key);
      } else {
        // a concept weighs as one word, whichever form matched: a long form's phrase counts its words once
        Query p = phrase(form, LONG_FORM_SLOP);
        q = p == null ? null : new BoostQuery(p, 1f / key.split(" ").length);
      }
      if (q != null) {
        byKey.put(key, q);
      }
    }
    if (byKey.isEmpty()) {
      return null;
    }
    Query best = new DisjunctionMaxQuery(byKey.values(), 0f);
    String loose = forms.stream().filter(f -> !Lexicon.isAcronym(f) && Lexicon.key(f).contains(" ")).findFirst()
        .orElse(null);
    if (loose == null || LOOSE_WEIGHT <= 0) {
      return best;
    }
    List<String> terms = Lexicon.terms(loose).stream().distinct().toList();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.forEach(t -> words.add(word(t), Occur.SHOULD));
    words.setMinimumNumberShouldMatch((terms.size() + 1) / 2);
    return new BooleanQuery.Builder().add(best, Occur.SHOULD)
        .add(new BoostQuery(words.build(), LOOSE_WEIGHT / terms.size()), Occur.SHOULD).build();
  }

  /**
   * The proximity of each pair of consecutive query terms: a sloppy two-term phrase in the title or the
   * description, so that a long query gains for every pair of its words found close together.
   *
   * @param terms the analysed terms of the plain words, in query order
   * @return the sum of the pairs, or null for fewer than two terms
   */
  Query pairs(List<String> terms) {
    if (terms.size() < 2 || PAIR_WEIGHT <= 0) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 0; i + 1 < terms.size(); i++) {
      if (terms.get(i).equals(terms.get(i + 1))) {
        continue;
      }
      List<Query> fields = new ArrayList<>();
      for (String field : List.of(Schema.TITLE, Schema.DESCRIPTION)) {
        fields.add(new PhraseQuery(PAIR_SLOP, field, terms.get(i), terms.get(i + 1)));
      }
      b.add(new DisjunctionMaxQuery(fields, 0f), Occur.SHOULD);
      n++;
    }
    return n == 0 ? null : new BoostQuery(b.build(), PAIR_WEIGHT);
  }
}

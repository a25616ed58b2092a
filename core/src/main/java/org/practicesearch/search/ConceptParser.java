package org.practicesearch.search;

import java.util.List;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.schema.Schema;

/**
 * Lucene's simple query syntax ({@code "phrase"}, {@code -word}, {@code a | b}, parentheses, {@code pre*}),
 * every word optional, where a plain word is scored by {@link FieldQueries#typed} and a concept placeholder
 * ({@link QueryWords#withPlaceholders}) by all the forms of its concept. Not thread-safe: one per query.
 */
final class ConceptParser extends SimpleQueryParser {
  private final FieldQueries fields;
  private final List<Concepts.Found> concepts;

  ConceptParser(FieldQueries fields, List<Concepts.Found> concepts) {
    super(Analyzers.text(), Schema.TEXT_FIELDS);
    this.fields = fields;
    this.concepts = concepts;
    setDefaultOperator(Occur.SHOULD);
  }

  @Override
  protected Query newDefaultQuery(String text) {
    if (text.length() > 1 && text.charAt(0) == QueryWords.PLACEHOLDER) {
      return fields.concept(concepts.get(Integer.parseInt(text.substring(1))).forms());
    }
    return fields.typed(text);
  }
}

package org.practicesearch.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.practicesearch.schema.Schema;

/** The Lucene sort for each {@link SortOrder}; every order ends with the id so ties are deterministic. */
final class Sorts {
  private static final SortField BY_ID = new SortedSetSortField(Schema.ID, false);
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
  private static final Sort BROWSING = new Sort(BY_ID);
  private static final Sort YEAR_DESC = new Sort(year(true), BY_ID);
  private static final Sort YEAR_ASC = new Sort(year(false), BY_ID);

  private Sorts() {}

  static Sort of(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> RELEVANCE;
      case YEAR_DESC -> YEAR_DESC;
      case YEAR_ASC -> YEAR_ASC;
    };
  }

  /**
   * The sort of a page of hits found without text, where every hit scores the same: by relevance is then by
   * id alone, which the collector can skip on (a score first keeps it visiting every hit).
   */
  static Sort browsing(SortOrder order) {
    return order == SortOrder.RELEVANCE ? BROWSING : of(order);
  }

  private static SortField year(boolean reverse) {
    SortField f = new SortedNumericSortField(Schema.YEAR, SortField.Type.LONG, reverse);
    // entries without a year go last in both directions
    f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }
}

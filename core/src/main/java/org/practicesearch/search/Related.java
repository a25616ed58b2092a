package org.practicesearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.practicesearch.analysis.Analyzers;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;

/** The more-like-this query of an entry, with boosts for shared countries and guidelines. */
final class Related {
  private static final float COUNTRY_BOOST = 0.5f;
  private static final float GUIDELINE_BOOST = 1.0f;

  private Related() {}

  static Query query(IndexReader reader, int doc, Entry entry) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(Analyzers.text());
    mlt.setFieldNames(new String[] {Schema.TITLE, Schema.DESCRIPTION});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(mlt.like(Schema.DESCRIPTION, new java.io.StringReader(entry.title() + "\n" + entry.description())), Occur.SHOULD);
    for (String c : entry.countries()) {
      b.add(new BoostQuery(new TermQuery(Schema.drillDownTerm(Dimension.COUNTRY, c)), COUNTRY_BOOST), Occur.SHOULD);
    }
    for (String g : entry.guidelines()) {
      b.add(new BoostQuery(new TermQuery(Schema.drillDownTerm(Dimension.GUIDELINE, g)), GUIDELINE_BOOST),
          Occur.SHOULD);
    }
    return b.build();
  }
}

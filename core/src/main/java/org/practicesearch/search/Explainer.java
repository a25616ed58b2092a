package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Turns Lucene's score explanation into the field and term pairs that matched and what each added. */
final class Explainer {
  private static final Pattern WEIGHT = Pattern.compile("^weight\\(([^:]+):(.+?) in \\d+\\).*", Pattern.DOTALL);
  /** A word scored over the text fields jointly (BM25F); reported as the field {@link #JOINT}. */
  private static final Pattern COMBINED =
      Pattern.compile("^weight\\(BM25F\\(\\([^)]*\\)\\((.+?)\\)\\) in \\d+\\).*", Pattern.DOTALL);
  /** The name a joint (BM25F) match is reported under: the text fields together. */
  static final String JOINT = "text";

  private Explainer() {}

  static Hit.Explanation explain(IndexSearcher searcher, Query query, int doc) throws IOException {
    Explanation e = searcher.explain(query, doc);
    List<Hit.Contribution> out = new ArrayList<>();
    collect(e, out);
    out.sort(Comparator.comparingDouble(Hit.Contribution::score).reversed());
    return new Hit.Explanation(out, e.toString());
  }

  private static void collect(Explanation e, List<Hit.Contribution> out) {
    Matcher c = COMBINED.matcher(e.getDescription());
    if (c.matches() && e.isMatch()) {
      out.add(new Hit.Contribution(JOINT, c.group(1), e.getValue().floatValue()));
      return;
    }
    Matcher m = WEIGHT.matcher(e.getDescription());
    if (m.matches() && e.isMatch()) {
      String term = m.group(2).replaceAll("^\"|\"$", "");
      out.add(new Hit.Contribution(m.group(1), term, e.getValue().floatValue()));
      return;
    }
    for (Explanation d : e.getDetails()) {
      collect(d, out);
    }
  }
}

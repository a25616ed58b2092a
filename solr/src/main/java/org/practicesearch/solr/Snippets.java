package org.practicesearch.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Schema;

/**
 * Highlighted snippets of the description from Solr's unified highlighter, set up like the embedded one:
 * HTML-escaped text, matches in {@code <mark>}, a sentence-bounded passage of about 220 characters, the start
 * of the description when nothing in it matched.
 */
final class Snippets {
  private static final int TARGET_LENGTH = 220;

  private Snippets() {}

  static void ask(JsonQueryRequest req) {
    req.withParam("hl", "true").withParam("hl.method", "unified").withParam("hl.fl", Schema.DESCRIPTION)
        .withParam("hl.tag.pre", "<mark>").withParam("hl.tag.post", "</mark>").withParam("hl.tag.ellipsis", "… ")
        .withParam("hl.encoder", "html").withParam("hl.snippets", "1").withParam("hl.defaultSummary", "true")
        .withParam("hl.bs.type", "SENTENCE").withParam("hl.fragsize", Integer.toString(TARGET_LENGTH))
        .withParam("hl.fragsizeIsMinimum", "false").withParam("hl.fragAlignRatio", "0.5");
  }

  static String of(QueryResponse rsp, Entry e) {
    Map<String, Map<String, List<String>>> hl = rsp.getHighlighting();
    List<String> s = hl == null || hl.get(e.id()) == null ? null : hl.get(e.id()).get(Schema.DESCRIPTION);
    return s == null || s.isEmpty() ? start(e.description()) : s.get(0).strip();
  }

  /** The start of a description, HTML-escaped, cut at a word (as the embedded index gives it). */
  static String start(String description) {
    String d = description.length() <= TARGET_LENGTH ? description
        : description.substring(0, Math.max(description.lastIndexOf(' ', TARGET_LENGTH), TARGET_LENGTH / 2)) + "…";
    return d.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#x27;").replace("/", "&#x2F;");
  }
}

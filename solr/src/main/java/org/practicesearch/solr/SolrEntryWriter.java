package org.practicesearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.practicesearch.model.Entry;
import org.practicesearch.schema.Schema;
import org.practicesearch.search.EntryWriter;

/**
 * Writes entries into a SolrCloud collection in batches: an entry replaces the document with its id (Solr's
 * unique key), deletes go by id, and {@link #commit(Map)} makes everything visible at once. Unlike the
 * embedded index, batches sent before a failure are not rolled back: they stay in the collection's
 * transaction log and become visible at its next commit (run the same {@code index} again to finish).
 * Not thread-safe.
 */
public final class SolrEntryWriter implements EntryWriter {
  /** Documents per update request. */
  static final int BATCH = 500;
  private static final int PAGE = 1000;

  private final SolrCollection collection;
  private final SolrClient client;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final List<String> deletes = new ArrayList<>();

  private SolrEntryWriter(SolrCollection collection, SolrClient client) {
    this.collection = collection;
    this.client = client;
  }

  /**
   * Opens a writer, checking the collection as {@link SolrBackend#open} does.
   *
   * @param collection the collection
   * @return the writer
   * @throws IOException for an unreachable cluster, a missing collection or another configset version
   */
  public static SolrEntryWriter open(SolrCollection collection) throws IOException {
    return new SolrEntryWriter(collection, collection.checkedClient());
  }

  @Override
  public void add(Entry entry) throws IOException {
    pending.add(SolrDocuments.toSolr(entry));
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  @Override
  public void delete(String id) throws IOException {
    flush();
    deletes.add(id);
    if (deletes.size() >= BATCH) {
      flush();
    }
  }

  /**
   * Deletes every entry of the collection (at the next commit).
   *
   * @throws IOException if the request fails
   */
  public void deleteAll() throws IOException {
    pending.clear();
    deletes.clear();
    call(() -> client.deleteByQuery("*:*"));
  }

  @Override
  public Map<String, Known> existing() throws IOException {
    flush();
    Map<String, Known> out = new HashMap<>();
    SolrQuery q = new SolrQuery("*:*").setRows(PAGE).setSort(Schema.ID, SolrQuery.ORDER.asc)
        .setFields(Schema.ID, SolrFields.FINGERPRINT, SolrFields.SOURCE_FILE);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = call(() -> client.query(q));
      for (SolrDocument d : rsp.getResults()) {
        out.put(d.getFirstValue(Schema.ID).toString(), new Known(value(d, SolrFields.FINGERPRINT),
            value(d, SolrFields.SOURCE_FILE)));
      }
      if (cursor.equals(rsp.getNextCursorMark())) {
        return out;
      }
      cursor = rsp.getNextCursorMark();
    }
  }

  private static String value(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? "" : v.toString();
  }

  /**
   * What the collection holds of one entry.
   *
   * @param fingerprint the content hash
   * @param file the file the entry came from
   */
  public record Known(String fingerprint, String file) implements EntryWriter.Known {}

  /** Sends what is pending, then reads the entries by id in real time (uncommitted ones included). */
  @Override
  public Map<String, Entry> entries(java.util.Collection<String> ids) throws IOException {
    flush();
    Map<String, Entry> out = new java.util.LinkedHashMap<>();
    if (!ids.isEmpty()) {
      for (var doc : call(() -> client.getById(ids))) {
        Entry e = SolrDocuments.fromSolr(doc);
        out.put(e.id(), e);
      }
    }
    return out;
  }

  /** Sends what is pending, then commits and waits for the new searcher: the run's changes appear at once. */
  @Override
  public void commit(Map<String, String> userData) throws IOException {
    flush();
    call(() -> client.commit(true, true));
  }

  private void flush() throws IOException {
    if (!pending.isEmpty()) {
      List<SolrInputDocument> batch = new ArrayList<>(pending);
      pending.clear();
      call(() -> client.add(batch));
    }
    if (!deletes.isEmpty()) {
      List<String> batch = new ArrayList<>(deletes);
      deletes.clear();
      call(() -> client.deleteById(batch));
    }
  }

  /** Drops what was not sent, and the connection. */
  @Override
  public void close() throws IOException {
    pending.clear();
    deletes.clear();
    client.close();
  }

  private <T> T call(SolrCall<T> c) throws IOException {
    try {
      return c.run();
    } catch (SolrServerException | SolrException | IOException e) {
      throw collection.failure(e);
    }
  }

  @FunctionalInterface
  private interface SolrCall<T> {
    T run() throws SolrServerException, IOException;
  }
}

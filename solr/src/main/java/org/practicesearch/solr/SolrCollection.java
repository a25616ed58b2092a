package org.practicesearch.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpConnectTimeoutException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.practicesearch.search.IncompatibleIndexException;

/**
 * A SolrCloud collection named by URL, {@code http://host:8983/solr/COLLECTION}: the client that talks to it
 * (the JDK's HTTP client; any node of the cluster routes requests to the shards), and the checks made when
 * it is opened, with one clear message each for an unreachable cluster, a missing collection and a
 * collection made from another configset version.
 *
 * @param baseUrl the Solr URL without the collection, e.g. {@code http://host:8983/solr}
 * @param name the collection name
 */
public record SolrCollection(String baseUrl, String name) {
  private static final long CONNECT_TIMEOUT_S = 10;
  private static final long REQUEST_TIMEOUT_S = 120;

  /**
   * Parses {@code http://host:8983/solr/COLLECTION}.
   *
   * @param url the collection URL
   * @return the collection
   * @throws IllegalArgumentException naming the bad value and the expected form
   */
  public static SolrCollection parse(String url) {
    String u = url == null ? "" : url.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      uri = null;
    }
    String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
    if (uri == null || uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
        || path.split("/").length < 3 || uri.getQuery() != null) {
      throw new IllegalArgumentException("bad Solr collection URL '" + url
          + "'; expected http://HOST:PORT/solr/COLLECTION");
    }
    int slash = u.lastIndexOf('/');
    return new SolrCollection(u.substring(0, slash), u.substring(slash + 1));
  }

  /** The collection URL, as given to {@link #parse}. */
  @Override
  public String toString() {
    return baseUrl + "/" + name;
  }

  /** A new client for this collection; close it when done. */
  SolrClient client() {
    // HTTP/1.1: with HTTP/2 the JDK client first sends a HEAD probe, which Solr logs as an error
    return new HttpJdkSolrClient.Builder(baseUrl).withDefaultCollection(name).useHttp1_1(true)
        .withConnectionTimeout(CONNECT_TIMEOUT_S, TimeUnit.SECONDS)
        .withRequestTimeout(REQUEST_TIMEOUT_S, TimeUnit.SECONDS).build();
  }

  /**
   * A new client for this collection once it is {@linkplain #check checked}; closed again when the check fails.
   *
   * @throws IncompatibleIndexException for a missing collection or another configset version
   * @throws IOException when the cluster cannot be reached
   */
  SolrClient checkedClient() throws IOException {
    SolrClient client = client();
    try {
      check(client);
      return client;
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * Checks that the collection exists and was made from this version's configset.
   *
   * @param client a client of this collection
   * @throws IncompatibleIndexException for a missing collection or another configset version
   * @throws IOException when the cluster cannot be reached
   */
  private void check(SolrClient client) throws IOException {
    String schema;
    try {
      schema = new SchemaRequest.SchemaName().process(client).getSchemaName();
    } catch (SolrException e) {
      if (e.code() == 404) {
        throw new IncompatibleIndexException("no collection '" + name + "' at " + baseUrl
            + ": create it from the configset of 'practice-search solr configset DIR' (docs/SCALING.md)");
      }
      throw failure(e);
    } catch (SolrServerException | IOException e) {
      throw failure(e);
    }
    if (!ConfigsetWriter.schemaName().equals(schema)) {
      throw new IncompatibleIndexException("the collection " + this + " has schema '" + schema
          + "' but this version needs '" + ConfigsetWriter.schemaName()
          + "': recreate it from 'practice-search solr configset DIR' and re-index");
    }
  }

  /** The exception to report for a failed request: says which cluster could not be reached, or what it said. */
  IOException failure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
          || t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return new IOException("cannot reach Solr at " + baseUrl + " (" + (t.getMessage() == null
            ? t.getClass().getSimpleName() : t.getMessage()) + "): is the cluster up and the URL right?", e);
      }
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return new IOException("Solr collection " + this + " failed: " + message.lines().findFirst().orElse(message), e);
  }
}

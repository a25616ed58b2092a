package org.practicesearch.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.practicesearch.search.SearchBackend;

/**
 * The HTTP server of {@code serve}: a read-only JSON API over one open {@link SearchBackend} (the embedded index or a SolrCloud collection) and the web page,
 * all from the jar, on embedded Jetty 12. Connections are read by Jetty's selector without a worker thread,
 * so slow or silent clients never hold one; they are closed when they do not send a request head in time or
 * stay idle. At most {@link ServeOptions#maxRequests()} requests run at once, a bounded number wait, the rest
 * are refused at once with 503 and {@code Retry-After}. Each search has a time budget. New commits of the
 * index are picked up while serving.
 */
public final class ApiServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final IndexRefresher refresher;

  /**
   * Starts serving with the default options, errors logged on stderr.
   *
   * @param index the open index (not closed by the server)
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static ApiServer start(SearchBackend index, String host, int port) throws IOException {
    return start(index, ServeOptions.defaults(host, port), new PrintWriter(System.err, true));
  }

  /**
   * Starts serving.
   *
   * @param index the open index (not closed by the server)
   * @param options address, allowed Host names and bounds
   * @param err where internal errors and refresh problems are logged
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static ApiServer start(SearchBackend index, ServeOptions options, PrintWriter err) throws IOException {
    return new ApiServer(index, options, err, routes -> { });
  }

  /** Starts serving with more routes than the standard ones (tests add endpoints that misbehave). */
  static ApiServer start(SearchBackend index, ServeOptions options, PrintWriter err, Consumer<Routes> extra)
      throws IOException {
    return new ApiServer(index, options, err, extra);
  }

  private ApiServer(SearchBackend index, ServeOptions options, PrintWriter err, Consumer<Routes> extra)
      throws IOException {
    Endpoints endpoints = new Endpoints(index, options.searchBudget());
    Routes routes = endpoints.routes();
    extra.accept(routes);
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, 2 * options.maxRequests()), 4);
    threads.setName("serve");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setIdleTimeout(options.idleTimeout().toMillis());
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(options.idleTimeout().toMillis());
    connector.addBean(new HeaderDeadline(server.getScheduler(), options.headerTimeout()));
    server.addConnector(connector);
    NetworkConnectionLimit limit = new NetworkConnectionLimit(options.maxConnections(), connector);
    limit.setEndPointIdleTimeout(1_000); // at the limit, idle connections get a second
    server.addBean(limit);
    QoSHandler qos = new QoSHandler(new ApiHandler(routes, options, err));
    qos.setMaxRequestCount(options.maxRequests());
    qos.setMaxSuspendedRequestCount(options.maxQueued());
    qos.setMaxSuspend(options.maxWait());
    server.setHandler(qos);
    server.setErrorHandler(new JsonErrors(err));
    server.setStopTimeout(0); // stop at once: a search has its own time budget, nothing is worth waiting for
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("cannot start the server on " + options.host() + ":" + options.port() + ": " + e, e);
    }
    refresher = new IndexRefresher(index, options.refreshInterval(), endpoints::reload, err);
  }

  /** The port actually bound. */
  public int port() {
    return connector.getLocalPort();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception ignored) {
      // already failing: the first failure is the one reported
    }
  }

  /** Stops looking for commits, then stops the server (requests still running are cut). */
  @Override
  public void close() {
    refresher.close();
    try {
      server.stop();
    } catch (Exception e) {
      throw new UncheckedIOException(new IOException("cannot stop the server: " + e, e));
    }
  }
}

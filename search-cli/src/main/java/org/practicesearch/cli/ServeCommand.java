package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.practicesearch.cli.serve.ApiServer;
import org.practicesearch.cli.serve.ServeOptions;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the web page and the JSON API, from the jar, on loopback by default. */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Serves a web page (search box, facets, results, entries) and a read-only JSON API: "
        + "/api/search, /api/entries/{id}, /api/suggest, /api/stats, /health. Binds to loopback unless --host "
        + "says otherwise; answers only Host names that are localhost, an IP address or given by --allowed-host. "
        + "New commits of the index (index, --sync, --replace) are served within a second, without a restart."},
    footer = {"", "Example:", "  practice-search serve --port 8080   # then open http://127.0.0.1:8080/"})
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (0 for any free port).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind; 0.0.0.0 exposes the server to the network.")
  String host = "127.0.0.1";

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A Host name to answer besides localhost and IP addresses (repeatable), e.g. search.example.org.")
  List<String> allowedHosts = List.of();

  @Option(names = "--search-timeout", paramLabel = "MS",
      description = "Time budget of one search in milliseconds; past it the results are partial (\"timed_out\": true).")
  long searchTimeoutMs = ServeOptions.defaults(host, port).searchBudget().toMillis();

  @Option(names = "--max-requests", paramLabel = "N",
      description = "Requests handled at once; up to 256 more wait (5 s at most), beyond that 503 with Retry-After.")
  int maxRequests = ServeOptions.defaults(host, port).maxRequests();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (searchTimeoutMs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--search-timeout " + searchTimeoutMs + " out of range; expected 1 or more");
    }
    if (maxRequests < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-requests " + maxRequests + " out of range; expected 1 or more");
    }
    ServeOptions defaults = ServeOptions.defaults(host, port);
    ServeOptions options = defaults.withAllowedHosts(new LinkedHashSet<>(allowedHosts))
        .withSearchBudget(Duration.ofMillis(searchTimeoutMs))
        .withConcurrency(maxRequests, defaults.maxQueued(), defaults.maxWait());
    if (!solr.given()) {
      SearchCommand.ensureIndex(common.indexDir(), err);
    }
    if (!InetAddress.getByName(host).isLoopbackAddress()) {
      err.println("warning: binding " + host + ", not a loopback address: anyone who can reach this machine can "
          + "search the index" + (allowedHosts.isEmpty() ? "" : "; Host names answered besides localhost and IP "
          + "addresses: " + String.join(", ", options.allowedHosts())));
    }
    try (SearchBackend index = solr.given() ? solr.open() : SearchIndex.open(common.indexDir());
        ApiServer server = ApiServer.start(index, options, err)) {
      err.println("serving " + (solr.given() ? solr.collection() : common.indexDir()) + " on http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
      err.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}

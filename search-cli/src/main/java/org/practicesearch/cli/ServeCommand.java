package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.practicesearch.cli.serve.ApiServer;
import org.practicesearch.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the web page and the JSON API, from the jar, on loopback by default. */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Serves a web page (search box, facets, results, entries) and a read-only JSON API: "
        + "/api/search, /api/entries/{id}, /api/suggest. Binds to loopback unless --host says otherwise."},
    footer = {"", "Example:", "  practice-search serve --port 8080   # then open http://127.0.0.1:8080/"})
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (0 for any free port).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind; 0.0.0.0 exposes the server to the network.")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    SearchCommand.ensureIndex(common.indexDir(), err);
    try (SearchIndex index = SearchIndex.open(common.indexDir()); ApiServer server = ApiServer.start(index, host, port)) {
      err.println("serving " + common.indexDir() + " on http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
      err.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}

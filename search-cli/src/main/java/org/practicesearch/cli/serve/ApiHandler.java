package org.practicesearch.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request of {@code serve}: checks the Host name, method and URL, finds the endpoint in the
 * {@link Routes} and sends its reply with the security headers. A bad parameter is a 400 with its message;
 * an internal error is a 500 whose request id is in the JSON and in the line logged on stderr.
 */
final class ApiHandler extends Handler.Abstract {
  static final int MAX_URL = 4096;

  private final Routes routes;
  private final ServeOptions options;
  private final PrintWriter err;

  ApiHandler(Routes routes, ServeOptions options, PrintWriter err) {
    super(InvocationType.BLOCKING);
    this.routes = routes;
    this.options = options;
    this.err = err;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    send(request, response, callback, answer(request));
    return true;
  }

  private Reply answer(Request request) {
    String method = request.getMethod();
    HttpURI uri = request.getHttpURI();
    try {
      if (uri.getHost() != null && !options.allows(uri.getHost())) {
        return Reply.error(403, "host '" + uri.getHost() + "' not served; start serve with --allowed-host "
            + uri.getHost() + " to answer it");
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        return Reply.error(405, "method " + method + " not allowed; this server is read-only")
            .withHeader("Allow", "GET, HEAD");
      }
      if (uri.getPathQuery().length() > MAX_URL) {
        return Reply.error(414, "URL longer than " + MAX_URL + " characters");
      }
      String path = uri.getDecodedPath();
      Endpoint e = routes.find(path).orElse(null);
      return e == null ? Reply.error(404, "no such page: " + path) : e.handle(path, params(uri.getQuery()));
    } catch (IllegalArgumentException e) {
      return Reply.error(400, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return internalError(err, method + " " + uri.getPathQuery(), e);
    }
  }

  /** A 500 with a fresh request id, logged on stderr with the request and the failure. */
  static Reply internalError(PrintWriter err, String what, Throwable e) {
    String id = String.format(java.util.Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
    StackTraceElement[] at = e.getStackTrace();
    synchronized (err) {
      err.println("error: request " + id + " " + what + ": internal error: " + e
          + (at.length > 0 ? " at " + at[0] : ""));
      err.flush();
    }
    var o = Reply.errorJson(500, "internal error (request " + id + ")");
    o.addProperty("request_id", id);
    return Reply.json(500, o);
  }

  static Map<String, List<String>> params(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** Sends a reply with the security headers (Jetty leaves out the body of a HEAD). */
  static void send(Request request, Response response, Callback callback, Reply reply) {
    response.setStatus(reply.status());
    HttpFields.Mutable h = response.getHeaders();
    SecurityHeaders.apply(h);
    h.put(HttpHeader.CONTENT_TYPE, reply.contentType());
    reply.headers().forEach(h::put);
    h.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}

package org.practicesearch.cli.serve;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.practicesearch.render.Json;

/**
 * The errors Jetty answers itself (a request it cannot parse, too large headers, a request refused because
 * too many run at once) in the same JSON as ours, with the security headers; a 503 says when to retry.
 */
final class JsonErrors extends ErrorHandler {
  /** Seconds a client refused with 503 should wait. */
  static final String RETRY_AFTER = "1";

  private final PrintWriter err;

  JsonErrors(PrintWriter err) {
    this.err = err;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : 500;
    Reply reply;
    if (status == 500 && request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t) {
      reply = ApiHandler.internalError(err, request.getMethod() + " " + request.getHttpURI().getPathQuery(), t);
    } else {
      reply = Reply.error(status, message(status, request.getAttribute(ERROR_MESSAGE)));
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
      reply = reply.withHeader(HttpHeader.RETRY_AFTER.asString(), RETRY_AFTER);
    }
    ApiHandler.send(request, response, callback, reply);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    fields.put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    return ByteBuffer.wrap(Json.compact(Reply.errorJson(status, message(status, reason)))
        .getBytes(StandardCharsets.UTF_8));
  }

  private static String message(int status, Object reason) {
    if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
      return "too many requests at once; retry in " + RETRY_AFTER + " s";
    }
    String text = HttpStatus.getMessage(status);
    return reason == null || reason.toString().isBlank() || reason.toString().equals(text)
        ? text : text + ": " + reason;
  }
}

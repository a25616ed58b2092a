package org.practicesearch.cli.serve;

import org.eclipse.jetty.http.HttpFields;

/** The headers every response carries, errors from Jetty itself included. */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpFields.Mutable h) {
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Content-Security-Policy", CSP);
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    h.put("Cache-Control", "no-store");
  }
}

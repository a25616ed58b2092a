package org.practicesearch.cli;

import org.practicesearch.render.TextRenderer;

/** Chooses how matches are marked: bold on a colour terminal, {@code *word*} otherwise. */
final class Terminal {
  private Terminal() {}

  static TextRenderer renderer() {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    return colour ? new TextRenderer("\u001b[1m", "\u001b[0m") : new TextRenderer("*", "*");
  }
}

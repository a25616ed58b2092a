package org.practicesearch.cli;

import org.practicesearch.render.TextRenderer;

/** Chooses how matches are marked (bold on a colour terminal, {@code *word*} otherwise) and how progress shows. */
final class Terminal {
  private Terminal() {}

  static TextRenderer renderer() {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    return colour ? new TextRenderer("\u001b[1m", "\u001b[0m") : new TextRenderer("*", "*");
  }

  /**
   * Whether progress may be one updating line: the process talks to a terminal (Java cannot ask about
   * stderr alone; a redirected stdout counts as no terminal) that understands cursor moves.
   */
  static boolean stderrIsTerminal() {
    java.io.Console c = System.console();
    if (c == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try { // Console.isTerminal() is Java 22+; on 21 a console exists only on a terminal
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}

package org.practicesearch.cli;

/** Makes text safe to print on a terminal: control and bidirectional-format characters are shown escaped. */
final class Printable {
  private Printable() {}

  /**
   * The text with every control character and every bidirectional control written as
   * {@code \xNN} or {@code \\uNNNN}, so a file name cannot move the cursor, change colours or reorder a line.
   *
   * @param s the text
   * @return the safe text
   */
  static String of(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
          || c == '\u200e' || c == '\u200f';
      if (unsafe && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        if (!unsafe) {
          sb.append(c);
        } else if (c < 0x100) {
          sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
        } else {
          sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}

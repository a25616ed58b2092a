package org.practicesearch.indexer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and repairs only the bytes that are not: each such byte is read as Windows-1252
 * (the usual culprit: one Latin-1 {@code ô} pasted into a UTF-8 page), so one bad byte does not turn the
 * whole page into mojibake.
 */
final class Utf8 {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Utf8() {}

  /**
   * Decoded text and what was repaired.
   *
   * @param text the text
   * @param badBytes how many bytes were not UTF-8 (read as Windows-1252)
   * @param firstBad offset of the first such byte in the input, or -1
   */
  record Decoded(String text, int badBytes, int firstBad) {}

  static Decoded decode(byte[] bytes, int offset, int length) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    int bad = 0;
    int firstBad = -1;
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isUnderflow()) {
        d.flush(out);
        break;
      }
      if (r.isOverflow()) {
        out = CharBuffer.allocate(out.capacity() * 2).put(out.flip());
        continue;
      }
      for (int i = 0; i < r.length(); i++) {
        if (firstBad < 0) {
          firstBad = in.position() - offset;
        }
        byte b = in.get();
        out.put(new String(new byte[] {b}, WINDOWS_1252));
        bad++;
      }
    }
    return new Decoded(out.flip().toString(), bad, firstBad);
  }

  /** The 1-based line of byte {@code offset} in {@code bytes} (counting line feeds before it). */
  static int lineOf(byte[] bytes, int start, int offset) {
    int line = 1;
    for (int i = start; i < start + offset && i < bytes.length; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The warning for a decoded text with bad bytes: where, how many, and what they were read as. */
  static String repairNote(Decoded d) {
    return (d.badBytes() == 1 ? "1 byte that is" : d.badBytes() + " bytes that are")
        + " not UTF-8 read as Windows-1252 (the rest is UTF-8)";
  }
}

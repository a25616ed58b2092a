package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one input file safely: size limits, binary files refused, UTF-8 with or without a BOM, UTF-16 with a
 * BOM, and text that is not UTF-8 read as Windows-1252 with a warning. JSON Lines files are streamed line by
 * line, so a large one is never held as one string.
 */
final class InputFile {
  /** Largest page read whole; larger files must be JSON Lines. */
  static final long MAX_PAGE_BYTES = 16L << 20;
  /** Longest JSON line read; the rest of a longer line is skipped and reported. */
  static final int MAX_LINE_CHARS = 4 << 20;
  private static final int SNIFF = 8192;

  private InputFile() {}

  /** What kind of content a file starts with. */
  enum Kind { EMPTY, BINARY, JSON_LINES, JSON_ARRAY, TEXT }

  static Kind sniff(Path f) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(f)) {
      head = in.readNBytes(SNIFF);
    }
    if (head.length == 0) {
      return Kind.EMPTY;
    }
    if (utf16(head) != null) {
      return Kind.TEXT;
    }
    if (magic(head) != null) {
      return Kind.BINARY;
    }
    int controls = 0;
    for (byte b : head) {
      if (b == 0) {
        return Kind.BINARY;
      }
      controls += (b >= 0 && b < 0x09) || (b > 0x0d && b < 0x20) || b == 0x7f ? 1 : 0;
    }
    if (controls * 10 > head.length) {
      return Kind.BINARY;
    }
    String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (start.startsWith("[") && start.substring(1).stripLeading().startsWith("{")) {
      return Kind.JSON_ARRAY;
    }
    return start.startsWith("{") ? Kind.JSON_LINES : Kind.TEXT;
  }

  /** Reads a page whole, or reports why not (returns null). */
  static String readPage(Path f, List<Problem> problems) throws IOException {
    long size = Files.size(f);
    if (size > MAX_PAGE_BYTES) {
      problems.add(Problem.error(f.toString(), 1, "file of " + (size >> 20) + " MB is too large for a page (limit "
          + (MAX_PAGE_BYTES >> 20) + " MB); split it, or give entries as JSON Lines"));
      return null;
    }
    byte[] bytes = Files.readAllBytes(f);
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      return new String(bytes, 2, bytes.length - 2, utf16);
    }
    Utf8.Decoded d = Utf8.decode(bytes, 0, bytes.length);
    if (d.badBytes() > 0) {
      problems.add(Problem.warning(f.toString(), Utf8.lineOf(bytes, 0, d.firstBad()), Utf8.repairNote(d)));
    }
    return d.text();
  }

  /** What a binary file is, from its first bytes: {@code a PDF}, {@code an image}... or {@code not text}. */
  static String describe(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      String m = magic(in.readNBytes(8));
      return m == null ? "not text" : m;
    }
  }

  /** The name of a known binary format the bytes start with, or null. */
  static String magic(byte[] b) {
    String start = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF-")) {
      return "a PDF";
    }
    if (start.startsWith("\u0089PNG") || start.startsWith("GIF8") || start.startsWith("\u00ff\u00d8\u00ff")) {
      return "an image";
    }
    if (start.startsWith("PK\u0003\u0004")) {
      return "a zip archive (or an Office document)";
    }
    return null;
  }

  private static Charset utf16(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }
}

package org.practicesearch.indexer.parse;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a JSON Lines file one line at a time, never more than one line in memory: each line is decoded on
 * its own (UTF-8, with bytes that are not UTF-8 read as Windows-1252, see {@link Utf8}); a line longer than
 * {@link InputFile#MAX_LINE_CHARS} bytes is skipped and marked. Not thread-safe.
 */
final class LineReader implements Closeable {
  private final InputStream in;
  private byte[] buf = new byte[8192];
  private long bytesRead;
  private boolean first = true;

  LineReader(Path f) throws IOException {
    in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
  }

  /**
   * One line of the file.
   *
   * @param text the line without its line end (empty when too long)
   * @param tooLong true when the line was longer than the limit and skipped
   * @param badBytes bytes of the line that were not UTF-8
   */
  record Line(String text, boolean tooLong, int badBytes) {}

  /** The next line, or null at the end of the file. */
  Line next() throws IOException {
    int n = 0;
    boolean tooLong = false;
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      bytesRead++;
      if (c == '\n') {
        break;
      }
      if (n >= InputFile.MAX_LINE_CHARS) {
        tooLong = true;
        continue;
      }
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(buf.length * 2, InputFile.MAX_LINE_CHARS));
      }
      buf[n++] = (byte) c;
    }
    if (!any) {
      return null;
    }
    if (tooLong) {
      shrink();
      return new Line("", true, 0);
    }
    int start = 0;
    if (first && n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
      start = 3;
    }
    first = false;
    int end = n > start && buf[n - 1] == '\r' ? n - 1 : n;
    Utf8.Decoded d = Utf8.decode(buf, start, end - start);
    shrink();
    return new Line(d.text(), false, d.badBytes());
  }

  /** Bytes read so far (for progress). */
  long bytesRead() {
    return bytesRead;
  }

  private void shrink() {
    if (buf.length > 1 << 20) {
      buf = new byte[8192];
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

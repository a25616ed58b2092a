package org.practicesearch.indexer.parse;

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
  private final byte[] block = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] buf = new byte[8192];
  private long bytesRead;
  private boolean first = true;

  LineReader(Path f) throws IOException {
    in = Files.newInputStream(f);
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
    boolean any = false;
    boolean end = false;
    while (!end) {
      if (pos == limit && !fill()) {
        break;
      }
      any = true;
      int start = pos;
      while (pos < limit && block[pos] != '\n') {
        pos++;
      }
      int len = pos - start;
      if (pos < limit) { // the line feed
        pos++;
        end = true;
      }
      bytesRead += pos - start;
      if (tooLong || n + len > InputFile.MAX_LINE_CHARS) {
        tooLong = true;
        continue;
      }
      if (n + len > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(n + len, Math.min(buf.length * 2, InputFile.MAX_LINE_CHARS)));
      }
      System.arraycopy(block, start, buf, n, len);
      n += len;
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
    int stop = n > start && buf[n - 1] == '\r' ? n - 1 : n;
    Utf8.Decoded d = Utf8.decode(buf, start, stop - start);
    shrink();
    return new Line(d.text(), false, d.badBytes());
  }

  private boolean fill() throws IOException {
    int r = in.read(block);
    if (r <= 0) {
      return false;
    }
    pos = 0;
    limit = r;
    return true;
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

package org.practicesearch.indexer;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A directory whose disk fills up after {@code limit} bytes, as a real one does: "No space left on device". */
final class FullDisk extends FilterDirectory {
  private final long limit;
  private long written;

  FullDisk(Directory in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return wrap(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    return wrap(super.createTempOutput(prefix, suffix, context));
  }

  private IndexOutput wrap(IndexOutput out) {
    return new IndexOutput(out.toString(), out.getName()) {
      @Override
      public void writeByte(byte b) throws IOException {
        count(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        count(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public void close() throws IOException {
        out.close();
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }
    };
  }

  private synchronized void count(long n) throws IOException {
    written += n;
    if (written > limit) {
      throw new IOException("No space left on device");
    }
  }
}

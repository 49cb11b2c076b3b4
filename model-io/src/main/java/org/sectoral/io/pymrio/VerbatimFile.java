package org.sectoral.io.pymrio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A flows file of a folder (or zip) that was read and may be copied byte for byte into a
 * written folder instead of formatting its matrix again: its text reads back to exactly the
 * matrix written (same keys in the same order, labels as written, every number), so copying it
 * keeps the folder self-consistent at the cost of a file copy. Its size and CRC-32C are taken
 * while it is read, and checked while it is copied: a file changed since is not copied (the
 * matrix is formatted instead).
 *
 * @param matrix the matrix read from the file (compared by identity)
 */
record VerbatimFile(Object matrix, SystemSource source, String relative, long bytes, long crc) {
  private static final int BLOCK = 1 << 20;

  /**
   * Copies the file to {@code target}, checking cancellation and reporting progress per MiB.
   *
   * @return false when the file cannot be opened or no longer has the bytes that were read
   *     ({@code target} then holds a part and must be written again)
   */
  boolean copyTo(Path target, FrameText.Watch watch) throws IOException {
    Optional<InputStream> opened;
    try {
      opened = source.open(relative);
    } catch (IOException e) {
      return false;
    }
    if (opened.isEmpty()) {
      return false;
    }
    CRC32C c = new CRC32C();
    long done = 0;
    try (InputStream in = opened.get(); OutputStream out = Files.newOutputStream(target)) {
      byte[] b = new byte[BLOCK];
      int total = (int) Math.max(1, bytes / BLOCK);
      int r;
      while ((r = in.read(b)) > 0) {
        watch.check((int) Math.min(total, done / BLOCK), total);
        c.update(b, 0, r);
        out.write(b, 0, r);
        done += r;
        if (done > bytes) {
          return false;
        }
      }
      watch.check(total, total);
    } catch (IOException e) {
      if (e instanceof java.io.InterruptedIOException
          || e instanceof java.nio.channels.ClosedByInterruptException
          || Thread.currentThread().isInterrupted()) {
        throw e; // stopped, not failed
      }
      return false; // e.g. the source went away: formatted instead
    }
    return done == bytes && c.getValue() == crc;
  }

  /** An input stream counting the bytes read and their CRC-32C (to make a VerbatimFile). */
  static final class Digest extends FilterInputStream {
    private final CRC32C crc = new CRC32C();
    private long count;
    private boolean startsWithBom;

    Digest(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        if (count == 0 && b == 0xEF) {
          startsWithBom = true;
        }
        crc.update(b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int r = super.read(b, off, len);
      if (r > 0) {
        if (count == 0 && (b[off] & 0xFF) == 0xEF) {
          startsWithBom = true;
        }
        crc.update(b, off, r);
        count += r;
      }
      return r;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] b = new byte[(int) Math.min(n, 8192)];
      long skipped = 0;
      while (skipped < n) {
        int r = read(b, 0, (int) Math.min(b.length, n - skipped));
        if (r <= 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** The file as read so far, for {@code matrix}, or null when it starts with a BOM. */
    VerbatimFile of(Object matrix, SystemSource source, String relative) {
      return startsWithBom ? null : new VerbatimFile(matrix, source, relative, count,
          crc.getValue());
    }
  }
}

package io.crosscheck.internal.spill;

import static com.google.common.base.Preconditions.checkElementIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Byte records in a temporary file, written once in order and read back by index: what a run too
 * large for the heap keeps on disk. Deleted on {@link #close}. Appends come from one thread; reads
 * are safe from any number of threads.
 */
final class SpillFile implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private long[] offsets = new long[1024];
  private int count;
  private long end;

  private SpillFile(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** A new, empty file in the default temporary folder, its name starting with {@code prefix}. */
  static SpillFile create(String prefix) {
    try {
      // No deleteOnExit: its list lives as long as the JVM, and a library runs many checks; close() deletes.
      Path file = Files.createTempFile(prefix, ".bin");
      return new SpillFile(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spill file in " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** Writes one record after the others; its index is the number written before it. */
  synchronized int append(byte[] record) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(record);
      while (buffer.hasRemaining()) {
        channel.write(buffer, end + buffer.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the spill file " + file + " (is the temporary folder full?)", e);
    }
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[count] = end;
    end += record.length;
    offsets[count + 1] = end;
    return count++;
  }

  /** How many records were written. */
  synchronized int size() {
    return count;
  }

  /** The record written at {@code index}. */
  byte[] read(int index) {
    long from;
    long to;
    synchronized (this) {
      checkElementIndex(index, count);
      from = offsets[index];
      to = offsets[index + 1];
    }
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
    try {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, from + buffer.position()) < 0) {
          throw new IOException("spill file ended early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spill file " + file, e);
    }
    return buffer.array();
  }

  @Override
  public void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spill file " + file, e);
    }
  }
}

package io.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crosscheck.internal.Workers;
import io.crosscheck.report.ReportJsonWriter.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the items of the report's top-level sections on worker threads, a chunk of items at a
 * time: each chunk by a generator of its own into memory, the chunks copied to the report's sink
 * in order as they are done. Items are read on the caller's thread, and only a few chunks per
 * thread are in work or waiting at once, so memory stays bounded for a report of any size.
 *
 * <p>A chunk's generator is first brought to where the report's generator stands (inside the
 * report's object and the section's array, after an item unless the chunk opens the section) and
 * what that writes is dropped: the chunk's bytes are then those the report's generator would have
 * written for its items, separators and indentation included.
 */
final class ChunkedSections implements ReportJsonWriter.SectionItems {
  /** Items a chunk holds: a generator for each costs little, and a chunk of attributions is some hundred kilobytes. */
  static final int CHUNK_ITEMS = 256;
  /** Chunks in work or waiting per thread: enough that no thread waits for the copying, few enough to hold. */
  static final int CHUNKS_PER_THREAD = 4;

  private final int threads;
  private final Supplier<ChunkBuffer> buffers;

  /**
   * @param threads how many threads write chunks
   * @param buffers a fresh buffer for each chunk, copying to the report's sink
   */
  ChunkedSections(int threads, Supplier<ChunkBuffer> buffers) {
    this.threads = threads;
    this.buffers = buffers;
  }

  @Override
  public <T> void write(ReportJsonWriter writer, Section<T> section) throws IOException {
    writer.flush(); // the section's opening reaches the sink before its first chunk
    try {
      Workers.inOrder(chunks(section.items().iterator()), threads, CHUNKS_PER_THREAD * threads,
          chunk -> written(section, chunk), (buffer, at) -> copied(buffer));
    } catch (WriteFailure e) {
      throw e.getCause();
    }
  }

  /** A run of consecutive items of a section; {@code first} when it opens the section. */
  private record Chunk<T>(List<T> items, boolean first) {}

  /** The section's items in chunks of {@link #CHUNK_ITEMS}, read as the chunks are asked for. */
  private static <T> Iterator<Chunk<T>> chunks(Iterator<T> items) {
    return new Iterator<>() {
      private boolean first = true;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Chunk<T> next() {
        List<T> chunk = new ArrayList<>(CHUNK_ITEMS);
        while (chunk.size() < CHUNK_ITEMS && items.hasNext()) {
          chunk.add(items.next());
        }
        Chunk<T> c = new Chunk<>(chunk, first);
        first = false;
        return c;
      }
    };
  }

  /** The chunk's items written into a buffer of their own, as the report's generator would write them. */
  private <T> ChunkBuffer written(Section<T> section, Chunk<T> chunk) {
    ChunkBuffer buffer = buffers.get();
    try (JsonGenerator gen = buffer.generator()) {
      gen.writeStartObject();
      gen.writeArrayFieldStart(section.name());
      if (!chunk.first()) {
        gen.writeNull(); // stands for the items before the chunk: its first item follows a separator
      }
      gen.flush();
      buffer.reset();
      ReportJsonWriter writer = new ReportJsonWriter(gen);
      for (T item : chunk.items()) {
        section.item().write(writer, item);
      }
      gen.flush();
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
    return buffer;
  }

  private static void copied(ChunkBuffer buffer) {
    try {
      buffer.copyToSink();
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  /** A chunk's writing or copying failed: carried out of the workers, thrown again as it was. */
  private static final class WriteFailure extends RuntimeException {
    WriteFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Memory one chunk is written into by a generator of its own, then copied from to the report's sink. */
  interface ChunkBuffer {
    /**
     * A generator over this buffer, set up as the report's generator is; closing it leaves what is
     * open unclosed.
     */
    JsonGenerator generator() throws IOException;

    /** Forgets what was written so far. */
    void reset();

    /** Copies what was written since the last reset to the report's sink. */
    void copyToSink() throws IOException;
  }
}

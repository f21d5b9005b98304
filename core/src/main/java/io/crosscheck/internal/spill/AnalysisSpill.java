package io.crosscheck.internal.spill;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Analysed articles kept in a temporary file instead of the heap, so a run can check an archive
 * larger than its memory: each article's text, attributions and figures are written once, in
 * article order, and read back by index as often as a later stage needs them. The file is deleted
 * on {@link #close}. Appends come from one thread; loads are safe from any number of threads.
 */
public final class AnalysisSpill implements AutoCloseable {
  /** One spilled article: what the analysis found, without the segmentation (cheap to redo). */
  public record Stored(Article article, List<Attribution> attributions, List<Figure> figures) {
    public Stored {
      checkNotNull(article, "article");
      attributions = List.copyOf(attributions);
      figures = List.copyOf(figures);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private long[] offsets = new long[1024];
  private int count;
  private long end;

  private AnalysisSpill(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** A new, empty spill in the default temporary folder. */
  public static AnalysisSpill create() {
    try {
      Path file = Files.createTempFile("crosscheck-spill-", ".bin");
      file.toFile().deleteOnExit();
      return new AnalysisSpill(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spill file in " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** The byte form of one article; pure, so workers encode in parallel and {@link #append} only writes. */
  public static byte[] encode(Stored stored) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    RecordCodec.article(w, stored.article());
    w.writeInt(stored.attributions().size());
    stored.attributions().forEach(a -> RecordCodec.attribution(w, a));
    w.writeInt(stored.figures().size());
    stored.figures().forEach(f -> RecordCodec.figure(w, f));
    return w.bytes();
  }

  static Stored decode(byte[] bytes) {
    RecordCodec.Reader r = new RecordCodec.Reader(bytes);
    Article article = RecordCodec.article(r);
    int n = r.readInt();
    List<Attribution> attributions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      attributions.add(RecordCodec.attribution(r));
    }
    n = r.readInt();
    List<Figure> figures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      figures.add(RecordCodec.figure(r));
    }
    return new Stored(article, attributions, figures);
  }

  /** Writes one encoded article after the others; its index is the number written before it. */
  public synchronized int append(byte[] encoded) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(encoded);
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
    end += encoded.length;
    offsets[count + 1] = end;
    return count++;
  }

  /** How many articles were written. */
  public synchronized int size() {
    return count;
  }

  /** The article written at {@code index}. */
  public Stored load(int index) {
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
    return decode(buffer.array());
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

package io.crosscheck.internal.spill;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import java.util.ArrayList;
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

  private final SpillFile file;

  private AnalysisSpill(SpillFile file) {
    this.file = file;
  }

  /** A new, empty spill in the default temporary folder. */
  public static AnalysisSpill create() {
    return new AnalysisSpill(SpillFile.create("crosscheck-spill-"));
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
  public int append(byte[] encoded) {
    return file.append(encoded);
  }

  /** How many articles were written. */
  public int size() {
    return file.size();
  }

  /** The article written at {@code index}. */
  public Stored load(int index) {
    return decode(file.read(index));
  }

  @Override
  public void close() {
    file.close();
  }
}

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

  /**
   * The byte form of one article; pure, so workers encode in parallel and {@link #append} only
   * writes. Two ints open it, where the attributions and the figures start, so a report section
   * reads its own part without decoding the body before it.
   */
  public static byte[] encode(Stored stored) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    w.writeInt(0);
    w.writeInt(0);
    RecordCodec.article(w, stored.article());
    w.patchInt(ATTRIBUTIONS_AT, w.size());
    w.writeInt(stored.attributions().size());
    stored.attributions().forEach(a -> RecordCodec.attribution(w, a));
    w.patchInt(FIGURES_AT, w.size());
    w.writeInt(stored.figures().size());
    stored.figures().forEach(f -> RecordCodec.figure(w, f));
    return w.bytes();
  }

  /** Where the int giving the attributions' start lies; the figures' follows it, then the article. */
  private static final int ATTRIBUTIONS_AT = 0;
  private static final int FIGURES_AT = 4;
  private static final int ARTICLE_AT = 8;

  static Stored decode(byte[] bytes) {
    RecordCodec.Reader r = new RecordCodec.Reader(bytes);
    r.seek(ARTICLE_AT);
    Article article = RecordCodec.article(r);
    return new Stored(article, attributions(r), figures(r));
  }

  private static List<Attribution> attributions(RecordCodec.Reader r) {
    int n = r.readInt();
    List<Attribution> attributions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      attributions.add(RecordCodec.attribution(r));
    }
    return attributions;
  }

  private static List<Figure> figures(RecordCodec.Reader r) {
    int n = r.readInt();
    List<Figure> figures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      figures.add(RecordCodec.figure(r));
    }
    return figures;
  }

  /** A reader of {@code bytes} at the part whose start the int at {@code pointer} gives. */
  private static RecordCodec.Reader at(byte[] bytes, int pointer) {
    RecordCodec.Reader r = new RecordCodec.Reader(bytes);
    r.seek(pointer);
    r.seek(r.readInt());
    return r;
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

  /** The article written at {@code index}, without its attributions and figures. */
  public Article article(int index) {
    RecordCodec.Reader r = new RecordCodec.Reader(file.read(index));
    r.seek(ARTICLE_AT);
    return RecordCodec.article(r);
  }

  /** The attributions of the article written at {@code index}, {@link #load}'s without the rest. */
  public List<Attribution> attributions(int index) {
    return List.copyOf(attributions(at(file.read(index), ATTRIBUTIONS_AT)));
  }

  /** The figures of the article written at {@code index}, {@link #load}'s without the rest. */
  public List<Figure> figures(int index) {
    return List.copyOf(figures(at(file.read(index), FIGURES_AT)));
  }

  @Override
  public void close() {
    file.close();
  }
}

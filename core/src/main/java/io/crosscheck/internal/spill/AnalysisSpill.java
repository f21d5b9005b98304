package io.crosscheck.internal.spill;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysed articles kept in a temporary file instead of the heap, so a run can check an archive
 * larger than its memory: each article's text, attributions and figures are written once, in
 * article order, and read back by index as often as a later stage needs them. The file is deleted
 * on {@link #close}. Appends come from one thread; loads are safe from any number of threads.
 */
public final class AnalysisSpill implements AutoCloseable {
  /** One spilled article: what the analysis found; {@link #analysed} gives it with its segmentation too. */
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
  public static byte[] encode(AnalysedArticle analysed) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    w.writeInt(0);
    w.writeInt(0);
    w.writeInt(0);
    RecordCodec.article(w, analysed.article());
    w.patchInt(ATTRIBUTIONS_AT, w.size());
    w.writeInt(analysed.attributions().size());
    analysed.attributions().forEach(a -> RecordCodec.attribution(w, a));
    w.patchInt(FIGURES_AT, w.size());
    w.writeInt(analysed.figures().size());
    analysed.figures().forEach(f -> RecordCodec.figure(w, f));
    w.patchInt(SEGMENTS_AT, w.size());
    segments(w, analysed.text());
    return w.bytes();
  }

  /**
   * Where the int giving the attributions' start lies; the figures' and the segments' follow it,
   * then the article.
   */
  private static final int ATTRIBUTIONS_AT = 0;
  private static final int FIGURES_AT = 4;
  private static final int SEGMENTS_AT = 8;
  private static final int ARTICLE_AT = 12;

  /** The paragraphs', sentences' and quotations' offsets: the texts are cut from the body again on load. */
  private static void segments(RecordCodec.Writer w, SegmentedText text) {
    w.writeInt(text.paragraphs().size());
    for (Paragraph p : text.paragraphs()) {
      w.writeInt(p.index());
      w.writeInt(p.span().start());
      w.writeInt(p.span().end());
    }
    w.writeInt(text.sentences().size());
    for (Sentence s : text.sentences()) {
      w.writeInt(s.index());
      w.writeInt(s.paragraph());
      w.writeInt(s.start());
      w.writeInt(s.end());
    }
    w.writeInt(text.quotations().size());
    for (Quotation q : text.quotations()) {
      w.writeInt(q.outer().start());
      w.writeInt(q.outer().end());
      w.writeInt(q.inner().start());
      w.writeInt(q.inner().end());
      w.writeBoolean(q.closed());
    }
  }

  private static SegmentedText segments(RecordCodec.Reader r, Article article) {
    String body = article.body();
    int n = r.readInt();
    List<Paragraph> paragraphs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      paragraphs.add(new Paragraph(r.readInt(), Span.of(r.readInt(), r.readInt())));
    }
    n = r.readInt();
    List<Sentence> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int index = r.readInt();
      int paragraph = r.readInt();
      Span span = Span.of(r.readInt(), r.readInt());
      sentences.add(new Sentence(index, paragraph, span, span.in(body)));
    }
    n = r.readInt();
    List<Quotation> quotations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Span outer = Span.of(r.readInt(), r.readInt());
      Span inner = Span.of(r.readInt(), r.readInt());
      quotations.add(new Quotation(outer, inner, r.readBoolean()));
    }
    return new SegmentedText(article, paragraphs, sentences, quotations);
  }

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

  /** The article written at {@code index} as it was analysed, segmented as it was then: no text is split again. */
  public AnalysedArticle analysed(int index) {
    byte[] bytes = file.read(index);
    Stored s = decode(bytes);
    return new AnalysedArticle(segments(at(bytes, SEGMENTS_AT), s.article()), s.attributions(), s.figures());
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

package io.crosscheck.internal.spill;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Measure;
import io.crosscheck.model.Polarity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Each article's claims kept in a temporary file, read once and loaded again by later steps
 * instead of read again. A claim's attribution and figures are written as their places in the
 * article they came from, so loading needs that article (as linked when the claims were read).
 */
public final class ClaimSpill implements AutoCloseable {
  /** A place that is no position in the article's list: the whole record follows. */
  private static final int INLINE = -1;

  private final SpillFile file = SpillFile.create("crosscheck-claims-");

  /** The byte form of one article's claims; pure, so workers encode in parallel. */
  public static byte[] encode(List<Claim> claims, AnalysedArticle article) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    Places<Attribution> attributions = new Places<>(article.attributions(), Attribution::id);
    Places<Figure> figures = new Places<>(article.figures(), Figure::id);
    w.writeInt(claims.size());
    for (Claim c : claims) {
      w.writeString(c.id());
      w.writeString(c.article());
      w.writeSpan(c.span());
      w.writeBoolean(c.attribution().isPresent());
      if (c.attribution().isPresent()) {
        Attribution a = c.attribution().get();
        int at = attributions.of(a);
        w.writeInt(at);
        if (at == INLINE) {
          RecordCodec.attribution(w, a);
        }
      }
      w.writeInt(c.figures().size());
      for (Figure f : c.figures()) {
        int at = figures.of(f);
        w.writeInt(at);
        if (at == INLINE) {
          RecordCodec.figure(w, f);
        }
      }
      w.writeString(c.party());
      w.writeOptional(c.event());
      Set<String> topics = new TreeSet<>(c.topics());
      w.writeInt(topics.size());
      topics.forEach(w::writeString);
      w.writeByte(c.polarity().ordinal());
      w.writeBoolean(c.measure().isPresent());
      c.measure().ifPresent(m -> {
        w.writeString(m.figure());
        w.writeString(m.thing());
        w.writeDate(m.moment());
        w.writeBoolean(m.revision());
      });
    }
    return w.bytes();
  }

  /**
   * Where an item lies in one article's list, exactly as {@link List#indexOf} gives it: claims hold
   * the article's own objects, so an identity lookup finds them without comparing whole records
   * (indexOf per claim made encoding quadratic in the article's figures). Equal items share an id,
   * so an item found by identity that is also the first with its id is the first equal one; any
   * other falls back to indexOf.
   */
  private static final class Places<T> {
    private final List<T> items;
    private final Function<T, String> id;
    private final Map<T, Integer> byIdentity = new IdentityHashMap<>();
    private final Map<String, Integer> firstWithId = new HashMap<>();

    Places(List<T> items, Function<T, String> id) {
      this.items = items;
      this.id = id;
      for (int i = 0; i < items.size(); i++) {
        byIdentity.putIfAbsent(items.get(i), i);
        firstWithId.putIfAbsent(id.apply(items.get(i)), i);
      }
    }

    int of(T item) {
      Integer at = byIdentity.get(item);
      return at != null && at.equals(firstWithId.get(id.apply(item))) ? at : items.indexOf(item);
    }
  }

  /** The claims {@link #encode} wrote for {@code article}. */
  public static List<Claim> decode(byte[] bytes, AnalysedArticle article) {
    RecordCodec.Reader r = new RecordCodec.Reader(bytes);
    int n = r.readInt();
    List<Claim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = r.readString();
      String articleId = r.readString();
      Span span = r.readSpan();
      Optional<Attribution> attribution = Optional.empty();
      if (r.readBoolean()) {
        int at = r.readInt();
        attribution = Optional.of(at == INLINE ? RecordCodec.attribution(r) : article.attributions().get(at));
      }
      int figureCount = r.readInt();
      List<Figure> figures = new ArrayList<>(figureCount);
      for (int k = 0; k < figureCount; k++) {
        int at = r.readInt();
        figures.add(at == INLINE ? RecordCodec.figure(r) : article.figures().get(at));
      }
      String party = r.readString();
      Optional<String> event = r.readOptional();
      int topicCount = r.readInt();
      Set<String> topics = new TreeSet<>();
      for (int k = 0; k < topicCount; k++) {
        topics.add(r.readString());
      }
      Polarity polarity = Polarity.values()[r.readByte()];
      Optional<Measure> measure = r.readBoolean()
          ? Optional.of(new Measure(r.readString(), r.readString(), r.readDate(), r.readBoolean()))
          : Optional.empty();
      out.add(new Claim(id, articleId, span, attribution, figures, party, event, topics, polarity, measure));
    }
    return out;
  }

  /** Writes one article's encoded claims after the others; its index is the number written before it. */
  public int append(byte[] encoded) {
    return file.append(encoded);
  }

  /** The claims written at {@code index}, for the article they were read from. */
  public List<Claim> load(int index, AnalysedArticle article) {
    return decode(file.read(index), article);
  }

  @Override
  public void close() {
    file.close();
  }
}

package io.crosscheck.internal.spill;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkPositionIndex;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The byte form of an article and what was found in it, for a spill file: strings in modified
 * UTF-8 (every char sequence survives, lone surrogates included), enums by ordinal, dates by epoch
 * day. Only this build reads what it wrote: the form is a temporary file's, never an exchange format.
 */
final class RecordCodec {
  private RecordCodec() {}

  /** Appends values to a growing byte array. */
  static final class Writer {
    private byte[] buf = new byte[4096];
    private int size;

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }

    /** How many bytes are written: where the next value will start. */
    int size() {
      return size;
    }

    /** Overwrites the int written at {@code position}: a place filled in once what follows is written. */
    void patchInt(int position, int v) {
      checkElementIndex(position + 3, size);
      buf[position] = (byte) (v >>> 24);
      buf[position + 1] = (byte) (v >>> 16);
      buf[position + 2] = (byte) (v >>> 8);
      buf[position + 3] = (byte) v;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    void writeByte(int v) {
      ensure(1);
      buf[size++] = (byte) v;
    }

    void writeInt(int v) {
      ensure(4);
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    void writeLong(long v) {
      writeInt((int) (v >>> 32));
      writeInt((int) v);
    }

    void writeDouble(double v) {
      writeLong(Double.doubleToRawLongBits(v));
    }

    void writeBoolean(boolean v) {
      writeByte(v ? 1 : 0);
    }

    void writeString(String s) {
      int n = s.length();
      writeInt(n);
      ensure(3 * n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 1 && c <= 0x7F) {
          buf[size++] = (byte) c;
        } else if (c <= 0x7FF) {
          buf[size++] = (byte) (0xC0 | (c >> 6));
          buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else {
          buf[size++] = (byte) (0xE0 | (c >> 12));
          buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
      }
    }

    void writeOptional(Optional<String> v) {
      writeBoolean(v.isPresent());
      v.ifPresent(this::writeString);
    }

    void writeDate(Optional<LocalDate> v) {
      writeBoolean(v.isPresent());
      v.ifPresent(d -> writeLong(d.toEpochDay()));
    }

    void writeSpan(Span s) {
      writeInt(s.start());
      writeInt(s.end());
    }
  }

  /** Reads values back in the order they were written. */
  static final class Reader {
    private final byte[] buf;
    private int at;

    Reader(byte[] buf) {
      this.buf = buf;
    }

    /** Goes on reading at {@code position}, skipping what lies before it. */
    void seek(int position) {
      checkPositionIndex(position, buf.length);
      at = position;
    }

    int readByte() {
      return buf[at++] & 0xFF;
    }

    int readInt() {
      int v = (buf[at] & 0xFF) << 24 | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8 | (buf[at + 3] & 0xFF);
      at += 4;
      return v;
    }

    long readLong() {
      return (long) readInt() << 32 | (readInt() & 0xFFFFFFFFL);
    }

    double readDouble() {
      return Double.longBitsToDouble(readLong());
    }

    boolean readBoolean() {
      return readByte() != 0;
    }

    String readString() {
      int n = readInt();
      // Most strings (ids, names, numbers) are ASCII: one byte per char, copied without a char array.
      int ascii = 0;
      while (ascii < n && at + ascii < buf.length && buf[at + ascii] > 0) {
        ascii++;
      }
      if (ascii == n) {
        String s = new String(buf, at, n, StandardCharsets.ISO_8859_1);
        at += n;
        return s;
      }
      // Without a zero char or a surrogate half, the bytes are standard UTF-8: the JDK's decoder
      // reads them in one pass, with no char array to copy and compress afterwards.
      int start = at;
      int end = at + ascii;
      boolean standard = true;
      for (int i = ascii; i < n; i++) {
        int b = buf[end] & 0xFF;
        if (b < 0x80) {
          end++;
        } else if (b < 0xE0) {
          standard &= b != 0xC0;
          end += 2;
        } else {
          standard &= b != 0xED || (buf[end + 1] & 0xFF) < 0xA0;
          end += 3;
        }
      }
      if (standard) {
        at = end;
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
      }
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        int b = buf[at++] & 0xFF;
        if (b < 0x80) {
          chars[i] = (char) b;
        } else if (b < 0xE0) {
          chars[i] = (char) ((b & 0x1F) << 6 | (buf[at++] & 0x3F));
        } else {
          chars[i] = (char) ((b & 0x0F) << 12 | (buf[at++] & 0x3F) << 6 | (buf[at++] & 0x3F));
        }
      }
      return new String(chars);
    }

    Optional<String> readOptional() {
      return readBoolean() ? Optional.of(readString()) : Optional.empty();
    }

    Optional<LocalDate> readDate() {
      return readBoolean() ? Optional.of(LocalDate.ofEpochDay(readLong())) : Optional.empty();
    }

    Span readSpan() {
      int start = readInt();
      return Span.of(start, readInt());
    }
  }

  static void article(Writer w, Article a) {
    w.writeString(a.id());
    w.writeOptional(a.outlet());
    w.writeDate(a.published());
    w.writeOptional(a.title());
    w.writeInt(a.metadata().size());
    for (Map.Entry<String, String> e : a.metadata().entrySet()) {
      w.writeString(e.getKey());
      w.writeString(e.getValue());
    }
    w.writeString(a.body());
    w.writeString(a.file());
  }

  static Article article(Reader r) {
    String id = r.readString();
    Optional<String> outlet = r.readOptional();
    Optional<LocalDate> published = r.readDate();
    Optional<String> title = r.readOptional();
    int n = r.readInt();
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      metadata.put(r.readString(), r.readString());
    }
    return new Article(id, outlet, published, title, metadata, r.readString(), r.readString());
  }

  static void attribution(Writer w, Attribution a) {
    w.writeString(a.id());
    w.writeString(a.article());
    Source s = a.source();
    w.writeString(s.name());
    w.writeByte(s.kind().ordinal());
    w.writeOptional(s.role());
    w.writeOptional(s.affiliation());
    w.writeBoolean(s.senior());
    w.writeOptional(s.entity());
    w.writeString(a.sourceText());
    w.writeBoolean(a.sourceSpan().isPresent());
    a.sourceSpan().ifPresent(w::writeSpan);
    w.writeString(a.cue());
    w.writeByte(a.stance().ordinal());
    w.writeByte(a.mode().ordinal());
    w.writeString(a.content());
    w.writeSpan(a.span());
    w.writeInt(a.parts().size());
    a.parts().forEach(w::writeSpan);
  }

  static Attribution attribution(Reader r) {
    String id = r.readString();
    String article = r.readString();
    Source source = new Source(r.readString(), SourceKind.values()[r.readByte()], r.readOptional(), r.readOptional(),
        r.readBoolean(), r.readOptional());
    String sourceText = r.readString();
    Optional<Span> sourceSpan = r.readBoolean() ? Optional.of(r.readSpan()) : Optional.empty();
    String cue = r.readString();
    Stance stance = Stance.values()[r.readByte()];
    Mode mode = Mode.values()[r.readByte()];
    String content = r.readString();
    Span span = r.readSpan();
    int n = r.readInt();
    List<Span> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(r.readSpan());
    }
    return new Attribution(id, article, source, sourceText, sourceSpan, cue, stance, mode, content, span, parts);
  }

  static void figure(Writer w, Figure f) {
    w.writeString(f.id());
    w.writeString(f.article());
    w.writeString(f.text());
    w.writeSpan(f.span());
    w.writeByte(f.kind().ordinal());
    w.writeBoolean(f.value().isPresent());
    if (f.value().isPresent()) {
      w.writeDouble(f.value().getAsDouble());
    }
    w.writeByte(f.qualifier().ordinal());
    w.writeDouble(f.interval().low());
    w.writeDouble(f.interval().high());
    w.writeOptional(f.unit());
    w.writeOptional(f.subject());
    w.writeOptional(f.scope());
    w.writeDate(f.date());
    w.writeOptional(f.attribution());
  }

  static Figure figure(Reader r) {
    String id = r.readString();
    String article = r.readString();
    String text = r.readString();
    Span span = r.readSpan();
    FigureKind kind = FigureKind.values()[r.readByte()];
    OptionalDouble value = r.readBoolean() ? OptionalDouble.of(r.readDouble()) : OptionalDouble.empty();
    Qualifier qualifier = Qualifier.values()[r.readByte()];
    Interval interval = new Interval(r.readDouble(), r.readDouble());
    return new Figure(id, article, text, span, kind, value, qualifier, interval, r.readOptional(), r.readOptional(),
        r.readOptional(), r.readDate(), r.readOptional());
  }
}

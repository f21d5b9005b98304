package io.crosscheck.internal.spill;

import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Findings kept in a temporary file, for a run whose findings outgrow the heap; read back by index. */
public final class FindingSpill implements AutoCloseable {
  private final SpillFile file = SpillFile.create("crosscheck-findings-");

  /** Writes one finding after the others; its index is the number written before it. */
  public int append(Finding f) {
    return file.append(encode(f));
  }

  /** How many findings were written. */
  public int size() {
    return file.size();
  }

  /** The finding written at {@code index}. */
  public Finding load(int index) {
    return decode(file.read(index));
  }

  static byte[] encode(Finding f) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    w.writeString(f.id());
    w.writeString(f.type().name());
    w.writeByte(f.severity().ordinal());
    w.writeString(f.summary());
    w.writeInt(f.evidence().size());
    for (Evidence e : f.evidence()) {
      w.writeString(e.article());
      w.writeString(e.text());
      w.writeSpan(e.span());
      w.writeOptional(e.attribution());
      w.writeOptional(e.figure());
    }
    w.writeOptional(f.event());
    w.writeOptional(f.check());
    return w.bytes();
  }

  static Finding decode(byte[] bytes) {
    RecordCodec.Reader r = new RecordCodec.Reader(bytes);
    String id = r.readString();
    FindingType type = FindingType.of(r.readString());
    Severity severity = Severity.values()[r.readByte()];
    String summary = r.readString();
    int n = r.readInt();
    List<Evidence> evidence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      evidence.add(new Evidence(r.readString(), r.readString(), r.readSpan(), r.readOptional(), r.readOptional()));
    }
    Optional<String> event = r.readOptional();
    return new Finding(id, type, severity, summary, evidence, event, r.readOptional());
  }

  @Override
  public void close() {
    file.close();
  }
}

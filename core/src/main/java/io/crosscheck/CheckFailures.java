package io.crosscheck;

import io.crosscheck.model.FileError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks that threw during one run, each reported once with the events it failed on. */
final class CheckFailures {
  private static final int EVENTS_NAMED = 5;

  private final Map<String, Failure> byCheck = new LinkedHashMap<>();

  private static final class Failure {
    final RuntimeException first;
    final List<String> events = new ArrayList<>();

    Failure(RuntimeException first) {
      this.first = first;
    }
  }

  void add(String check, String event, RuntimeException e) {
    byCheck.computeIfAbsent(check, c -> new Failure(e)).events.add(event);
  }

  /** One error per failed check: {@code (check quote-mismatch): failed on events e2, e5: IllegalStateException: …}. */
  List<FileError> errors() {
    List<FileError> out = new ArrayList<>();
    byCheck.forEach((check, f) -> {
      List<String> named = f.events.subList(0, Math.min(EVENTS_NAMED, f.events.size()));
      String more = f.events.size() > EVENTS_NAMED
          ? String.format(Locale.ROOT, " and %,d more", f.events.size() - EVENTS_NAMED) : "";
      String where = (f.events.size() == 1 ? "event " : "events ") + String.join(", ", named) + more;
      out.add(new FileError("(check " + check + ")", "failed on " + where + ": " + describe(f.first)
          + "; its findings there are left out, the other checks' findings are kept"));
    });
    return out;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}

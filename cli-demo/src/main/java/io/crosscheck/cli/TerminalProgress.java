package io.crosscheck.cli;

import io.crosscheck.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a run's progress on one self-rewriting line of standard error — articles analysed, checks
 * run, time elapsed and left — once the run has taken more than {@link #QUIET_MILLIS}, and only when
 * standard error is a terminal. {@link #finish()} wipes the line.
 *
 * <p>{@code crosscheck: full pipeline · articles 120/200 · checks 0/4 · 0:03 elapsed, about 0:02 left}
 */
final class TerminalProgress implements ProgressListener {
  /** Runs shorter than this stay silent. */
  static final long QUIET_MILLIS = 1000;
  private static final long REDRAW_MILLIS = 100;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long started;
  private long stageStarted;
  private String label = "";
  private int articles;
  private int analysed;
  private int checksDone;
  private int checks;
  private long lastDrawn;
  private int drawnWidth;

  TerminalProgress(PrintStream err, boolean enabled, LongSupplier millisClock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = millisClock;
    this.started = millisClock.getAsLong();
    this.stageStarted = started;
  }

  /** On standard error, shown only when it is a terminal and {@code quiet} is false. */
  static TerminalProgress onStderr(boolean quiet) {
    return new TerminalProgress(System.err, !quiet && stderrIsTerminal(), System::currentTimeMillis);
  }

  /** Names the current stage ("full pipeline, round 2/7"); counts start over. */
  void stage(String name) {
    label = name;
    stageStarted = clock.getAsLong();
    articles = 0;
    analysed = 0;
    checksDone = 0;
    checks = 0;
  }

  @Override
  public void articlesRead(int total) {
    articles = total;
    draw();
  }

  @Override
  public void articleAnalysed(int done, int total) {
    analysed = done;
    articles = total;
    draw();
  }

  @Override
  public void checkFinished(String name, int done, int total) {
    checksDone = done;
    checks = total;
    draw();
  }

  /** Clears the line, if one was drawn. */
  void finish() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** The line as it would be drawn now. */
  String line() {
    long elapsed = clock.getAsLong() - started;
    StringBuilder s = new StringBuilder("crosscheck: ");
    if (!label.isEmpty()) {
      s.append(label).append(" · ");
    }
    s.append("articles ").append(analysed).append('/').append(articles);
    if (checks > 0) {
      s.append(" · checks ").append(checksDone).append('/').append(checks);
    }
    s.append(" · ").append(clockTime(elapsed)).append(" elapsed");
    if (analysed > 0 && analysed < articles) {
      long left = (clock.getAsLong() - stageStarted) * (articles - analysed) / analysed;
      s.append(", about ").append(clockTime(left)).append(" left");
    }
    return s.toString();
  }

  private void draw() {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started < QUIET_MILLIS || now - lastDrawn < REDRAW_MILLIS) {
      return;
    }
    lastDrawn = now;
    String line = line();
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawnWidth = Math.max(drawnWidth, line.length());
  }

  static String clockTime(long millis) {
    long secs = millis / 1000;
    return String.format(Locale.ROOT, "%d:%02d", secs / 60, secs % 60);
  }

  /**
   * True when standard error goes to a terminal. Java 17 cannot ask directly; on Linux the file
   * descriptor's target names the terminal device, elsewhere a console on the process is taken as one.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}

package io.crosscheck;

import java.util.concurrent.CancellationException;

/**
 * Hears how a run advances and may stop it. Methods are called on the thread running the check, in
 * order: {@link #articlesRead} once, {@link #articleAnalysed} per article, {@link #checkFinished} per
 * event whose checks are done. Every method has a do-nothing default, so a listener overrides only what it shows.
 *
 * <pre>{@code
 * Report r = crosscheck.check(paths, new ProgressListener() {
 *   public void articleAnalysed(int done, int total) { System.err.print("\r" + done + "/" + total); }
 * });
 * }</pre>
 */
public interface ProgressListener {
  /** Listens to nothing and never cancels. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * The batch holds {@code total} readable articles.
   *
   * @param total readable articles
   */
  default void articlesRead(int total) {}

  /**
   * {@code done} of {@code total} articles have been analysed (attributions and figures found).
   *
   * @param done articles analysed so far
   * @param total readable articles
   */
  default void articleAnalysed(int done, int total) {}

  /**
   * Check step number {@code done} of {@code total}, {@code name} (an event's checks), has run.
   *
   * @param name what ran, e.g. {@code event ev3}
   * @param done steps finished so far
   * @param total steps in the run
   */
  default void checkFinished(String name, int done, int total) {}

  /**
   * Polled between articles and between checks; once it returns true the run stops with a
   * {@link CancellationException} and returns no report.
   *
   * @return true to stop the run
   */
  default boolean isCancelled() {
    return false;
  }
}

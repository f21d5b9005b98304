package io.crosscheck.compare;

import io.crosscheck.model.Finding;
import java.util.List;

/**
 * One kind of disagreement to look for across a batch. Implementations are stateless and
 * thread-safe; ids on returned findings are ignored (the pipeline numbers them).
 */
public interface Check {
  /**
   * The findings of one event's batch. A check that throws is reported as an error of the run
   * (naming the check and the event); the other checks' findings are kept.
   *
   * @param batch the articles and claims of one event
   * @return the disagreements found, ids ignored
   */
  List<Finding> check(Batch batch);

  /**
   * The name written on each finding this check reports ({@code finding.check} in the JSON), and in
   * the error when it fails. By default the class's simple name in lower case, words joined by
   * hyphens, without a trailing {@code Rule} or {@code Check}: {@code NumericConflictRule} gives
   * {@code numeric-conflict}. A lambda or anonymous class is named {@code custom}; override this to
   * name it.
   *
   * @return a stable, human-readable name
   */
  default String name() {
    return CheckNames.of(getClass());
  }

  /**
   * True when the check reads only the claims of the batch's event, so an article that merely
   * mentions the event ("the previous protest on January 31") may join its batch. Checks that
   * compare whole articles keep the default and see only the event's own articles.
   *
   * @return true to see the claims of articles that only mention the event
   */
  default boolean comparesClaims() {
    return false;
  }
}

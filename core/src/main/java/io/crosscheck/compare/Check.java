package io.crosscheck.compare;

import io.crosscheck.model.Finding;
import java.util.List;

/**
 * One kind of disagreement to look for across a batch. Implementations are stateless and
 * thread-safe; ids on returned findings are ignored (the pipeline numbers them).
 */
public interface Check {
  List<Finding> check(Batch batch);

  /**
   * True when the check reads only the claims of the batch's event, so an article that merely
   * mentions the event ("the previous protest on January 31") may join its batch. Checks that
   * compare whole articles keep the default and see only the event's own articles.
   */
  default boolean comparesClaims() {
    return false;
  }
}

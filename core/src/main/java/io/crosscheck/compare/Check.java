package io.crosscheck.compare;

import io.crosscheck.model.Finding;
import java.util.List;

/**
 * One kind of disagreement to look for across a batch. Implementations are stateless and
 * thread-safe; ids on returned findings are ignored (the pipeline numbers them).
 */
public interface Check {
  List<Finding> check(Batch batch);
}

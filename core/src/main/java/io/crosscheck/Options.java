package io.crosscheck;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.attribution.AttributionFinder;
import io.crosscheck.compare.Check;
import io.crosscheck.figure.FigureFinder;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.text.Segmenter;
import java.util.List;

/**
 * The stages a {@link Crosscheck} runs, fully wired. Build one with {@link Crosscheck#builder()}.
 */
public record Options(
    Lexicon lexicon,
    Segmenter segmenter,
    AttributionFinder attributionFinder,
    FigureFinder figureFinder,
    EntityLinker entityLinker,
    List<Check> checks) {

  public Options {
    checkNotNull(lexicon, "lexicon");
    checkNotNull(segmenter, "segmenter");
    checkNotNull(attributionFinder, "attributionFinder");
    checkNotNull(figureFinder, "figureFinder");
    checkNotNull(entityLinker, "entityLinker");
    checks = List.copyOf(checks);
  }
}

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

  /**
   * Checks every stage; copies the checks.
   *
   * @param lexicon the word lists the stages read
   * @param segmenter cuts bodies into paragraphs, sentences and quotations
   * @param attributionFinder finds who said what
   * @param figureFinder finds numeric figures
   * @param entityLinker links the names of one source across the batch
   * @param checks the checks, run per event in this order
   */
  public Options {
    checkNotNull(lexicon, "lexicon");
    checkNotNull(segmenter, "segmenter");
    checkNotNull(attributionFinder, "attributionFinder");
    checkNotNull(figureFinder, "figureFinder");
    checkNotNull(entityLinker, "entityLinker");
    checks = List.copyOf(checks);
  }
}

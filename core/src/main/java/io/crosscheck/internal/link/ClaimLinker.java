package io.crosscheck.internal.link;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties figures to the attributed statements that contain them: "more than 22,000 … according to the
 * health ministry" makes figure "more than 22,000" part of the ministry's claim.
 */
public final class ClaimLinker {

  /** Each figure with the id of the narrowest attribution whose content contains it. */
  public List<Figure> attach(List<Figure> figures, List<Attribution> attributions) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Attribution best = null;
      for (Attribution a : attributions) {
        if (a.span().contains(f.span()) && (best == null || a.span().length() < best.span().length())) {
          best = a;
        }
      }
      out.add(best == null ? f : f.withAttribution(best.id()));
    }
    return out;
  }

  /** One claim per attribution, carrying the figures attached to it. */
  public List<Claim> claims(AnalysedArticle article) {
    List<Claim> out = new ArrayList<>();
    for (Attribution a : article.attributions()) {
      out.add(new Claim(a, carriedBy(a, article.figures())));
    }
    return out;
  }

  /** The figures {@link #attach} placed inside {@code attribution}, in text order. */
  public static List<Figure> carriedBy(Attribution attribution, List<Figure> figures) {
    List<Figure> carried = new ArrayList<>();
    for (Figure f : figures) {
      if (f.attribution().filter(attribution.id()::equals).isPresent()) {
        carried.add(f);
      }
    }
    return carried;
  }
}

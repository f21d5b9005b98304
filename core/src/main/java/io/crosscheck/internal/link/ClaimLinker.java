package io.crosscheck.internal.link;

import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties figures to the attributed statements that contain them: "more than 22,000 … according to the
 * health ministry" makes figure "more than 22,000" part of the ministry's claim.
 */
public final class ClaimLinker {

  /**
   * Each figure with the id of the narrowest attribution whose content contains it. Attributions are
   * sorted by start once; a figure looks back only as far as the longest attribution reaches, so the
   * cost is the figures times the attributions that can still hold them, not all pairs.
   */
  public List<Figure> attach(List<Figure> figures, List<Attribution> attributions) {
    Map<Attribution, Integer> order = new IdentityHashMap<>();
    for (int k = 0; k < attributions.size(); k++) {
      order.putIfAbsent(attributions.get(k), k);
    }
    List<Attribution> byStart = new ArrayList<>(attributions);
    byStart.sort(Comparator.comparingInt(Attribution::start));
    int longest = 0;
    for (Attribution a : byStart) {
      longest = Math.max(longest, a.span().length());
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Attribution best = null;
      for (int k = lastStartingAtOrBefore(byStart, f.span().start()); k >= 0; k--) {
        Attribution a = byStart.get(k);
        if (f.span().start() - a.start() > longest) {
          break; // no earlier attribution reaches this far
        }
        if (a.span().contains(f.span()) && (best == null || a.span().length() < best.span().length()
            || a.span().length() == best.span().length() && order.get(a) < order.get(best))) {
          best = a;
        }
      }
      out.add(best == null ? f : f.withAttribution(best.id()));
    }
    return out;
  }

  private static int lastStartingAtOrBefore(List<Attribution> byStart, int offset) {
    return SortedLists.firstAbove(byStart, Attribution::start, offset, false) - 1;
  }

  /** One claim per attribution, carrying the figures attached to it. */
  public List<Claim> claims(AnalysedArticle article) {
    Map<String, List<Figure>> carried = carriedByAttribution(article.figures());
    List<Claim> out = new ArrayList<>();
    for (Attribution a : article.attributions()) {
      out.add(new Claim(a, carried.getOrDefault(a.id(), List.of())));
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

  /** The figures {@link #attach} placed inside each attribution, by attribution id, in text order. */
  public static Map<String, List<Figure>> carriedByAttribution(List<Figure> figures) {
    Map<String, List<Figure>> out = new HashMap<>();
    for (Figure f : figures) {
      f.attribution().ifPresent(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
    }
    return out;
  }
}

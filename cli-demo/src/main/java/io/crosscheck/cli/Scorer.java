package io.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Scores a report (as its JSON tree) against a gold file with the rules of FORMATS.md section 3; a
 * line-by-line port of {@code reference_score.py}, which stays the authority where they differ.
 */
final class Scorer {
  private static final String QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`\u00b4";
  private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Precision, recall and F1 with the counts behind them. */
  record Prf(double p, double r, double f) {
    static Prf of(int tpPred, int nPred, int tpGold, int nGold) {
      double p = nPred > 0 ? (double) tpPred / nPred : (nGold == 0 ? 1.0 : 0.0);
      double r = nGold > 0 ? (double) tpGold / nGold : 1.0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      return new Prf(p, r, f);
    }
  }

  record AttributionScore(Prf prf, double sourceAccuracy, Prf endToEnd, double modeAccuracy, int gold, int predicted, int matched) {}

  record FigureScore(Prf prf, double valueAccuracy, double subjectAccuracy, int gold, int predicted, int matched) {}

  record FindingScore(Prf prf, double untypedRecall, int trapHits, int gold, int predicted, int matched) {}

  record Scores(AttributionScore attributions, FigureScore figures, FindingScore findings, List<String> details) {}

  private Scorer() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        continue;
      }
      b.append(DASHES.indexOf(c) >= 0 ? '-' : c);
    }
    return WHITESPACE.matcher(b).replaceAll(" ").strip();
  }

  static boolean wholeWordIn(String anchor, String text) {
    String a = norm(anchor);
    String t = norm(text);
    if (a.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int at = t.indexOf(a, from);
      if (at < 0) {
        return false;
      }
      int end = at + a.length();
      if ((at == 0 || !isWordChar(t.charAt(at - 1))) && (end == t.length() || !isWordChar(t.charAt(end)))) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  }

  /** Greedy one-to-one matching in gold order: each gold item takes the first free prediction. */
  private static List<int[]> match(List<JsonNode> golds, List<JsonNode> preds, BiPredicate<JsonNode, JsonNode> ok) {
    Set<Integer> used = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      for (int pi = 0; pi < preds.size(); pi++) {
        if (!used.contains(pi) && ok.test(golds.get(gi), preds.get(pi))) {
          used.add(pi);
          pairs.add(new int[] {gi, pi});
          break;
        }
      }
    }
    return pairs;
  }

  static Scores score(JsonNode report, JsonNode gold) {
    List<String> details = new ArrayList<>();
    Set<String> arts = new HashSet<>();
    gold.path("articles").forEach(a -> arts.add(a.asText()));
    AttributionScore att = scoreAttributions(report, gold, arts, details);
    FigureScore fig = scoreFigures(report, gold, arts, details);
    FindingScore find = scoreFindings(report, gold, arts, details);
    return new Scores(att, fig, find, details);
  }

  private static boolean optional(JsonNode n) {
    return n.path("optional").asBoolean(false);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null) {
      n.forEach(out::add);
    }
    return out;
  }

  private static AttributionScore scoreAttributions(JsonNode report, JsonNode gold, Set<String> arts, List<String> details) {
    List<JsonNode> g = list(gold.get("attributions"));
    List<JsonNode> p = new ArrayList<>();
    for (JsonNode a : list(report.get("attributions"))) {
      if (arts.isEmpty() || arts.contains(text(a, "article"))) {
        p.add(a);
      }
    }
    List<int[]> pairs = match(g, p, (gg, pp) -> gg.path("article").asText().equals(text(pp, "article"))
        && norm(text(pp, "content")).contains(norm(gg.path("anchor").asText())));
    Set<Integer> optPred = new HashSet<>();
    List<int[]> tp = new ArrayList<>();
    for (int[] pr : pairs) {
      if (optional(g.get(pr[0]))) {
        optPred.add(pr[1]);
      } else {
        tp.add(pr);
      }
    }
    int nGold = (int) g.stream().filter(x -> !optional(x)).count();
    int nPred = p.size() - optPred.size();
    int right = 0;
    int moded = 0;
    int modeOk = 0;
    for (int[] pr : tp) {
      JsonNode gg = g.get(pr[0]);
      JsonNode pp = p.get(pr[1]);
      if (sourceOk(gg, pp)) {
        right++;
      } else {
        details.add("  att WRONG-SOURCE " + clip(gg.path("anchor").asText(), 50) + " | gold " + gg.path("kind").asText()
            + " " + gg.path("source") + " | got " + pp.path("source").path("kind").asText() + " "
            + pp.path("source").path("name").asText() + " / " + pp.path("sourceText").asText());
      }
      if (gg.hasNonNull("mode") && !gg.path("mode").asText().isEmpty()) {
        moded++;
        if (gg.path("mode").asText().equals(pp.path("mode").asText())) {
          modeOk++;
        }
      }
    }
    Set<Integer> matchedG = new HashSet<>();
    Set<Integer> matchedP = new HashSet<>();
    for (int[] pr : pairs) {
      matchedG.add(pr[0]);
      matchedP.add(pr[1]);
    }
    for (int gi = 0; gi < g.size(); gi++) {
      JsonNode gg = g.get(gi);
      if (!matchedG.contains(gi) && !optional(gg)) {
        details.add("  att MISS " + gg.path("article").asText() + " | " + gg.path("anchor").asText() + " | "
            + gg.path("kind").asText() + " " + gg.path("source"));
      }
    }
    for (int pi = 0; pi < p.size(); pi++) {
      if (!matchedP.contains(pi)) {
        JsonNode pp = p.get(pi);
        details.add("  att EXTRA " + pp.path("article").asText() + " | " + clip(pp.path("content").asText(), 90) + " | "
            + pp.path("source").path("kind").asText() + " " + pp.path("source").path("name").asText());
      }
    }
    return new AttributionScore(Prf.of(tp.size(), nPred, tp.size(), nGold),
        tp.isEmpty() ? 0.0 : (double) right / tp.size(), Prf.of(right, nPred, right, nGold),
        moded == 0 ? 0.0 : (double) modeOk / moded, nGold, nPred, tp.size());
  }

  private static boolean sourceOk(JsonNode g, JsonNode p) {
    JsonNode src = p.path("source");
    if (!src.path("kind").asText("").equals(g.path("kind").asText(null))) {
      return false;
    }
    List<JsonNode> toks = list(g.get("source"));
    if (toks.isEmpty()) {
      return true;
    }
    String hay = (src.hasNonNull("name") ? src.get("name").asText() : "") + " "
        + (p.hasNonNull("sourceText") ? p.get("sourceText").asText() : "");
    return toks.stream().anyMatch(t -> wholeWordIn(t.asText(), hay));
  }

  private static FigureScore scoreFigures(JsonNode report, JsonNode gold, Set<String> arts, List<String> details) {
    List<JsonNode> ignore = list(gold.get("ignore"));
    List<JsonNode> g = list(gold.get("figures"));
    List<JsonNode> p = new ArrayList<>();
    for (JsonNode x : list(report.get("figures"))) {
      if ((arts.isEmpty() || arts.contains(text(x, "article"))) && !"DATE".equals(text(x, "kind")) && !ignored(x, ignore)) {
        p.add(x);
      }
    }
    List<int[]> all = match(g, p, (gg, pp) -> gg.path("article").asText().equals(text(pp, "article"))
        && wholeWordIn(gg.path("anchor").asText(), text(pp, "text")));
    Set<Integer> optPred = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (int[] pr : all) {
      if (optional(g.get(pr[0]))) {
        optPred.add(pr[1]);
      } else {
        pairs.add(pr);
      }
    }
    int nGold = (int) g.stream().filter(x -> !optional(x)).count();
    int nPred = p.size() - optPred.size();
    int valueRight = 0;
    int withSubject = 0;
    int subjectRight = 0;
    for (int[] pr : pairs) {
      JsonNode gg = g.get(pr[0]);
      JsonNode pp = p.get(pr[1]);
      if (valueOk(gg, pp)) {
        valueRight++;
      } else {
        details.add("  fig WRONG-VALUE " + gg.path("anchor").asText() + " | gold " + gg.path("kind").asText() + " "
            + gg.path("qualifier").asText() + " " + gg.path("value") + " | got " + pp.path("kind").asText() + " "
            + pp.path("qualifier").asText() + " " + pp.path("value"));
      }
      List<JsonNode> toks = list(gg.get("subject"));
      if (!toks.isEmpty()) {
        withSubject++;
        String subject = pp.hasNonNull("subject") ? pp.get("subject").asText().toLowerCase(Locale.ROOT) : "";
        if (toks.stream().anyMatch(t -> subject.contains(t.asText().toLowerCase(Locale.ROOT)))) {
          subjectRight++;
        }
      }
    }
    Set<Integer> mg = new HashSet<>();
    Set<Integer> mp = new HashSet<>();
    for (int[] pr : all) {
      mg.add(pr[0]);
      mp.add(pr[1]);
    }
    for (int gi = 0; gi < g.size(); gi++) {
      JsonNode gg = g.get(gi);
      if (!mg.contains(gi) && !optional(gg)) {
        details.add("  fig MISS " + gg.path("article").asText() + " | " + gg.path("anchor").asText() + " "
            + gg.path("kind").asText() + " " + gg.path("qualifier").asText() + " " + gg.path("value"));
      }
    }
    for (int pi = 0; pi < p.size(); pi++) {
      if (!mp.contains(pi)) {
        JsonNode x = p.get(pi);
        details.add("  fig EXTRA " + x.path("article").asText() + " | " + x.path("text").asText() + " "
            + x.path("kind").asText() + " " + x.path("value"));
      }
    }
    return new FigureScore(Prf.of(pairs.size(), nPred, pairs.size(), nGold),
        pairs.isEmpty() ? 0.0 : (double) valueRight / pairs.size(),
        withSubject == 0 ? 0.0 : (double) subjectRight / withSubject, nGold, nPred, pairs.size());
  }

  private static boolean ignored(JsonNode p, List<JsonNode> ignore) {
    String t = norm(text(p, "text"));
    if (t.isEmpty()) {
      return false;
    }
    for (JsonNode i : ignore) {
      if (i.path("article").asText().equals(text(p, "article")) && norm(i.path("anchor").asText()).contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean valueOk(JsonNode g, JsonNode p) {
    if (!p.path("kind").asText("").equals(g.path("kind").asText(null))
        || !p.path("qualifier").asText("").equals(g.path("qualifier").asText(null))) {
      return false;
    }
    JsonNode gv = g.get("value");
    if (gv == null || gv.isNull()) {
      return true;
    }
    JsonNode pv = p.get("value");
    if (pv == null || pv.isNull() || !pv.isNumber()) {
      return false;
    }
    double gold = gv.asDouble();
    return Math.abs(pv.asDouble() - gold) <= 0.005 * Math.max(Math.abs(gold), 1e-9);
  }

  private static FindingScore scoreFindings(JsonNode report, JsonNode gold, Set<String> arts, List<String> details) {
    List<JsonNode> g = list(gold.get("findings"));
    List<JsonNode> p = new ArrayList<>();
    for (JsonNode x : list(report.get("findings"))) {
      boolean inside = true;
      for (JsonNode e : list(x.get("evidence"))) {
        inside &= arts.isEmpty() || arts.contains(text(e, "article"));
      }
      if (inside) {
        p.add(x);
      }
    }
    List<int[]> pairs = match(g, p, (gg, pp) -> gg.path("type").asText().equals(text(pp, "type")) && covers(gg.get("sides"), pp));
    Set<Integer> opt = new HashSet<>();
    int tp = 0;
    for (int[] pr : pairs) {
      if (optional(g.get(pr[0]))) {
        opt.add(pr[1]);
      } else {
        tp++;
      }
    }
    int nGold = (int) g.stream().filter(x -> !optional(x)).count();
    int nPred = p.size() - opt.size();
    int untyped = 0;
    for (int[] pr : match(g, p, (gg, pp) -> covers(gg.get("sides"), pp))) {
      if (!optional(g.get(pr[0]))) {
        untyped++;
      }
    }
    Set<Integer> matchedPred = new HashSet<>();
    Set<Integer> matchedGold = new HashSet<>();
    for (int[] pr : pairs) {
      matchedPred.add(pr[1]);
      matchedGold.add(pr[0]);
    }
    int traps = 0;
    for (int pi = 0; pi < p.size(); pi++) {
      if (matchedPred.contains(pi)) {
        continue;
      }
      for (JsonNode t : list(gold.get("traps"))) {
        if (covers(t.get("sides"), p.get(pi))) {
          traps++;
          details.add("  find TRAP-HIT " + p.get(pi).path("type").asText() + " | " + t.path("note").asText());
          break;
        }
      }
    }
    for (int gi = 0; gi < g.size(); gi++) {
      if (!matchedGold.contains(gi) && !optional(g.get(gi))) {
        List<String> sides = new ArrayList<>();
        list(g.get(gi).get("sides")).forEach(s -> sides.add(s.path("anchor").toString()));
        details.add("  find MISS " + g.get(gi).path("type").asText() + " | " + String.join(" <> ", sides));
      }
    }
    for (int pi = 0; pi < p.size(); pi++) {
      if (!matchedPred.contains(pi)) {
        details.add("  find EXTRA " + p.get(pi).path("type").asText() + " | " + clip(p.get(pi).path("summary").asText(), 140));
      }
    }
    return new FindingScore(Prf.of(tp, nPred, tp, nGold), nGold == 0 ? 1.0 : (double) untyped / nGold, traps, nGold,
        nPred, tp);
  }

  private static boolean covers(JsonNode sides, JsonNode p) {
    for (JsonNode s : list(sides)) {
      List<String> alts = new ArrayList<>();
      if (s.path("anchor").isArray()) {
        s.path("anchor").forEach(a -> alts.add(norm(a.asText())));
      } else {
        alts.add(norm(s.path("anchor").asText()));
      }
      boolean covered = false;
      for (JsonNode e : list(p.get("evidence"))) {
        if (s.path("article").asText().equals(text(e, "article"))) {
          String et = norm(text(e, "text"));
          if (alts.stream().anyMatch(et::contains)) {
            covered = true;
            break;
          }
        }
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}

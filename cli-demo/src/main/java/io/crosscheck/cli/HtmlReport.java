package io.crosscheck.cli;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Severity;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a report as one self-contained HTML page (inline CSS and a little JS, nothing fetched):
 * findings first with their sides side by side, a number line for numeric conflicts and the two
 * wordings of a misquote with the differing words marked; then each article with attributions
 * coloured by source kind and figures underlined; then who quoted whom.
 *
 * <p>Every piece of article text goes through {@link Escape#html}, and a Content-Security-Policy
 * allows only the page's own script (by hash), so text in an article can never run as code.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String write(ReportView view) {
    return write(view, "");
  }

  /** {@code extraScript} runs after the page's own (a browser test's harness); it is allowed by hash too. */
  static String write(ReportView view, String extraScript) {
    StringBuilder b = new StringBuilder(64 * 1024);
    List<String> scripts = extraScript.isEmpty() ? List.of(SCRIPT) : List.of(SCRIPT, extraScript);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        .append("img-src data:; script-src");
    for (String s : scripts) {
      b.append(" 'sha256-").append(sha256(s)).append('\'');
    }
    b.append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>crosscheck report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    header(b, view);
    b.append("<main>\n<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (view.findings().isEmpty()) {
      b.append("<p class=\"none\">No disagreements found.</p>\n");
    }
    for (ReportView.FindingView f : TextReport.bySeverity(view.findings())) {
      finding(b, f);
    }
    b.append("</section>\n");
    grid(b, view);
    b.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for (ReportView.ArticleView a : view.articles()) {
      article(b, a);
    }
    b.append("</section>\n");
    errors(b, view);
    b.append("</main>\n");
    for (String s : scripts) {
      b.append("<script>").append(s).append("</script>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void header(StringBuilder b, ReportView view) {
    b.append("<header>\n<h1>crosscheck report</h1>\n<p class=\"counts\">")
        .append(TextReport.count(view.articles().size(), "article")).append(" · ")
        .append(TextReport.count(view.findings().size(), "finding"))
        .append(Escape.html(TextReport.severityCounts(view.findings()))).append("</p>\n")
        .append("<form id=\"filters\" aria-label=\"filters\">\n<fieldset><legend>Type</legend>");
    java.util.SortedSet<FindingType> types = new java.util.TreeSet<>(FindingType.builtIns());
    view.findings().forEach(f -> types.add(f.finding().type()));
    for (FindingType t : types) {
      b.append("<label><input type=\"checkbox\" checked value=\"").append(t.name()).append("\"> ")
          .append(TextReport.typeLabel(t)).append("</label>");
    }
    b.append("</fieldset>\n<fieldset><legend>Severity</legend>");
    for (Severity s : Severity.values()) {
      b.append("<label><input type=\"checkbox\" checked value=\"").append(s.name()).append("\"> ")
          .append("<span class=\"sev sev-").append(s.name()).append("\">").append(s.name()).append("</span></label>");
    }
    b.append("</fieldset>\n<output id=\"shown\"></output>\n</form>\n")
        .append("<p class=\"legend\">Sources: ");
    for (SourceKind k : SourceKind.values()) {
      b.append("<span class=\"att k-").append(k.name()).append("\">").append(kindLabel(k)).append("</span> ");
    }
    b.append("· <span class=\"fig\">figure</span> · <mark>disputed words</mark></p>\n")
        .append("<p class=\"legend\">Severity: <b>HIGH</b> a direct contradiction (an account rejected outright, two "
            + "exact figures that differ, the same words credited to two people); <b>MEDIUM</b> a disagreement that "
            + "needs reading (a named claim denied or not backed, approximate figures apart, a remark quoted two ways, "
            + "a stated omission); <b>LOW</b> an omission inferred by comparing two readouts topic by topic (an opt-in check).</p>\n</header>\n");
  }

  private static void finding(StringBuilder b, ReportView.FindingView f) {
    String sev = f.finding().severity().name();
    b.append("<article class=\"finding\" id=\"").append(Escape.html(f.id())).append("\" data-type=\"")
        .append(f.finding().type().name()).append("\" data-severity=\"").append(sev).append("\">\n<h3>")
        .append("<span class=\"sev sev-").append(sev).append("\">").append(sev).append("</span> ")
        .append("<span class=\"type\">").append(TextReport.typeLabel(f.finding().type())).append("</span> ")
        .append("<span class=\"scope\">").append(f.scope().label).append("</span> ")
        .append("<a class=\"fid\" href=\"#").append(Escape.html(f.id())).append("\">").append(Escape.html(f.id()))
        .append("</a></h3>\n<p class=\"headline\">").append(Escape.html(f.headline())).append("</p>\n<dl class=\"meta\">");
    f.event().ifPresent(e -> b.append("<dt>When</dt><dd>").append(Escape.html(e)).append("</dd>"));
    b.append("<dt>Parties</dt><dd>").append(Escape.html(PartyNames.joined(f.parties()))).append("</dd></dl>\n");
    if (f.finding().type() == FindingType.NUMERIC_CONFLICT) {
      numberLine(b, f);
    }
    if (f.finding().type() == FindingType.QUOTE_MISMATCH) {
      wordings(b, f);
    }
    b.append("<div class=\"sides\">\n");
    for (ReportView.Side s : f.sides()) {
      b.append("<div class=\"side\"><div class=\"where\"><b>").append(Escape.html(s.outlet())).append("</b>");
      s.article().article().published().ifPresent(d -> b.append(" · ").append(d));
      if (s.paragraph() > 0) {
        b.append(" · <a href=\"#art").append(s.article().index()).append("-p").append(s.paragraph())
            .append("\">paragraph ").append(s.paragraph()).append("</a>");
      }
      if (!s.party().equals(s.outlet())) {
        b.append(" · ").append(Escape.html(s.party()));
      }
      b.append("</div>\n<blockquote class=\"evidence\">");
      marked(b, s.sentenceText(), s.sentence().start(), s.marks(), "mark");
      b.append("</blockquote></div>\n");
    }
    b.append("</div>\n<p class=\"rule\">Rule: ").append(Escape.html(f.finding().summary())).append("</p>\n</article>\n");
  }

  /** Each side's interval on one scaled line; an open side runs to the edge with an arrow. */
  private static void numberLine(StringBuilder b, ReportView.FindingView f) {
    List<ReportView.Side> sides = f.sides().stream().filter(s -> s.figure().isPresent()).toList();
    if (sides.isEmpty()) {
      return;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (ReportView.Side s : sides) {
      Interval i = s.figure().get().interval();
      for (double v : new double[] {i.low(), i.high()}) {
        if (!Double.isInfinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo > hi) {
      return;
    }
    double pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(lo) * 0.1, 1);
    double min = lo - pad;
    double max = hi + pad;
    int left = 190;
    int right = 560;
    int rowHeight = 22;
    int height = 24 + rowHeight * sides.size();
    b.append("<svg class=\"numberline\" role=\"img\" aria-label=\"values on a number line\" width=\"600\" height=\"")
        .append(height).append("\" viewBox=\"0 0 600 ").append(height).append("\">");
    int y = 14;
    int row = 0;
    for (ReportView.Side s : sides) {
      Figure g = s.figure().get();
      Interval i = g.interval();
      double x1 = i.hasLow() ? scale(i.low(), min, max, left, right) : left;
      double x2 = i.hasHigh() ? scale(i.high(), min, max, left, right) : right;
      String cls = "c" + (row++ % 4);
      b.append("<text x=\"0\" y=\"").append(y + 4).append("\" class=\"lbl\">").append(Escape.html(clip(s.outlet(), 26)))
          .append(": ").append(Escape.html(clip(g.text(), 18))).append("</text>");
      b.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", cls,
          x1, y, Math.max(x2, x1 + 0.1), y));
      if (!i.hasLow()) {
        b.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"M%d %d l8 -5 v10 z\"/>", cls, left, y));
      }
      if (!i.hasHigh()) {
        b.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"M%d %d l-8 -5 v10 z\"/>", cls, right, y));
      }
      if (i.hasLow() && i.hasHigh() && i.low() == i.high()) {
        b.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%d\" r=\"5\"/>", cls, x1, y));
      }
      y += rowHeight;
    }
    b.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", left, y - 8,
        right, y - 8));
    b.append("<text class=\"tick\" x=\"").append(left).append("\" y=\"").append(y + 6).append("\">")
        .append(TextReport.number(lo)).append("</text><text class=\"tick end\" x=\"").append(right).append("\" y=\"")
        .append(y + 6).append("\">").append(TextReport.number(hi)).append("</text></svg>\n");
  }

  private static double scale(double v, double min, double max, int left, int right) {
    return left + (v - min) / (max - min) * (right - left);
  }

  /** The two (or more) wordings of the remark, each with the words the first other one lacks marked. */
  private static void wordings(StringBuilder b, ReportView.FindingView f) {
    b.append("<div class=\"wordings\">");
    for (ReportView.Side s : f.sides()) {
      if (s.attribution().isEmpty()) {
        continue;
      }
      Attribution a = s.attribution().get();
      b.append("<div class=\"wording\"><span class=\"who\">").append(Escape.html(s.outlet())).append("</span> ");
      marked(b, ReportView.content(s), a.start(), s.marks(), "mark class=\"diff\"");
      b.append("</div>");
    }
    b.append("</div>\n");
  }

  /** {@code text} starting at body offset {@code origin}, with the (body-offset) marks wrapped in {@code tag}. */
  private static void marked(StringBuilder b, String text, int origin, List<Span> marks, String tag) {
    String close = tag.split(" ", 2)[0];
    int at = 0;
    List<Span> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.naturalOrder());
    for (Span m : sorted) {
      int s = Math.max(at, m.start() - origin);
      int e = Math.min(text.length(), m.end() - origin);
      if (s >= e) {
        continue;
      }
      b.append(Escape.html(text.substring(at, s))).append('<').append(tag).append('>')
          .append(Escape.html(text.substring(s, e))).append("</").append(close).append('>');
      at = e;
    }
    b.append(Escape.html(text.substring(at)));
  }

  /** Rows are sources (by linked entity when there is one), columns outlets, cells statements. */
  private static void grid(StringBuilder b, ReportView view) {
    Map<String, String> entityNames = new LinkedHashMap<>();
    view.report().entities().forEach(e -> entityNames.put(e.id(), e.name()));
    List<String> outlets = new ArrayList<>(new LinkedHashSet<>(view.articles().stream().map(ReportView.ArticleView::outlet).toList()));
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, SourceKind> kinds = new LinkedHashMap<>();
    for (ReportView.ArticleView a : view.articles()) {
      int col = outlets.indexOf(a.outlet());
      for (Attribution x : a.attributions()) {
        String name = x.source().entity().map(entityNames::get).orElse(x.source().name());
        counts.computeIfAbsent(name, k -> new int[outlets.size()])[col]++;
        kinds.putIfAbsent(name, x.source().kind());
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    List<String> rows = new ArrayList<>(counts.keySet());
    rows.sort(Comparator.comparingInt((String r) -> -sum(counts.get(r))).thenComparing(Comparator.naturalOrder()));
    b.append("<section id=\"grid\">\n<h2>Who quoted whom</h2>\n<table>\n<thead><tr><th>source</th>");
    for (String o : outlets) {
      b.append("<th>").append(Escape.html(o)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (String r : rows) {
      b.append("<tr><th><span class=\"att k-").append(kinds.get(r).name()).append("\">").append(Escape.html(r))
          .append("</span></th>");
      for (int n : counts.get(r)) {
        b.append(n == 0 ? "<td class=\"zero\">·</td>" : "<td>" + n + "</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static int sum(int[] xs) {
    int s = 0;
    for (int x : xs) {
      s += x;
    }
    return s;
  }

  private static void article(StringBuilder b, ReportView.ArticleView a) {
    b.append("<article class=\"art\" id=\"art").append(a.index()).append("\">\n<h3>").append(Escape.html(a.outlet()));
    a.article().title().ifPresent(t -> b.append(" — ").append(Escape.html(t)));
    b.append("</h3>\n<p class=\"meta\">");
    a.article().published().ifPresent(d -> b.append(d).append(" · "));
    b.append(Escape.html(a.article().id())).append(" · ").append(TextReport.count(a.attributions().size(), "attributed statement"))
        .append(" · ").append(TextReport.count(a.figures().size(), "figure")).append("</p>\n");
    String body = a.article().body();
    Map<Integer, List<Attribution>> attsByParagraph = new LinkedHashMap<>();
    for (Attribution x : a.attributions()) {
      for (int p = a.paragraphAt(x.start()); p > 0 && p <= a.paragraphAt(Math.max(x.start(), x.end() - 1)); p++) {
        attsByParagraph.computeIfAbsent(p, k -> new ArrayList<>()).add(x);
      }
    }
    Map<Integer, List<Figure>> figsByParagraph = new LinkedHashMap<>();
    for (Figure g : a.figures()) {
      figsByParagraph.computeIfAbsent(a.paragraphAt(g.start()), k -> new ArrayList<>()).add(g);
    }
    for (Paragraph p : a.text().paragraphs()) {
      b.append("<p class=\"para\" id=\"art").append(a.index()).append("-p").append(p.index() + 1)
          .append("\"><span class=\"pn\">").append(p.index() + 1).append("</span>");
      paragraph(b, body, p.span(), attsByParagraph.getOrDefault(p.index() + 1, List.of()),
          figsByParagraph.getOrDefault(p.index() + 1, List.of()));
      b.append("</p>\n");
    }
    b.append("</article>\n");
  }

  /**
   * Cuts the paragraph at every attribution, speaker and figure boundary and writes each piece once,
   * inside the innermost attribution's colour and a figure's underline, so spans never cross.
   */
  private static void paragraph(StringBuilder b, String body, Span para, List<Attribution> atts, List<Figure> figs) {
    List<Attribution> here = atts.stream().filter(x -> x.span().overlaps(para)).toList();
    List<Figure> figsHere = figs.stream().filter(x -> x.span().overlaps(para)).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(para.start(), para.end()));
    for (Attribution x : here) {
      cuts.add(x.start());
      cuts.add(x.end());
      x.sourceSpan().ifPresent(s -> {
        cuts.add(s.start());
        cuts.add(s.end());
      });
    }
    for (Figure g : figsHere) {
      cuts.add(g.start());
      cuts.add(g.end());
    }
    LinkedHashSet<String> anchored = new LinkedHashSet<>();
    Integer prev = null;
    for (int cut : cuts.subSet(para.start(), true, para.end(), true)) {
      if (prev != null && cut > prev) {
        piece(b, body, Span.of(prev, Math.min(cut, body.length())), here, figsHere, anchored);
      }
      prev = cut;
    }
  }

  private static void piece(StringBuilder b, String body, Span piece, List<Attribution> atts, List<Figure> figs,
      LinkedHashSet<String> anchored) {
    if (piece.length() == 0) {
      return;
    }
    Optional<Attribution> att = atts.stream().filter(x -> x.span().contains(piece))
        .min(Comparator.comparingInt(x -> x.span().length()));
    Optional<Attribution> speaker = atts.stream()
        .filter(x -> x.sourceSpan().isPresent() && x.sourceSpan().get().contains(piece)).findFirst();
    Optional<Figure> fig = figs.stream().filter(x -> x.span().contains(piece)).findFirst();
    String text = Escape.html(piece.in(body));
    if (fig.isPresent()) {
      text = "<span class=\"fig\"" + anchor(fig.get().id(), anchored) + " title=\"" + Escape.html(figureTitle(fig.get()))
          + "\">" + text + "</span>";
    }
    if (speaker.isPresent() && att.isEmpty()) {
      Attribution s = speaker.get();
      text = "<span class=\"who k-" + s.source().kind().name() + "\" title=\"" + Escape.html(attTitle(s)) + "\">"
          + text + "</span>";
    }
    if (att.isPresent()) {
      Attribution x = att.get();
      text = "<span class=\"att k-" + x.source().kind().name() + "\"" + anchor(x.id(), anchored) + " title=\""
          + Escape.html(attTitle(x)) + "\">" + text + "</span>";
    }
    b.append(text);
  }

  private static String anchor(String id, LinkedHashSet<String> anchored) {
    return anchored.add(id) ? " id=\"" + Escape.html(id) + "\"" : "";
  }

  private static String attTitle(Attribution x) {
    return x.id() + ": " + x.source().name() + " (" + kindLabel(x.source().kind()) + "), " + x.cue() + ", "
        + x.mode().name().toLowerCase(Locale.ROOT);
  }

  private static String figureTitle(Figure g) {
    StringBuilder s = new StringBuilder(g.id()).append(": ").append(g.kind().name().toLowerCase(Locale.ROOT))
        .append(' ').append(TextReport.interval(g));
    g.unit().ifPresent(u -> s.append(' ').append(u));
    g.subject().ifPresent(u -> s.append(" — ").append(u));
    return s.toString();
  }

  private static void errors(StringBuilder b, ReportView view) {
    if (view.report().errors().isEmpty()) {
      return;
    }
    b.append("<section id=\"errors\">\n<h2>Files not read</h2>\n<ul>\n");
    view.report().errors().forEach(e -> b.append("<li><code>").append(Escape.html(e.file())).append("</code>: ")
        .append(Escape.html(e.message())).append("</li>\n"));
    b.append("</ul>\n</section>\n");
  }

  static String kindLabel(SourceKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String sha256(String script) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Filters: a finding shows when both its type and its severity are ticked. */
  static final String SCRIPT = """
      (function () {
        var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input'));
        var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
        var shown = document.getElementById('shown');
        function apply() {
          var off = {};
          boxes.forEach(function (b) { if (!b.checked) { off[b.value] = true; } });
          var n = 0;
          findings.forEach(function (f) {
            f.hidden = !!(off[f.dataset.type] || off[f.dataset.severity]);
            if (!f.hidden) { n++; }
          });
          shown.textContent = n + ' of ' + findings.length + ' shown';
        }
        boxes.forEach(function (b) { b.addEventListener('change', apply); });
        apply();
      })();
      """;

  static final String CSS = """
      :root { --ink: #1d2330; --muted: #5d6678; --line: #d9dde5; --paper: #fff; --bg: #f4f5f8; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
      header { background: #1d2330; color: #fff; padding: 14px 24px; }
      header h1 { margin: 0 0 2px; font-size: 20px; }
      header .counts { margin: 0 0 8px; color: #c9d0de; }
      header .legend { margin: 6px 0 0; font-size: 13px; color: #c9d0de; }
      header .legend .att { color: var(--ink); }
      #filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; }
      #filters fieldset { border: 1px solid #3a4357; border-radius: 6px; padding: 2px 10px 6px; margin: 0; }
      #filters legend { font-size: 12px; color: #9aa4b8; padding: 0 4px; }
      #filters label { margin-right: 12px; font-size: 14px; white-space: nowrap; }
      #shown { font-size: 13px; color: #c9d0de; }
      main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 40px; }
      h2 { font-size: 18px; margin: 22px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      .finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid #8a94a8; border-radius: 6px; padding: 10px 16px 8px; margin: 0 0 14px; }
      .finding[data-severity=HIGH] { border-left-color: #c62828; }
      .finding[data-severity=MEDIUM] { border-left-color: #e08a00; }
      .finding[data-severity=LOW] { border-left-color: #6d8fb3; }
      .finding h3 { margin: 0; font-size: 15px; display: flex; gap: 10px; align-items: baseline; }
      .finding .type { text-transform: capitalize; }
      .finding .scope { font-weight: normal; color: var(--muted); font-size: 13px; }
      .finding .fid { margin-left: auto; font-weight: normal; color: var(--muted); font-size: 12px; }
      .finding .headline { font-size: 16px; margin: 4px 0; }
      .sev { display: inline-block; font-size: 11px; font-weight: 700; padding: 1px 6px; border-radius: 3px; color: #fff; background: #8a94a8; }
      .sev-HIGH { background: #c62828; } .sev-MEDIUM { background: #e08a00; } .sev-LOW { background: #6d8fb3; }
      dl.meta { display: flex; flex-wrap: wrap; gap: 2px 8px; margin: 0 0 6px; font-size: 13px; color: var(--muted); }
      dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0 14px 0 0; }
      .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 10px; }
      .side { border: 1px solid var(--line); border-radius: 5px; padding: 6px 10px; background: #fafbfc; }
      .side .where { font-size: 13px; color: var(--muted); }
      .side .where b { color: var(--ink); }
      blockquote.evidence { margin: 4px 0 2px; overflow-wrap: anywhere; }
      mark { background: #ffe58a; padding: 0 1px; border-radius: 2px; }
      mark.diff { background: #ffc2b8; }
      .wordings { margin: 4px 0 10px; padding: 6px 10px; background: #fff8f6; border-radius: 5px; overflow-wrap: anywhere; }
      .wording .who { font-size: 12px; font-weight: 600; color: var(--muted); display: inline-block; min-width: 190px; }
      .rule { font-size: 12px; color: var(--muted); margin: 6px 0 0; overflow-wrap: anywhere; }
      svg.numberline { display: block; margin: 2px 0 10px; max-width: 100%; }
      svg.numberline .lbl { font-size: 12px; fill: var(--ink); }
      svg.numberline .tick { font-size: 11px; fill: var(--muted); }
      svg.numberline .tick.end { text-anchor: end; }
      svg.numberline line { stroke-width: 6; stroke-linecap: round; }
      svg.numberline line.axis { stroke: var(--line); stroke-width: 1; }
      svg.numberline .c0 { stroke: #1f6fd1; fill: #1f6fd1; } svg.numberline .c1 { stroke: #c62828; fill: #c62828; }
      svg.numberline .c2 { stroke: #2e7d32; fill: #2e7d32; } svg.numberline .c3 { stroke: #7b3fb0; fill: #7b3fb0; }
      table { border-collapse: collapse; background: var(--paper); font-size: 13px; }
      th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
      td { text-align: center; } td.zero { color: #c0c5cf; }
      .art { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 0 0 14px; }
      .art h3 { margin: 4px 0 0; font-size: 16px; }
      .art .meta { margin: 0 0 6px; font-size: 13px; color: var(--muted); }
      .para { margin: 0 0 8px; overflow-wrap: anywhere; }
      .para:target { outline: 3px solid #ffd24d; border-radius: 3px; }
      .pn { display: inline-block; min-width: 22px; font-size: 11px; color: var(--muted); }
      .att { border-radius: 3px; padding: 0 1px; }
      .who { font-weight: 600; }
      .k-NAMED_PERSON { background: #dcebff; } .who.k-NAMED_PERSON { background: none; color: #1f5fb4; }
      .k-NAMED_SPOKESPERSON { background: #eadcff; } .who.k-NAMED_SPOKESPERSON { background: none; color: #6a32a8; }
      .k-ANONYMOUS { background: #ffe3c7; } .who.k-ANONYMOUS { background: none; color: #a65400; }
      .k-INSTITUTION { background: #d6f2dc; } .who.k-INSTITUTION { background: none; color: #23733a; }
      .k-MEDIA { background: #e6e8ec; } .who.k-MEDIA { background: none; color: #4b5263; }
      .fig { text-decoration: underline 2px #c62828; text-underline-offset: 3px; }
      """;
}

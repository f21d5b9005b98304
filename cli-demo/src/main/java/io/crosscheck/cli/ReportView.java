package io.crosscheck.cli;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import io.crosscheck.text.Segmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link Report} arranged for a reader, shared by the text, Markdown and HTML writers: each
 * finding's sides with outlet, date, paragraph number and whole sentence, the words in dispute, the
 * parties, whether the disagreement is inside one article or across articles, and a headline.
 */
final class ReportView {
  /** Where a finding's evidence lies. */
  enum Scope {
    WITHIN_ONE_ARTICLE("within one article"),
    ACROSS_ARTICLES("across articles");

    final String label;

    Scope(String label) {
      this.label = label;
    }
  }

  /** One article with its paragraphs and what was found in it; {@code index} counts from 1. */
  record ArticleView(int index, Article article, SegmentedText text, List<Attribution> attributions, List<Figure> figures) {
    ArticleView {
      attributions = List.copyOf(attributions);
      figures = List.copyOf(figures);
    }

    String outlet() {
      return article.outlet().orElse(article.id());
    }

    /** The paragraph (counted from 1) holding {@code offset}, or 0 when none does; a binary search. */
    int paragraphAt(int offset) {
      List<Paragraph> ps = text.paragraphs();
      int lo = 0;
      int hi = ps.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span span = ps.get(mid).span();
        if (offset < span.start()) {
          hi = mid - 1;
        } else if (offset >= Math.max(span.end(), span.start() + 1)) {
          lo = mid + 1;
        } else {
          return ps.get(mid).index() + 1;
        }
      }
      return 0;
    }
  }

  /**
   * One side of a finding: the evidence, the article it is in, the whole sentence(s) around it
   * (offsets into the body), the paragraph (from 1; 0 if unknown) and the disputed words.
   */
  record Side(Evidence evidence, ArticleView article, int paragraph, Span sentence, String sentenceText,
      Optional<Attribution> attribution, Optional<Figure> figure, List<Span> marks) {
    Side {
      marks = List.copyOf(marks);
    }

    String outlet() {
      return article.outlet();
    }

    /** Who is speaking on this side: the attributed source, or the outlet when nobody is credited. */
    String party() {
      return attribution.map(a -> PartyNames.phrase(a.source())).orElse(outlet());
    }

    /** "The Harbor Ledger, 2025-03-11, paragraph 4". */
    String place() {
      StringBuilder s = new StringBuilder(outlet());
      article.article().published().ifPresent(d -> s.append(", ").append(d));
      if (paragraph > 0) {
        s.append(", paragraph ").append(paragraph);
      }
      return s.toString();
    }
  }

  /** A finding with its sides and the report's own wording of it. */
  record FindingView(Finding finding, List<Side> sides, Scope scope, List<String> parties, String headline) {
    FindingView {
      sides = List.copyOf(sides);
      parties = List.copyOf(parties);
    }

    String id() {
      return finding.id();
    }

    /**
     * What event the finding is about, as a reader can place it. Until findings carry an event, this
     * is the figures' dates or else the articles' publication dates.
     */
    Optional<String> event() {
      LinkedHashSet<String> dates = new LinkedHashSet<>();
      for (Side s : sides) {
        s.figure().flatMap(Figure::date).ifPresent(d -> dates.add(d.toString()));
      }
      if (dates.isEmpty()) {
        for (Side s : sides) {
          s.article().article().published().ifPresent(d -> dates.add(d.toString()));
        }
      }
      return dates.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", dates));
    }
  }

  private final Report report;
  private final List<ArticleView> articles;
  private final List<FindingView> findings;

  private ReportView(Report report, List<ArticleView> articles, List<FindingView> findings) {
    this.report = report;
    this.articles = List.copyOf(articles);
    this.findings = List.copyOf(findings);
  }

  Report report() {
    return report;
  }

  List<ArticleView> articles() {
    return articles;
  }

  List<FindingView> findings() {
    return findings;
  }

  static ReportView of(Report report, Segmenter segmenter) {
    Map<String, List<Attribution>> attsByArticle = report.attributions().stream()
        .collect(Collectors.groupingBy(Attribution::article, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Figure>> figsByArticle = report.figures().stream()
        .collect(Collectors.groupingBy(Figure::article, LinkedHashMap::new, Collectors.toList()));
    Map<String, ArticleView> byId = new LinkedHashMap<>();
    for (Article a : report.articles()) {
      byId.put(a.id(), new ArticleView(byId.size() + 1, a, segmenter.segment(a),
          attsByArticle.getOrDefault(a.id(), List.of()), figsByArticle.getOrDefault(a.id(), List.of())));
    }
    Map<String, Attribution> atts = report.attributions().stream()
        .collect(Collectors.toMap(Attribution::id, Function.identity(), (x, y) -> x));
    Map<String, Figure> figs = report.figures().stream()
        .collect(Collectors.toMap(Figure::id, Function.identity(), (x, y) -> x));
    List<FindingView> views = new ArrayList<>();
    for (Finding f : report.findings()) {
      views.add(view(f, e -> byId.computeIfAbsent(e.article(), id -> absent(e)),
          (a, id) -> Optional.ofNullable(atts.get(id)), (a, id) -> Optional.ofNullable(figs.get(id))));
    }
    return new ReportView(report, new ArrayList<>(byId.values()), views);
  }

  /**
   * A finding's view for a report streamed from disk: {@code articles} finds the article of each
   * piece of evidence (a view loaded and segmented on demand), whose own attributions and figures
   * the evidence names.
   */
  static FindingView view(Finding f, Function<String, Optional<ArticleView>> articles) {
    return view(f, e -> articles.apply(e.article()).orElseGet(() -> absent(e)),
        (a, id) -> a.attributions().stream().filter(x -> x.id().equals(id)).findFirst(),
        (a, id) -> a.figures().stream().filter(x -> x.id().equals(id)).findFirst());
  }

  /** Stands in for evidence whose article the report does not hold: its passage alone. */
  private static ArticleView absent(Evidence e) {
    return new ArticleView(0, Article.of(e.article(), e.text()),
        new SegmentedText(Article.of(e.article(), e.text()), List.of(), List.of(), List.of()), List.of(), List.of());
  }

  private static FindingView view(Finding f, Function<Evidence, ArticleView> articleOf,
      BiFunction<ArticleView, String, Optional<Attribution>> atts, BiFunction<ArticleView, String, Optional<Figure>> figs) {
    List<Side> sides = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      ArticleView article = articleOf.apply(e);
      sides.add(side(e, article, e.attribution().flatMap(id -> atts.apply(article, id)),
          e.figure().flatMap(id -> figs.apply(article, id))));
    }
    sides = withMarks(f.type(), sides);
    LinkedHashSet<String> parties = new LinkedHashSet<>();
    for (Side s : sides) {
      s.attribution().ifPresent(a -> parties.add(s.party()));
    }
    if (parties.isEmpty()) {
      sides.forEach(s -> parties.add(s.outlet()));
    }
    FindingView draft = new FindingView(f, sides, scope(f), new ArrayList<>(parties), "");
    return new FindingView(f, sides, draft.scope(), draft.parties(), Headline.of(draft));
  }

  /** One small method, so that a scope carried by the finding itself can replace it. */
  static Scope scope(Finding f) {
    String first = f.evidence().get(0).article();
    return f.evidence().stream().allMatch(e -> e.article().equals(first)) ? Scope.WITHIN_ONE_ARTICLE : Scope.ACROSS_ARTICLES;
  }

  private static Side side(Evidence e, ArticleView article, Optional<Attribution> attribution, Optional<Figure> figure) {
    String body = article.article().body();
    int start = Math.min(e.span().start(), body.length());
    int end = Math.min(Math.max(e.span().end(), start), body.length());
    for (Sentence s : article.text().sentences()) {
      if (s.end() > e.span().start() && s.start() < Math.max(e.span().end(), e.span().start() + 1)) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
    }
    Span sentence = Span.of(start, end);
    String text = sentence.length() > 0 ? sentence.in(body) : e.text();
    return new Side(e, article, article.paragraphAt(start), sentence, text, attribution, figure, List.of());
  }

  /** The disputed words: differing words of two quotations, else the figure, else what the source said. */
  private static List<Side> withMarks(FindingType type, List<Side> sides) {
    List<Side> out = new ArrayList<>();
    Optional<Side> firstQuote = sides.stream().filter(s -> s.attribution().isPresent()).findFirst();
    Optional<Side> secondQuote = sides.stream().filter(s -> s.attribution().isPresent()).skip(1).findFirst();
    for (Side s : sides) {
      List<Span> marks = new ArrayList<>();
      if (type == FindingType.QUOTE_MISMATCH && s.attribution().isPresent() && secondQuote.isPresent()) {
        Side other = s == firstQuote.get() ? secondQuote.get() : firstQuote.get();
        Attribution mine = s.attribution().get();
        String text = content(s);
        WordDiff.Result diff = WordDiff.of(text, content(other));
        for (Span w : joinedAcrossSpaces(text, diff.onlyInFirst())) {
          marks.add(Span.of(mine.start() + w.start(), mine.start() + w.end()));
        }
      } else if (s.figure().isPresent()) {
        marks.add(s.figure().get().span());
      } else if (s.attribution().isPresent()) {
        marks.add(s.attribution().get().span());
      }
      List<Span> clipped = new ArrayList<>();
      for (Span m : marks) {
        int a = Math.max(m.start(), s.sentence().start());
        int b = Math.min(m.end(), s.sentence().end());
        if (a < b) {
          clipped.add(Span.of(a, b));
        }
      }
      out.add(new Side(s.evidence(), s.article(), s.paragraph(), s.sentence(), s.sentenceText(), s.attribution(),
          s.figure(), clipped));
    }
    return out;
  }

  /** "not" and "ever" marked apart in "not ever" become one mark. */
  private static List<Span> joinedAcrossSpaces(String text, List<Span> words) {
    List<Span> out = new ArrayList<>();
    for (Span w : words) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && text.substring(last.end(), w.start()).isBlank()) {
        out.set(out.size() - 1, Span.of(last.start(), w.end()));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** The quoted words of a side, as they stand in the article body. */
  static String content(Side s) {
    Attribution a = s.attribution().orElseThrow();
    String body = s.article().article().body();
    return a.end() <= body.length() ? a.span().in(body) : a.content();
  }
}

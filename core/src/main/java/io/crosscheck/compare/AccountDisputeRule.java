package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Stance;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags one party contradicting, denying or re-characterising another party's account
 * (ACCOUNT_DISPUTE), pairing the disputing sentence with the account it answers.
 *
 * <p>"The ministry said Kovac called the talks “a breakthrough”." followed by "Asked whether this
 * account was accurate, an aide said Kovac called them “useful”." gives one HIGH finding whose
 * evidence is those two sentences. Cues come from the {@code dispute-cues} lexicon list; "it has
 * already begun" against "it has not yet been implemented" comes from {@link ProgressDisputes}.
 * Disputes of one account from one article are merged into one finding.
 */
final class AccountDisputeRule implements Check {
  /** How far back a "this account" cue may point. */
  private static final int PREVIOUS_WINDOW = 6;
  /** A capitalised owner inside a dispute cue: "Velmart’s", "Orvex' " (a name ending in s). */
  private static final Pattern NAMED_OWNER = Pattern.compile("\\b(\\p{Lu}[\\p{L}-]{1,40}?)(?:['’]s|(?<=s)['’])(?=\\s)");
  /** How far back a named topic ("claims of X involvement") or quoted words may be looked for. */
  private static final int TOPIC_WINDOW = 10;
  /** How far after a denial its claim may come when none came before. */
  private static final int AFTER_WINDOW = 2;
  /** Topic words a claim later in the article must share with a lede's denial ({@link #ledeAccount}). */
  private static final int LEDE_SHARED = 2;
  /** How far after a source's first mention its affiliation may be named: "Pell Arnst, Kellco lawyer and partner". */
  private static final int AFFILIATION_CHARS = 40;
  /** What each sentence between a lede and the claim it denies costs, in shared words thirds. */
  private static final double LEDE_DISTANCE_COST = 0.05;
  /** Short quoted words inside a cue sentence: "‘Very extreme’ is not language he uses". */
  private static final Pattern QUOTED_WORDS = Pattern.compile("[‘“\"']([^‘’“”\"]{3,40})[’”\"']");
  /** Another party's claim set against a denial in its own sentence: "…, despite Premier Ivo Marsh claiming …". */
  private static final Pattern CONCESSIVE_CLAIM = Pattern.compile(
      "\\b(?:despite|although|though|even as)\\s{1,3}((?:\\p{Lu}[\\p{L}.’'-]{0,30}\\s{1,3}){1,4})"
          + "(?:claiming|saying|insisting|asserting|arguing|having claimed|having said)\\b");
  /**
   * A claim the cue's sentence credits back to the party it accuses: "Marsh said the envoy was lying
   * when she stated that no deal was discussed".
   */
  private static final Pattern WHEN_CLAIMED = Pattern.compile(
      "^\\s{1,3}when\\s{1,3}(?:he|she|they|it)\\s{1,3}(?:claimed|said|stated|insisted|told|wrote)\\b");
  /** The reporting verb or conjunction before the party a cue accuses: "Marsh said [the envoy] was lying". */
  private static final Pattern BEFORE_ACCUSED = Pattern.compile(
      "\\b(?:said|says|suggested|suggests|hinted|hints|that|insisted|insists)\\s{1,3}(?=\\S)");
  /** The most words of the accused party's name: "Saudi Varnia's foreign minister". */
  private static final int MAX_ACCUSED_WORDS = 6;
  /** The disputing party's own counter-claim right after a cue: "refuted those allegations, saying it has …". */
  private static final Pattern COUNTER_CLAIM = Pattern.compile("^,?\\s+(?:saying|insisting|arguing|adding)\\b");

  private final CuePatterns disputeCues;
  /** Days and times ({@code time-words}): shared by unrelated sentences of one day's story. */
  private final Set<String> timeWords;
  private final CuePatterns claimMarkers;
  private final Set<String> stopWords;
  private final ProgressDisputes progress;
  private final CommitmentDisputes commitments;
  private final WordGroups groups;
  private final OtherArticleClaims otherClaims;
  private final OwnerAccounts owners;
  private final ExclusionDisputes exclusions;
  private final CreditDenials creditDenials;
  private final EventFramer framer;
  private final ContraryClaims contrary;
  private final OppositeModifiers opposites;
  private final CrossAccusations accusations;
  private final ScopeDisputes scopes;
  private final BlameDisputes blames;
  private final CounterClaims counters = new CounterClaims();

  AccountDisputeRule(Lexicon lexicon) {
    this.disputeCues = CuePatterns.from(lexicon, "dispute-cues");
    this.claimMarkers = CuePatterns.from(lexicon, "claim-markers");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.timeWords = new HashSet<>(lexicon.entries("time-words"));
    this.progress = new ProgressDisputes(lexicon);
    this.commitments = new CommitmentDisputes(lexicon);
    this.groups = new WordGroups(lexicon);
    this.otherClaims = new OtherArticleClaims(lexicon, stopWords, groups, disputeCues, claimMarkers);
    this.owners = new OwnerAccounts(lexicon, groups);
    this.exclusions = new ExclusionDisputes(lexicon);
    this.creditDenials = new CreditDenials(lexicon, groups);
    this.framer = new EventFramer(lexicon);
    this.contrary = new ContraryClaims(stopWords, groups, CuePatterns.from(lexicon, "omission-cues"));
    this.accusations = new CrossAccusations(stopWords);
    this.opposites = new OppositeModifiers(Set.copyOf(lexicon.entries("function-words")), groups);
    this.scopes = new ScopeDisputes(lexicon, stopWords, groups);
    this.blames = new BlameDisputes(lexicon);
  }

  /**
   * An account and the sentences that dispute it; {@code oneSentence} marks a sentence that holds
   * both sides; {@code denier} names who disputes when the cue's subject is not the sentence's main
   * attribution ("Pask pushed back against Varnian claims that …").
   */
  record Dispute(Side account, List<Side> disputing, boolean byTopic, boolean oneSentence, Optional<String> denier,
      Optional<String> claimant) {
    /** A dispute between sentences, the disputing party read from the first disputing sentence. */
    Dispute(Side account, List<Side> disputing, boolean byTopic) {
      this(account, disputing, byTopic, false, Optional.empty(), Optional.empty());
    }
  }

  @Override
  public List<Finding> check(Batch batch) {
    List<Dispute> disputes = new ArrayList<>();
    List<ArticleView> views = ArticleView.of(batch.articles());
    List<Finding> out = new ArrayList<>();
    // A party denying what is credited to it: one finding per credit, ahead of the cue rules.
    Set<Sentence> answered = new HashSet<>();
    for (CreditDenials.Denial d : creditDenials.find(views, new ArticleEvents(framer, stopWords))) {
      out.add(finding(d));
      d.denial().forEach(s -> answered.add(s.sentence()));
    }
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        if (answered.contains(s)) {
          continue;
        }
        Optional<Dispute> owned = owners.find(views, view, i);
        if (owned.isPresent()) {
          disputes.add(owned.get()); // "contradicting the operator's account": the owner's claim, wherever it is
          continue;
        }
        Optional<CuePatterns.Hit> hit = view.find(disputeCues, s);
        // "denied that any deal on pay was struck" is paired by topic in CommitmentDisputes.
        if (hit.isPresent() && (!commitments.isDenial(s.text()) || concessive(s, hit.get()))) {
          dispute(views, view, i, hit.get(), batch.entities()).ifPresent(disputes::add);
        }
      }
    }
    disputes.addAll(progress.find(views));
    disputes.addAll(commitments.find(views));
    disputes.addAll(exclusions.find(views));
    // A party answering a claim about it after "However": only where no rule above read either sentence.
    Set<Sentence> involved = new HashSet<>(answered);
    disputes.forEach(d -> addSentences(d, involved));
    disputes.addAll(counters.find(views, involved, PartyOwners.of(batch.articles())));
    Set<Sentence> disputed = new HashSet<>(answered);
    for (List<Dispute> group : byAnswer(merge(disputes))) {
      out.add(finding(group));
      group.forEach(d -> addSentences(d, disputed));
    }
    // Two parties blaming different causes in one sentence that sets them against each other.
    out.addAll(blames.find(views, disputed));
    // Two sides asserting and denying one thing with no cue between them.
    Map<String, ArticleView> byId = new HashMap<>();
    views.forEach(v -> byId.put(v.id(), v));
    out.addAll(contrary.find(batch, byId, disputed));
    // Two parties in one article accusing each other's side of one act.
    out.addAll(accusations.find(views, disputed));
    // Two parties in one article calling one thing by opposite forms of a modifier.
    out.addAll(opposites.find(views, disputed));
    // One side giving a thing whole, the other only in part.
    out.addAll(scopes.find(batch, byId, disputed));
    return out;
  }

  /** Adds the dispute's account and its disputing sentences to {@code sentences}. */
  private static void addSentences(Dispute d, Set<Sentence> sentences) {
    sentences.add(d.account().sentence());
    d.disputing().forEach(x -> sentences.add(x.sentence()));
  }

  /**
   * One finding per answer: when the same disputing sentences answer several accounts (the union
   * leader's claim, and a colleague repeating "the union's claim" in another article), those
   * accounts are one dispute between the same parties, and each becomes evidence of it.
   */
  private static List<List<Dispute>> byAnswer(List<Dispute> disputes) {
    Map<String, List<Dispute>> groups = new LinkedHashMap<>();
    for (Dispute d : disputes) {
      StringBuilder key = new StringBuilder(d.byTopic() ? "T" : "C");
      d.disputing().forEach(s -> key.append('|').append(s.view().id()).append('@').append(s.sentence().start()));
      groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(d);
    }
    return new ArrayList<>(groups.values());
  }

  private Optional<Dispute> dispute(List<ArticleView> views, ArticleView view, int i, CuePatterns.Hit hit,
      List<Entity> entities) {
    List<Sentence> sentences = view.sentences();
    Sentence cue = sentences.get(i);
    boolean byTopic = "TOPIC".equals(hit.kind());
    // "The ministry denied that any convoy was held up. “No truck was stopped,” she said.": the quote
    // that follows names the denied predicate too.
    Optional<Sentence> quoteAfter = byTopic && i + 1 < sentences.size() && continuesQuote(sentences.get(i + 1))
        ? Optional.of(sentences.get(i + 1)) : Optional.empty();
    String denied = cue.text().substring(hit.end()) + quoteAfter.map(q -> " " + q.text()).orElse("");
    int skip = quoteAfter.isPresent() ? 1 : 0;
    Optional<Attribution> speaker = view.speakerAt(cue, cue.start() + hit.start());
    Optional<Source> denier = speaker.map(Attribution::source)
        .or(() -> namedBefore(cue.text().substring(0, hit.start()), entities));
    // "Varnia denied promising silence, despite Premier Ivo Marsh claiming the promise was made": the
    // sentence holds the account it denies.
    Optional<String> owner = namedOwner(cue.text().substring(hit.start(), hit.end())); // "Marsh’s" in "rejected Marsh’s account"
    boolean within = "WITHIN".equals(hit.kind()); // "…, which Varnia denies": the sentence holds the account it answers
    Optional<Side> account = within || concessive(cue, hit) ? Optional.of(new Side(view, cue)) : byTopic
        ? topicAccount(view, i, denied, false).map(a -> new Side(view, a))
            .or(() -> namesAReport(cue.text().substring(hit.start())) ? reportAccount(view, i + skip).map(a -> new Side(view, a))
                : Optional.empty())
            .or(() -> i == 0 ? ledeAccount(view, cue.text().substring(hit.end()), skip, denier, entities) : Optional.empty())
            .or(() -> otherClaims.answered(views, view, denied))
            .or(() -> topicAccount(view, i + skip, denied, true).map(a -> new Side(view, a)))
            .or(() -> ownsClaims(view, cue, hit) ? Optional.of(new Side(view, cue)) : Optional.empty())
        : ("LAST".equals(hit.kind()) ? statementBefore(view, i) : Optional.<Sentence>empty()).or(() -> quotedAccount(view, i))
            .or(() -> answeredAccount(view, i, cue.text().substring(hit.end()), owner)).map(a -> new Side(view, a))
            // "Pask dismissed Varnia’s accusation of a “bully-like mindset”, saying …" opening a story
            // that quotes the accusation further on
            .or(() -> i == 0 ? ledeAccount(view, cue.text().substring(hit.end()), 0, denier, entities)
                .filter(a -> owner.isEmpty() || creditedTo(view, a.sentence(), owner.get())) : Optional.empty())
            // "…, contradicting Marsh’s assertions about direct talks": the cue tells the account it answers
            .or(() -> toldAccount(cue.text(), hit).isPresent() ? Optional.of(new Side(view, cue)) : Optional.empty());
    if (account.isEmpty() || account.get().view() == view && account.get().sentence().index() > i
        && (sameSource(source(account.get()), denier) || view.attribution(account.get().sentence())
            .filter(a -> speaksFor(a, view, denierName(denier), entities)).isPresent())) {
      // The denier's own words after a denial, or its lawyer's, explain it ("She denied it. She said
      // the trucks had left."); before it, one source may relay both a report and its denial.
      return Optional.empty();
    }
    if (account.get().view() == view && sameSource(source(account.get()), denier) && quotedWhole(view, account.get().sentence())) {
      // "“There was no call,” the spokesman said. “It is pure invention.”": a relay reports another's
      // account in its own words; the denier's quoted words are its own denial, not the account denied.
      return Optional.empty();
    }
    List<Side> disputing = new ArrayList<>();
    disputing.add(new Side(view, cue));
    quoteAfter.ifPresent(q -> disputing.add(new Side(view, q)));
    if ("FORWARD".equals(hit.kind()) && i + 1 < sentences.size()) {
      disputing.add(new Side(view, sentences.get(i + 1))); // "… gave another version. Blinken “voiced concern …”"
    }
    if (continuesQuote(cue) && i > 0 && !account.get().sameAs(new Side(view, sentences.get(i - 1)))) {
      disputing.add(new Side(view, sentences.get(i - 1))); // the speaker's own words just before
    }
    // The summary names the denier when it is not whom the sentence is credited to anyway.
    Optional<String> named = within ? trailingDenier(cue.text(), hit) : speaker.equals(view.attribution(cue)) ? Optional.empty()
        : Optional.of(speaker.map(a -> a.source().name()).filter(Parties::isName).orElseGet(() -> Parties.label(cue.text())));
    boolean oneSentence = account.get().sameAs(new Side(view, cue));
    // In one sentence, the claim's owner is named in it: "…, despite Premier Ivo Marsh claiming …".
    Optional<String> claimant = oneSentence
        ? concessiveClaimant(cue.text()).or(() -> accusedBefore(cue.text(), hit)).or(() -> toldAccount(cue.text(), hit))
            .or(() -> within ? otherSpeaker(view, cue, named) : Optional.empty())
        : Optional.empty();
    return Optional.of(new Dispute(account.get(), disputing, byTopic, oneSentence, named, claimant));
  }

  /**
   * Whether the sentence credits the claims its cue disputes to their owner, named after the cue:
   * "Brand is pushing back against White Palace claims that …" holds the White Palace's account
   * as well as Brand's dispute of it.
   */
  private static boolean ownsClaims(ArticleView view, Sentence s, CuePatterns.Hit hit) {
    return view.creditsAfter(s, s.start() + hit.start());
  }

  /**
   * Whether another party's claim follows the cue in its sentence: "…, despite Premier Ivo Marsh
   * claiming …", "… was lying when she stated …".
   */
  private static boolean concessive(Sentence s, CuePatterns.Hit hit) {
    return CONCESSIVE_CLAIM.matcher(s.text()).region(hit.end(), s.text().length()).find()
        || WHEN_CLAIMED.matcher(s.text()).region(hit.end(), s.text().length()).lookingAt();
  }

  /** "the envoy" in "Marsh said the envoy was lying when she stated …": the party the cue accuses, before it. */
  private static Optional<String> accusedBefore(String sentence, CuePatterns.Hit hit) {
    if (!WHEN_CLAIMED.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
      return Optional.empty();
    }
    Matcher m = BEFORE_ACCUSED.matcher(sentence).region(0, hit.start());
    int from = -1;
    while (m.find()) {
      from = m.end(); // the last reporting word before the cue
    }
    if (from < 0) {
      return Optional.empty();
    }
    String party = sentence.substring(from, hit.start()).strip();
    int words = party.isEmpty() ? 0 : party.split("\\s+").length;
    return words >= 1 && words <= MAX_ACCUSED_WORDS ? Optional.of(party) : Optional.empty();
  }

  /** Who the sentence credits besides {@code denier}: "…(which Varnia denies)…, a letter from Orsk revealed" gives the letter's source. */
  private static Optional<String> otherSpeaker(ArticleView view, Sentence s, Optional<String> denier) {
    String not = denier.map(d -> d.toLowerCase(java.util.Locale.ROOT)).orElse("");
    for (Attribution a : view.article().attributions()) {
      String name = a.source().name();
      if (a.end() > s.start() && a.start() < s.end() && Parties.isName(name)
          && !not.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** "Varnia" in "…, which Varnia denies" and "…, a claim the Orsk ministry rejects": the words before the denying verb. */
  private static Optional<String> trailingDenier(String sentence, CuePatterns.Hit hit) {
    Matcher m = TRAILING_DENIER.matcher(sentence.substring(hit.start(), hit.end()));
    return m.find() ? Optional.of(m.group(1).strip()).filter(x -> !x.isEmpty()) : Optional.empty();
  }

  /** {@link #trailingDenier}'s reading of a WITHIN cue: what stands between its opening noun or "which" and the verb. */
  private static final Pattern TRAILING_DENIER = Pattern.compile(
      "^(?:which|an? \\p{L}{1,12}|\\p{L}{1,12}s)(?: that)? (.{1,80}?) (?:(?:has|have|had) )?\\p{L}{1,9}$");

  /** "Premier Ivo Marsh" in "…, despite Premier Ivo Marsh claiming …": who makes the claim a denial sets itself against. */
  private static Optional<String> concessiveClaimant(String sentence) {
    Matcher m = CONCESSIVE_CLAIM.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** A sentence that opens with a quotation mark; compiled once, where {@code String.matches} compiled it per call. */
  private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("(?s)^\\s*[“\"‘'].*");

  /** A sentence that opens with a quotation mark carries on the previous speaker's remarks. */
  private static boolean continuesQuote(Sentence s) {
    return OPENS_WITH_QUOTE.matcher(s.text()).matches();
  }

  /**
   * The statement right before a LAST cue ("contradicted that point"): the point is the last one
   * made, whatever earlier statement holds more claim words ("“We never barred her,” the statement
   * went on. Yet her spokesperson contradicted that point").
   */
  private static Optional<Sentence> statementBefore(ArticleView view, int cue) {
    if (cue == 0) {
      return Optional.empty();
    }
    Sentence previous = view.sentences().get(cue - 1);
    return view.attribution(previous).isPresent() ? Optional.of(previous) : Optional.empty();
  }

  /** The account whose quoted words the cue repeats: "‘Very extreme’ is not language he uses". */
  private Optional<Sentence> quotedAccount(ArticleView view, int cue) {
    Matcher m = QUOTED_WORDS.matcher(view.sentences().get(cue).text());
    while (m.find()) {
      String words = Texts.normalise(m.group(1)).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
      if (words.split(" ").length > 4 || words.length() < 4) {
        continue;
      }
      for (int i = cue - 1; i >= 0 && i >= cue - TOPIC_WINDOW; i--) {
        Sentence s = view.sentences().get(i);
        if (view.hasQuote(s) && Texts.normalise(s.text()).contains(words)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The account a counter-claim answers: "Kellco refuted those allegations, saying it has spent
   * millions on its booking servers" answers the earlier claim about those servers, not merely the
   * nearest claim.
   */
  private Optional<Sentence> counteredAccount(ArticleView view, int cue, String afterCue, Optional<String> owner) {
    Set<String> counter = Texts.contentWords(afterCue, stopWords);
    if (!COUNTER_CLAIM.matcher(afterCue).find() || counter.isEmpty()) {
      return Optional.empty();
    }
    // The counter-claim names what is disputed, so shared words outweigh distance and cue markers.
    return Candidates.bestBefore(view.sentences(), cue, TOPIC_WINDOW, 0.0, 0.25, s -> {
      if (owner.isPresent() && !creditedTo(view, s, owner.get())) {
        return Double.NEGATIVE_INFINITY;
      }
      int shared = groups.overlap(counter, view.contentWords(s, stopWords));
      return shared == 0 ? Double.NEGATIVE_INFINITY : 3.0 * shared + (view.hasQuote(s) ? 1 : 0);
    });
  }

  /**
   * The account a cue answers that no quotation names: the one its counter-claim shares words with,
   * else a recent claim. When the cue names whose claims it disputes ("disputed Velmart’s claims"),
   * that party's accounts come first.
   */
  private Optional<Sentence> answeredAccount(ArticleView view, int cue, String afterCue, Optional<String> owner) {
    Optional<Sentence> owned = owner.isEmpty() ? Optional.empty()
        : counteredAccount(view, cue, afterCue, owner).or(() -> previousAccount(view, cue, owner));
    return owned.or(() -> counteredAccount(view, cue, afterCue, Optional.empty()))
        .or(() -> previousAccount(view, cue, Optional.empty()));
  }

  /**
   * The account a "this account" cue answers: a recent quoted or claimed statement sharing words.
   * A sentence whose statement is itself a denial ("India rejected the remarks …") or holds a
   * dispute cue answers an account too, so it is never the account answered.
   */
  private Optional<Sentence> previousAccount(ArticleView view, int cue, Optional<String> owner) {
    Set<String> cueWords = Texts.contentWords(view.sentences().get(cue).text(), stopWords);
    // "Korrin said the claims were baseless. “We refute these allegations,” it said.": the first
    // disputes too, so it is not the account disputed; "disputed Velmart's claims" answers Velmart.
    Optional<Source> disputer = view.attribution(view.sentences().get(cue)).map(Attribution::source);
    return Candidates.bestBefore(view.sentences(), cue, PREVIOUS_WINDOW, 0.4, 0.5, s -> {
      Optional<CuePatterns.Hit> disputes = view.find(disputeCues, s);
      // "Brand is pushing back against White Palace claims that …" disputes too, yet holds the claims
      // it names; its markers ("claims") are the dispute's own words, so only shared words count.
      boolean relays = disputes.filter(h -> ownsClaims(view, s, h)).isPresent();
      if (denies(view, s) || disputes.isPresent() && !relays || owner.isPresent() && !creditedTo(view, s, owner.get())
          || disputer.isPresent() && view.attribution(s).filter(a -> oneSide(a.source(), disputer.get())).isPresent()) {
        return Double.NEGATIVE_INFINITY;
      }
      return (relays ? 0 : 2.0 * Math.min(2, claimMarkers.count(s.text()))) + (view.hasQuote(s) ? 1 : 0)
          + Texts.overlap(cueWords, view.contentWords(s, stopWords));
    });
  }

  /** "Velmart" in "called Velmart’s claims baseless": the named party whose account a cue disputes. */
  private static Optional<String> namedOwner(String cueText) {
    Matcher m = NAMED_OWNER.matcher(cueText);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The owner a cue names when the cue also tells what the owner's account says: "contradicting
   * Marsh’s assertions about direct talks", "rejecting Varnia’s claims that the pier was shut".
   */
  private static Optional<String> toldAccount(String sentence, CuePatterns.Hit hit) {
    Optional<String> owner = namedOwner(sentence.substring(hit.start(), hit.end()));
    return owner.isPresent() && TOLD_CONTENT.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()
        ? owner : Optional.empty();
  }

  /** What an account says, right after the cue that names it: " about direct talks", " that the pier was shut". */
  private static final Pattern TOLD_CONTENT = Pattern.compile("^\\s{1,3}(?:about|that|of)\\s{1,3}\\S{1,40}\\s{1,3}\\p{L}");

  /** Whether {@code s} is credited to the owner of the account a cue names ({@link OwnerAccounts#owns}). */
  private boolean creditedTo(ArticleView view, Sentence s, String owner) {
    return view.attribution(s).filter(a -> owners.owns(view, a, owner)).isPresent();
  }

  /**
   * Two differently named sources speaking for one body: "a UMG spokesman" and "a UMG
   * spokesperson", "a spokesperson for Velmart" and Velmart itself. One side's later words are no
   * dispute of its earlier ones; one source may still relay a claim and another party's denial of it.
   */
  private static boolean oneSide(Source a, Source b) {
    String ba = a.affiliation().orElse(a.name());
    String bb = b.affiliation().orElse(b.name());
    return (a.affiliation().isPresent() || b.affiliation().isPresent()) && ba.equalsIgnoreCase(bb);
  }

  /**
   * The known source named last in {@code prefix}, the words before a cue that credits no one
   * ("President Olek Brand is pushing back against …"): whoever disputes, so that the same
   * person's words elsewhere ("according to the Kastani leader") are not taken for the account.
   */
  private static Optional<Source> namedBefore(String prefix, List<Entity> entities) {
    Entity best = null;
    int bestEnd = -1;
    for (Entity e : entities) {
      for (String alias : e.aliases()) {
        if (alias.isEmpty() || !Character.isUpperCase(alias.charAt(0))) {
          continue; // "he", "the official": no name
        }
        int at = prefix.lastIndexOf(alias);
        int end = at + alias.length();
        if (at >= 0 && end > bestEnd && (end == prefix.length() || !Character.isLetter(prefix.charAt(end)))
            && (at == 0 || !Character.isLetter(prefix.charAt(at - 1)))) {
          best = e;
          bestEnd = end;
        }
      }
    }
    return Optional.ofNullable(best).map(e -> Source.of(e.name(), e.kind()).withEntity(e.id()));
  }

  /** The source a side's sentence is credited to. */
  private static Optional<Source> source(Side side) {
    return side.view().attribution(side.sentence()).map(Attribution::source);
  }

  /** One source: the same linked entity, or the same name where either is unlinked. */
  private static boolean sameSource(Optional<Source> x, Optional<Source> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.get().entity().isPresent() && y.get().entity().isPresent()) {
      return x.get().entity().equals(y.get().entity());
    }
    return x.get().name().equalsIgnoreCase(y.get().name());
  }

  /** The denier's name as a whole-word pattern; empty when there is none. */
  private static Optional<Pattern> denierName(Optional<Source> denier) {
    return denier.map(Source::name).filter(n -> !n.isBlank())
        .map(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b"));
  }

  /**
   * Whether the attribution's source speaks for the denier named {@code denier}: the article
   * introduces it with the denier's name ("Pell Arnst, Kellco lawyer, wrote …" for Kellco's denial),
   * or one of the names its entity goes by holds it ("India's foreign secretary" for India's denial).
   */
  private static boolean speaksFor(Attribution a, ArticleView view, Optional<Pattern> denier, List<Entity> entities) {
    if (denier.isEmpty()) {
      return false;
    }
    if (denier.get().matcher(a.sourceText()).find()) {
      return true;
    }
    // "Pell Arnst, Kellco lawyer, wrote …" earlier, then "Arnst said": the source as the article introduced it.
    String body = view.body();
    String speaker = a.source().name();
    int at = speaker.isBlank() ? -1 : body.indexOf(speaker);
    if (at >= 0 && denier.get().matcher(body.substring(at + speaker.length(),
        Math.min(body.length(), at + speaker.length() + AFFILIATION_CHARS))).find()) {
      return true;
    }
    for (Entity e : entities) {
      if (a.source().entity().filter(e.id()::equals).isPresent()
          && e.aliases().stream().anyMatch(x -> denier.get().matcher(x).find())) {
        return true;
      }
    }
    return false;
  }

  /** A sentence credited as a denial, or holding a denial cue of its own ("also denied he had …"). */
  private boolean isDenial(ArticleView view, Sentence s) {
    return denies(view, s) || view.find(disputeCues, s).filter(h -> "TOPIC".equals(h.kind())).isPresent();
  }

  /** Whether the sentence is credited as a quotation, in the speaker's own words: a direct quote. */
  private static boolean quotedWhole(ArticleView view, Sentence s) {
    return view.attribution(s).filter(a -> a.mode() == Mode.DIRECT).isPresent();
  }

  /** Whether the sentence credits a denial, whatever else it credits: "Voss denies Renn hung up, saying she is surprised …". */
  private static boolean denies(ArticleView view, Sentence s) {
    return view.anyAttribution(s, a -> a.stance() == Stance.DENYING);
  }

  /**
   * The account carrying the claim named after the cue ("… of claims of Iranian involvement"):
   * before the cue, or (with {@code after}) just after it (a lede that sums up; "She denied blocking the road.
   * Police said 14 trucks were parked across it.").
   */
  private Optional<Sentence> topicAccount(ArticleView view, int cue, String afterCue, boolean after) {
    Set<String> topic = Texts.contentWords(afterCue, stopWords);
    if (topic.isEmpty()) {
      return after ? Optional.empty() : previousAccount(view, cue, Optional.empty());
    }
    java.util.function.ToDoubleFunction<Sentence> score = s -> {
      if (isDenial(view, s)) {
        return Double.NEGATIVE_INFINITY; // a denial answers an account, it is none
      }
      int shared = groups.overlap(topic, view.contentWords(s, stopWords));
      return shared == 0 ? Double.NEGATIVE_INFINITY
          : 3.0 * shared + 2.0 * Math.min(2, claimMarkers.count(s.text())) + (view.hasQuote(s) ? 1 : 0);
    };
    return after ? Candidates.bestAfter(view.sentences(), cue, AFTER_WINDOW, 2.5, 0.5, score)
        : Candidates.bestBefore(view.sentences(), cue, TOPIC_WINDOW, 2.5, 0.5, score);
  }

  /** A denial (cue and object) whose object is a report: "denied a report that the two leaders spoke", "rejected media reports of a deal". */
  private static final Pattern REPORT_OBJECT = Pattern.compile("^\\S{1,30}\\s{1,3}(?:\\S{1,30}\\s{1,3}){0,3}?reports?\\b",
      Pattern.CASE_INSENSITIVE);

  private static boolean namesAReport(String fromCue) {
    return REPORT_OBJECT.matcher(fromCue).find();
  }

  /**
   * The report a denial of "a report that …" answers, in the denial's own article: the nearest
   * sentence just after it, else before it, that credits an outlet or a "reported" cue. The report
   * may word the claim differently ("held a phone call", "spoke with"); that it is the report is
   * what ties the two.
   */
  private Optional<Sentence> reportAccount(ArticleView view, int cue) {
    return Candidates.nearest(view.sentences(), cue, AFTER_WINDOW, TOPIC_WINDOW, s -> reports(view, s));
  }

  private boolean reports(ArticleView view, Sentence s) {
    return !isDenial(view, s) && view.attribution(s)
        .filter(a -> a.source().kind() == SourceKind.MEDIA || a.cue().equalsIgnoreCase("reported")).isPresent();
  }

  /**
   * The claim a lede's denial answers, stated anywhere further on in its own article: "An official
   * denied allegations that residents were told to stay in their homes." opens a story that
   * later quotes the accuser ("… they were told to stay put"). The lede sums the story up, so its
   * own article is read before any other; the claim is attributed to someone other than the
   * denier and shares {@link #LEDE_SHARED} topic words with the denial. {@code from} is the last
   * sentence that belongs to the denial itself (the quote that carries it on); {@code denier} is
   * who denies, the speaker named before the cue.
   */
  private Optional<Side> ledeAccount(ArticleView view, String denied, int from, Optional<Source> denier,
      List<Entity> entities) {
    Set<String> topic = new HashSet<>(Texts.contentWords(denied, stopWords));
    topic.removeAll(timeWords); // "on Monday" says when, not what was alleged
    Optional<Pattern> name = denierName(denier); // built once, tested against every candidate
    return Candidates.bestAfter(view.sentences(), from, view.sentences().size(), 3.0 * LEDE_SHARED - 1, LEDE_DISTANCE_COST, s -> {
      if (view.attribution(s).isEmpty() || isDenial(view, s) || sameSource(source(new Side(view, s)), denier)
          || speaksFor(view.attribution(s).get(), view, name, entities)) {
        return Double.NEGATIVE_INFINITY; // an accuser says it; the denier's own later words repeat the denial
      }
      return 3.0 * groups.overlap(topic, view.contentWords(s, stopWords));
    }).map(s -> new Side(view, s));
  }

  /** One finding per account and disputing article: cues about one exchange collapse together. */
  private static List<Dispute> merge(List<Dispute> disputes) {
    Map<String, Dispute> byAccount = new LinkedHashMap<>();
    for (Dispute d : disputes) {
      String key = d.account().view().id() + "@" + d.account().sentence().start() + ">" + d.disputing().get(0).view().id();
      Dispute old = byAccount.get(key);
      if (old == null) {
        byAccount.put(key, d);
        continue;
      }
      List<Side> sides = new ArrayList<>(old.disputing());
      for (Side s : d.disputing()) {
        if (sides.stream().noneMatch(s::sameAs)) {
          sides.add(s);
        }
      }
      sides.sort(Side.ORDER);
      byAccount.put(key, new Dispute(old.account(), sides, old.byTopic() && d.byTopic(), old.oneSentence() || d.oneSentence(),
          old.denier().or(d::denier), old.claimant().or(d::claimant)));
    }
    List<Dispute> out = new ArrayList<>();
    for (Dispute d : byAccount.values()) {
      if (d.oneSentence() || d.disputing().stream().noneMatch(d.account()::sameAs)) {
        out.add(d);
      }
    }
    return out;
  }

  private static Finding finding(CreditDenials.Denial d) {
    Side denial = d.denial().get(0);
    String summary = Parties.capitalise(d.credit().party()) + " credits a claim to " + d.party() + " ("
        + Texts.clip(d.credit().text(), 90) + "); " + d.party() + " denies it (" + Texts.clip(denial.text(), 90) + ")";
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(d.credit().evidence());
    d.denial().forEach(s -> evidence.add(s.evidence()));
    return new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.HIGH, summary, evidence);
  }

  private static Finding finding(List<Dispute> group) {
    Dispute d = group.get(0);
    Side account = d.account();
    Side first = d.disputing().get(0);
    String claimant = d.claimant().orElse(account.party());
    String summary = Parties.capitalise(claimant) + " gives an account (" + Texts.clip(account.text(), 90)
        + "); " + d.denier().orElse(first.party()) + (d.byTopic() ? " does not back it" : " disputes it") + " ("
        + Texts.clip(first.text(), 90) + ")";
    List<Evidence> evidence = new ArrayList<>();
    group.forEach(g -> evidence.add(g.account().evidence()));
    // a sentence holding both sides is given once
    d.disputing().stream().filter(s -> group.stream().noneMatch(g -> g.account().sameAs(s))).forEach(s -> evidence.add(s.evidence()));
    return new Finding("", FindingType.ACCOUNT_DISPUTE, d.byTopic() ? Severity.MEDIUM : Severity.HIGH, summary, evidence);
  }
}

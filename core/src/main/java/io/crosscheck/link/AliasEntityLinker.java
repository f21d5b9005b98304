package io.crosscheck.link;

import io.crosscheck.internal.PersonNames;
import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges the sources of a batch into entities, within and across articles.
 *
 * <p>People merge on their surname, whatever the title, middle initial or kind: "Ana J. Kovac",
 * "Mr. Kovac", "Foreign Minister Ana Kovac" and "the top Velorian diplomat" (already resolved to Ana
 * Kovac by the attribution stage) are one entity whose aliases are those texts. Other sources merge
 * on their normalised name: "the Interior Ministry" and "Interior Ministry".
 */
final class AliasEntityLinker implements EntityLinker {
  /** A pronoun standing alone as the source text: "he", "She", "they". */
  private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she|they|it|we|i)$");
  /** "kovac's office" or "kovac’s office": an owner's office, spokesperson, ministry (lower-cased key text). */
  private static final Pattern OWNER_FIRST = Pattern.compile("^(.{1,80}?)['’]s? (office|ministry|government|campaign|team)$");
  /** "office of kovac": the same owner written the other way round. */
  private static final Pattern OWNER_LAST = Pattern.compile("^(office|ministry|government|campaign|team) of (?:the )?(.{1,80})$");

  AliasEntityLinker(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
  }

  @Override
  public Linked link(List<AnalysedArticle> articles) {
    Linking linking = new Linking();
    for (AnalysedArticle article : articles) {
      article.attributions().forEach(a -> linking.observe(a.source()));
    }
    List<AnalysedArticle> out = new ArrayList<>();
    for (AnalysedArticle article : articles) {
      List<Attribution> stamped = new ArrayList<>();
      for (Attribution a : article.attributions()) {
        stamped.add(a.withSource(a.source().withEntity(linking.assign(a.source(), a.sourceText()))));
      }
      out.add(article.withAttributions(stamped));
    }
    return new Linked(out, linking.entities());
  }

  @Override
  public Optional<SourceLinking> sourceLinking() {
    return Optional.of(new Linking());
  }

  /** The two passes of {@link #link}, one source at a time. */
  private static final class Linking implements SourceLinking {
    // Surnames that two differently named people share ("Ana Kovac", "Anton Kovac") keep first names.
    private final Map<String, Set<String>> firstNames = new LinkedHashMap<>();
    // A source is named the same way many times in a batch: its key and first name are read once.
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Optional<String>> firsts = new HashMap<>();
    private final Map<String, String> idByKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();
    private final Map<String, String> nameById = new LinkedHashMap<>();
    private final Map<String, SourceKind> kindById = new LinkedHashMap<>();

    @Override
    public void observe(Source source) {
      String name = source.kind() + "|" + source.name();
      String k = keys.computeIfAbsent(name, x -> key(source));
      firsts.computeIfAbsent(name, x -> firstName(source))
          .ifPresent(f -> firstNames.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(f));
    }

    @Override
    public String assign(Source s, String sourceText) {
      String name = s.kind() + "|" + s.name();
      String key = keys.computeIfAbsent(name, x -> key(s));
      Set<String> known = firstNames.getOrDefault(key, Set.of());
      if (known.size() > 1) {
        key = key + ":" + firsts.computeIfAbsent(name, x -> firstName(s)).orElse(known.iterator().next());
      }
      String id = idByKey.computeIfAbsent(key, k -> "e" + (idByKey.size() + 1));
      nameById.merge(id, s.name(), (old, now) -> now.length() > old.length() ? now : old);
      kindById.merge(id, s.kind(), (old, now) -> now == SourceKind.NAMED_SPOKESPERSON ? now : old);
      Set<String> names = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
      names.add(s.name());
      String literal = sourceText.strip();
      if (!literal.isEmpty() && !PRONOUN.matcher(literal).matches()) {
        names.add(literal);
      }
      return id;
    }

    @Override
    public List<Entity> entities() {
      List<Entity> entities = new ArrayList<>();
      for (Map.Entry<String, String> e : nameById.entrySet()) {
        entities.add(new Entity(e.getKey(), e.getValue(), kindById.get(e.getKey()), List.copyOf(aliases.get(e.getKey()))));
      }
      return entities;
    }
  }

  /** "Ana" in "Ana J. Kovac"; empty for "Mr. Kovac" or "Kovac" and for anything but a named person. */
  static Optional<String> firstName(Source s) {
    if (s.kind() != SourceKind.NAMED_PERSON && s.kind() != SourceKind.NAMED_SPOKESPERSON) {
      return Optional.empty();
    }
    String[] words = PersonNames.words(s.name());
    return words.length > 1 ? Optional.of(words[0].toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** "person:kovac" for any named person; "INSTITUTION:interior ministry" for the rest. */
  static String key(Source s) {
    // "U.S. officials" and "US officials" are one source.
    String name = PersonNames.withoutTitle(s.name().toLowerCase(Locale.ROOT)).replace(".", "");
    if (s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.NAMED_SPOKESPERSON) {
      String[] words = PersonNames.words(name);
      return "person:" + PersonNames.withoutPossessive(words[words.length - 1]);
    }
    return s.kind() + ":" + ownerForm(name);
  }

  /** "office of kovac", "kovac's office" and "kovac’s office" all give "kovac's office". */
  static String ownerForm(String name) {
    java.util.regex.Matcher last = OWNER_LAST.matcher(name);
    if (last.matches()) {
      return last.group(2) + "'s " + last.group(1);
    }
    java.util.regex.Matcher first = OWNER_FIRST.matcher(name);
    return first.matches() ? first.group(1) + "'s " + first.group(2) : name;
  }
}

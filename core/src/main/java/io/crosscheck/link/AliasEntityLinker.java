package io.crosscheck.link;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges named sources that share a surname ("Antony J. Blinken", "Mr. Blinken", "Blinken") and
 * other sources that share a normalised name ("the State Department", "State Department").
 */
final class AliasEntityLinker implements EntityLinker {

  AliasEntityLinker(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
  }

  @Override
  public Linked link(List<AnalysedArticle> articles) {
    Map<String, String> idByKey = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    Map<String, String> nameById = new LinkedHashMap<>();
    Map<String, SourceKind> kindById = new LinkedHashMap<>();
    List<AnalysedArticle> out = new ArrayList<>();
    for (AnalysedArticle article : articles) {
      List<Attribution> stamped = new ArrayList<>();
      for (Attribution a : article.attributions()) {
        Source s = a.source();
        String key = s.kind() + ":" + key(s);
        String id = idByKey.computeIfAbsent(key, k -> "e" + (idByKey.size() + 1));
        nameById.merge(id, s.name(), (old, now) -> now.length() > old.length() ? now : old);
        kindById.putIfAbsent(id, s.kind());
        aliases.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(s.name());
        stamped.add(a.withSource(s.withEntity(id)));
      }
      out.add(article.withAttributions(stamped));
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, String> e : nameById.entrySet()) {
      entities.add(new Entity(e.getKey(), e.getValue(), kindById.get(e.getKey()), List.copyOf(aliases.get(e.getKey()))));
    }
    return new Linked(out, entities);
  }

  private static String key(Source s) {
    String name = s.name().toLowerCase(Locale.ROOT).replaceAll("^the ", "").strip();
    if (s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.NAMED_SPOKESPERSON) {
      String[] words = name.split("\\s+");
      return words[words.length - 1];
    }
    return name;
  }
}

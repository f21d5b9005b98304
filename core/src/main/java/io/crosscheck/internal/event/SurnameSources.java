package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.internal.PersonNames;
import io.crosscheck.model.Event;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gives a bare surname the person another report of its event names in full.
 *
 * <p>An article that never writes a first name or title for "Dorvan" types "Dorvan said" as an
 * institution: on its own it cannot tell a person from a firm. When another article of the same
 * event quotes "press secretary Lia Dorvan", the bare "Dorvan" is that person. The step reads one
 * event at a time, never the whole batch: in an archive, "Tavrin said" about a firm in one story
 * and "Ivo Tavrin" in an unrelated one are not one name.
 *
 * <p>A surname that two people of the event carry ("Lia Dorvan" and "Mato Dorvan") names neither.
 */
public final class SurnameSources {
  private SurnameSources() {}

  /**
   * The sources of an event's articles that should name a person instead: each bare surname typed
   * as an institution, mapped to the person another source of the event names in full. Sources are
   * read in the order given; the first full name given for a surname is the one used.
   */
  public static Map<Source, Source> of(Iterable<Source> eventSources) {
    checkNotNull(eventSources, "eventSources");
    // Surname -> the person named in full; an empty value when two first names share it.
    Map<String, Optional<Source>> persons = new LinkedHashMap<>();
    for (Source s : eventSources) {
      if (s.kind() != SourceKind.NAMED_PERSON && s.kind() != SourceKind.NAMED_SPOKESPERSON) {
        continue;
      }
      String[] words = PersonNames.words(s.name()); // "Mr. Dorvan" has no first name
      if (words.length < 2) {
        continue;
      }
      String surname = PersonNames.withoutPossessive(words[words.length - 1]);
      Optional<Source> known = persons.get(surname);
      if (known == null) {
        persons.put(surname, Optional.of(s));
      } else if (known.isPresent() && !firstName(known.get()).equals(words[0])) {
        persons.put(surname, Optional.empty());
      }
    }
    Map<Source, Source> out = new HashMap<>();
    if (persons.isEmpty()) {
      return out;
    }
    for (Source s : eventSources) {
      if (s.kind() != SourceKind.INSTITUTION || s.role().isPresent() || !isBareName(s.name())) {
        continue;
      }
      Optional<Source> person = persons.getOrDefault(PersonNames.withoutPossessive(s.name()), Optional.empty());
      person.ifPresent(p -> out.put(s, new Source(p.name(), p.kind(), p.role(),
          s.affiliation().or(p::affiliation), p.senior(), Optional.empty())));
    }
    return out;
  }

  /**
   * {@link #of} for every event: for each article whose sources change, the changes. {@code
   * sourcesOf} gives an article's sources by its id.
   */
  public static Map<String, Map<Source, Source>> byArticle(List<Event> events, Function<String, List<Source>> sourcesOf) {
    checkNotNull(events, "events");
    checkNotNull(sourcesOf, "sourcesOf");
    Map<String, Map<Source, Source>> out = new HashMap<>();
    for (Event e : events) {
      List<Source> sources = new ArrayList<>();
      e.articles().forEach(id -> sources.addAll(sourcesOf.apply(id)));
      Map<Source, Source> changes = of(sources);
      if (!changes.isEmpty()) {
        e.articles().forEach(id -> out.put(id, changes));
      }
    }
    return out;
  }

  private static String firstName(Source s) {
    return PersonNames.words(s.name())[0];
  }

  /** One capitalised word written as a name, not an acronym: "Dorvan", not "NATO" or "the board". */
  private static boolean isBareName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.indexOf(' ') >= 0) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

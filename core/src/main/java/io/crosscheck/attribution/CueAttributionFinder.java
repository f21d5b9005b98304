package io.crosscheck.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations whose sentence carries a speech cue and names the speaker next to the cue.
 *
 * <p>{@code “We will stay,” Kovac said.} gives Kovac, "said", DIRECT, "We will stay,".
 */
final class CueAttributionFinder implements AttributionFinder {
  /** A capitalised name of one to four words: "Ana Kovac", "Kovac". */
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’.-]{0,30}){0,3}";

  private final Map<String, Stance> cues = new HashMap<>();
  private final Pattern afterQuote;

  CueAttributionFinder(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    for (String entry : lexicon.entries("speech-verbs")) {
      String[] parts = entry.split("\\|", 2);
      cues.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? Stance.valueOf(parts[1].strip()) : Stance.NEUTRAL);
    }
    String cueAlternation = String.join("|", cues.keySet().stream().sorted().map(Pattern::quote).toList());
    // ", Kovac said" / ", said Kovac" / ", he said" right after the closing mark.
    afterQuote = Pattern.compile("^\\s{0,3}(?:(?<name>" + NAME + "|he|she|they) (?<cue>" + cueAlternation
        + ")|(?<cue2>" + cueAlternation + ") (?<name2>" + NAME + "))\\b");
  }

  @Override
  public List<Attribution> find(SegmentedText text) {
    List<Attribution> out = new ArrayList<>();
    String body = text.body();
    for (Quotation q : text.quotations()) {
      Optional<Sentence> sentence = text.sentenceAt(q.outer().start());
      if (sentence.isEmpty()) {
        continue;
      }
      int limit = Math.min(sentence.get().end(), q.outer().end() + 80);
      Matcher m = afterQuote.matcher(body.substring(q.outer().end(), Math.max(q.outer().end(), limit)));
      if (!m.find()) {
        continue;
      }
      String name = m.group("name") != null ? m.group("name") : m.group("name2");
      String cue = m.group("cue") != null ? m.group("cue") : m.group("cue2");
      SourceKind kind = Character.isUpperCase(name.charAt(0)) ? SourceKind.NAMED_PERSON : SourceKind.ANONYMOUS;
      out.add(new Attribution("", text.article().id(), Source.of(name, kind), name, Optional.empty(), cue,
          cues.getOrDefault(cue.toLowerCase(Locale.ROOT), Stance.NEUTRAL), Mode.DIRECT, q.inner().in(body),
          Span.of(q.inner().start(), q.inner().end())));
    }
    return out;
  }
}

package io.crosscheck.compare;

import java.util.List;

/**
 * Folds the spelling variants of English words to one form, so that two outlets quoting one remark
 * in their own house spelling quote it the same: British and American endings ("defence",
 * "defense"; "organise", "organize"; "centre", "center"; "colour", "color"; "catalogue",
 * "catalog"), doubled letters ("travelled", "traveled"; a transliteration's "Hajj", "Haj"), "ae"
 * for "e" inside a word ("paediatric") and the "en-" of "enquiry".
 *
 * <p>The fold reads one word at a time, by hand (it runs for every word of every quote), and serves
 * only to compare wordings; it is never shown.
 */
final class Spellings {
  /** One spelling rule: a word core and the endings it takes, the core's other spelling, the least letters before it. */
  private record Ending(String core, List<String> endings, String replacement, int minStem) {}

  private static final List<Ending> ENDINGS = List.of(
      // "colour", "favoured", "labours": five letters or more
      new Ending("our", List.of("", "s", "ed", "ing", "ite", "ites", "able"), "or", 2),
      // "organise", "realisation"; "analyse"
      new Ending("is", List.of("e", "es", "ed", "ing", "ation", "ations"), "iz", 2),
      new Ending("ys", List.of("e", "es", "ed", "ing"), "yz", 2),
      // "defence", "offences", "licence", "pretence"
      new Ending("fence", List.of("", "s"), "fense", 0),
      new Ending("licence", List.of("", "s"), "license", 0),
      new Ending("pretence", List.of("", "s"), "pretense", 0),
      // "centre", "theatres", "metre"
      new Ending("tre", List.of("", "s"), "ter", 2),
      // "catalogue", "dialogues"
      new Ending("ogue", List.of("", "s"), "og", 3),
      // "programme": "programe" once doubled letters are folded
      new Ending("grame", List.of("", "s"), "gram", 2));

  private Spellings() {}

  /** {@code word} (lower-case) in one spelling of its variants: "defence" and "defense" fold alike. */
  static String fold(String word) {
    if (word.length() < 3) {
      return word;
    }
    String s = withoutDoubledLetters(word);
    for (Ending e : ENDINGS) {
      String folded = refold(s, e);
      if (folded != null) {
        s = folded;
        break;
      }
    }
    s = withoutInnerAe(s);
    return s.startsWith("enquir") ? "in" + s.substring(2) : s;
  }

  /** {@code s} with its ending spelled the other way, or null when {@code e} does not end it. */
  private static String refold(String s, Ending e) {
    for (String end : e.endings()) {
      int at = s.length() - end.length() - e.core().length();
      if (at >= e.minStem() && s.endsWith(end) && s.startsWith(e.core(), at)) {
        return s.substring(0, at) + e.replacement() + end;
      }
    }
    return null;
  }

  private static String withoutDoubledLetters(String w) {
    StringBuilder out = null;
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == w.charAt(i - 1) && Character.isLetter(c)) {
        if (out == null) {
          out = new StringBuilder(w.length()).append(w, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? w : out.toString();
  }

  /** "paediatric", "anaemia": "ae" between letters is the British "e". */
  private static String withoutInnerAe(String s) {
    int at = s.indexOf("ae", 1);
    return at < 0 || at + 2 >= s.length() ? s : s.substring(0, at) + s.substring(at + 1);
  }
}

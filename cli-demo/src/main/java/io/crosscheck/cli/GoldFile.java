package io.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a parsed {@code gold.json} against the gold format before it is scored, so that an empty,
 * mistyped or half-written file is named with what is wrong instead of scoring as zero.
 *
 * <p>{@code []} gives "the top level must be an object with articles, attributions, figures and
 * findings"; {@code {"articles": []}} gives "'articles' is empty" and the missing arrays.
 */
final class GoldFile {
  private static final int MAX_PROBLEMS = 5;
  private static final Set<String> KINDS = Set.of("NAMED_PERSON", "NAMED_SPOKESPERSON", "ANONYMOUS", "INSTITUTION", "MEDIA");
  private static final Set<String> FINDING_TYPES = Set.of("NUMERIC_CONFLICT", "ACCOUNT_DISPUTE", "OMISSION", "QUOTE_MISMATCH");

  private GoldFile() {}

  /** What is wrong with {@code gold}, at most five problems; empty when it can be scored. */
  static List<String> problems(JsonNode gold) {
    List<String> out = new ArrayList<>();
    if (gold == null || !gold.isObject()) {
      out.add("the top level must be an object with articles, attributions, figures and findings");
      return out;
    }
    Set<String> articles = new HashSet<>();
    JsonNode ids = gold.get("articles");
    if (ids == null || !ids.isArray()) {
      out.add("'articles' must be an array of article ids");
    } else if (ids.isEmpty()) {
      out.add("'articles' is empty");
    } else {
      for (int i = 0; i < ids.size(); i++) {
        if (!ids.get(i).isTextual() || ids.get(i).asText().isBlank()) {
          out.add("articles[" + i + "] is not an article id");
        }
        articles.add(ids.get(i).asText());
      }
    }
    for (String field : List.of("attributions", "figures", "findings")) {
      JsonNode array = gold.get(field);
      if (array == null || !array.isArray()) {
        out.add("'" + field + "' must be an array");
      }
    }
    for (String field : List.of("ignore", "traps")) {
      JsonNode array = gold.get(field);
      if (array != null && !array.isArray()) {
        out.add("'" + field + "' must be an array when present");
      }
    }
    each(gold, "attributions", (where, a) -> {
      item(out, where, a, articles);
      if (!KINDS.contains(a.path("kind").asText())) {
        out.add(where + ".kind must be one of " + KINDS.stream().sorted().toList());
      }
    });
    each(gold, "figures", (where, f) -> {
      item(out, where, f, articles);
      if (!f.path("kind").isTextual()) {
        out.add(where + ".kind is missing");
      }
    });
    each(gold, "ignore", (where, x) -> item(out, where, x, articles));
    each(gold, "findings", (where, f) -> {
      if (!FINDING_TYPES.contains(f.path("type").asText())) {
        out.add(where + ".type must be one of " + FINDING_TYPES.stream().sorted().toList());
      }
      sides(out, where, f, articles);
    });
    each(gold, "traps", (where, t) -> sides(out, where, t, articles));
    if (out.size() <= MAX_PROBLEMS) {
      return out;
    }
    List<String> first = new ArrayList<>(out.subList(0, MAX_PROBLEMS));
    first.add("and " + (out.size() - MAX_PROBLEMS) + " more");
    return first;
  }

  private interface ItemCheck {
    void check(String where, JsonNode item);
  }

  private static void each(JsonNode gold, String field, ItemCheck check) {
    JsonNode array = gold.get(field);
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      check.check(field + "[" + i + "]", array.get(i));
    }
  }

  private static void item(List<String> out, String where, JsonNode item, Set<String> articles) {
    if (!item.isObject()) {
      out.add(where + " must be an object");
      return;
    }
    if (!articles.contains(item.path("article").asText())) {
      out.add(where + ".article '" + item.path("article").asText() + "' is not in 'articles'");
    }
    if (!anchor(item.get("anchor"))) {
      out.add(where + ".anchor is missing or empty");
    }
  }

  private static void sides(List<String> out, String where, JsonNode item, Set<String> articles) {
    JsonNode sides = item.get("sides");
    if (sides == null || !sides.isArray() || sides.size() < 2) {
      out.add(where + ".sides must list at least two sides");
      return;
    }
    for (int i = 0; i < sides.size(); i++) {
      item(out, where + ".sides[" + i + "]", sides.get(i), articles);
    }
  }

  /** A non-empty string, or a non-empty array of them. */
  private static boolean anchor(JsonNode anchor) {
    if (anchor == null) {
      return false;
    }
    if (anchor.isTextual()) {
      return !anchor.asText().isBlank();
    }
    if (!anchor.isArray() || anchor.isEmpty()) {
      return false;
    }
    for (JsonNode a : anchor) {
      if (!a.isTextual() || a.asText().isBlank()) {
        return false;
      }
    }
    return true;
  }
}

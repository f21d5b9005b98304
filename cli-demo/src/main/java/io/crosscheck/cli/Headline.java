package io.crosscheck.cli;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FindingType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The report's own one-sentence wording of a finding, composed from its sides and parties (not from
 * the rule's summary), so that it always names both parties in plain English.
 *
 * <p>A numeric conflict reads "Figures for hostages held disagree: 136 according to the health
 * office (Northern Gazette) and 129 according to the army (Transatlantic Wire)."
 */
final class Headline {
  /** A figure subject longer than this many words is usually a clause fragment; the unit reads better. */
  private static final int MAX_SUBJECT_WORDS = 3;

  private Headline() {}

  static String of(ReportView.FindingView f) {
    FindingType type = f.finding().type();
    if (type.equals(FindingType.NUMERIC_CONFLICT)) {
      return numeric(f);
    }
    if (type.equals(FindingType.QUOTE_MISMATCH)) {
      return quote(f);
    }
    if (type.equals(FindingType.OMISSION)) {
      return omission(f);
    }
    // ACCOUNT_DISPUTE, and a custom check's kind: who says what on each side.
    return accounts(f);
  }

  private static String numeric(ReportView.FindingView f) {
    List<ReportView.Side> withFigures = f.sides().stream().filter(s -> s.figure().isPresent()).toList();
    if (withFigures.size() < 2) {
      return accounts(f);
    }
    List<String> values = new ArrayList<>();
    for (ReportView.Side s : withFigures) {
      values.add(lowerFirst(s.figure().get().text()) + " according to " + partyAndOutlet(s));
    }
    return PartyNames.capitalised(quantity(withFigures.get(0).figure().get())) + " disagree: " + PartyNames.joined(values) + ".";
  }

  private static String quote(ReportView.FindingView f) {
    String speaker = PartyNames.capitalised(f.sides().get(0).party());
    List<String> outlets = outlets(f);
    if (outlets.size() == 1) {
      return speaker + " is quoted in different wordings in " + outlets.get(0) + ".";
    }
    return speaker + " is quoted in different wordings by " + PartyNames.joined(outlets) + ".";
  }

  private static String accounts(ReportView.FindingView f) {
    if (f.parties().size() == 1) {
      return "Accounts attributed to " + f.parties().get(0) + " conflict.";
    }
    return "The accounts of " + PartyNames.joined(f.parties()) + " conflict.";
  }

  private static String omission(ReportView.FindingView f) {
    LinkedHashSet<String> others = new LinkedHashSet<>();
    for (ReportView.Side s : f.sides().subList(1, f.sides().size())) {
      s.attribution().ifPresent(a -> others.add(s.party()));
    }
    if (others.isEmpty()) {
      return "One account leaves out a point that another makes.";
    }
    return "One account leaves out a point made by " + PartyNames.joined(new ArrayList<>(others)) + ".";
  }

  private static String partyAndOutlet(ReportView.Side s) {
    return s.party().equals(s.outlet()) ? s.outlet() : s.party() + " (" + s.outlet() + ")";
  }

  private static List<String> outlets(ReportView.FindingView f) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    f.sides().forEach(s -> out.add(s.outlet()));
    return new ArrayList<>(out);
  }

  /** "figures for hostages held" when the subject is short, else "figures in percent", else "figures". */
  static String quantity(Figure figure) {
    if (figure.subject().isPresent() && words(figure.subject().get()) <= MAX_SUBJECT_WORDS) {
      return "figures for " + figure.subject().get();
    }
    return figure.unit().map(u -> "figures in " + u).orElse("figures");
  }

  /** "More than 40" inside a sentence: "more than 40"; "UN" stays. */
  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static int words(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}

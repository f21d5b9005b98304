package io.crosscheck.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * The nouns of a place smaller than a country: "the Orsk region", "the town of Carrow". Read by
 * the counts (a regional count is a part of a country's) and by speaker phrases ("the governor of
 * the Orsk region, Talan Veyduk").
 */
public final class PlaceUnits {
  /** The units of a region, read in the plural too: "in Varn and Ostel regions". */
  public static final List<String> REGIONS = List.of("region", "oblast", "province", "prefecture");
  /** The units of a place within a region, read in the singular: "the economic hub of Kelm" (a city named for its trade). */
  public static final List<String> WITHIN_REGIONS = List.of("capital", "city", "town", "county", "district", "village",
      "township", "hub");

  private static final WordSet ALL = WordSet.of(Stream.concat(REGIONS.stream(), WITHIN_REGIONS.stream()).toArray(String[]::new));

  private PlaceUnits() {}

  /** Whether {@code lower}, a lower-case word, is a unit of {@link #REGIONS} or {@link #WITHIN_REGIONS}. */
  public static boolean isUnit(String lower) {
    return ALL.contains(lower);
  }

  /** Every unit, regions first. */
  public static String[] all() {
    return Stream.concat(REGIONS.stream(), WITHIN_REGIONS.stream()).toArray(String[]::new);
  }
}

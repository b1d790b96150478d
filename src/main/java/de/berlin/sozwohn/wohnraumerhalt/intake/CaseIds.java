package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.Districts;

import java.util.Map;

/**
 * Readable case ids without personal data: district abbreviation, year of opening and a number
 * counted per district and year, e.g. {@code MI-2026-00042} ({@link Districts#ABBREVIATIONS}).
 */
public final class CaseIds {

  static final Map<String, String> ABBREVIATIONS = Districts.ABBREVIATIONS;

  public static String format(String district, int year, int number) {
    String abbreviation = ABBREVIATIONS.get(district);
    if (abbreviation == null) {
      throw new IllegalArgumentException("Unbekannter Bezirk: " + district);
    }
    return String.format("%s-%d-%05d", abbreviation, year, number);
  }

  private CaseIds() {}
}

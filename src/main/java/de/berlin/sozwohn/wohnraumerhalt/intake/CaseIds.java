package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.util.Map;

/**
 * Readable case ids without personal data: district abbreviation, year of opening and a number
 * counted per district and year, e.g. {@code MI-2026-00042}. The abbreviations follow the official
 * order of Berlin's districts (01 Mitte … 12 Reinickendorf).
 */
public final class CaseIds {

  static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("mitte", "MI"),
      Map.entry("friedrichshain-kreuzberg", "FK"),
      Map.entry("pankow", "PA"),
      Map.entry("charlottenburg-wilmersdorf", "CW"),
      Map.entry("spandau", "SP"),
      Map.entry("steglitz-zehlendorf", "SZ"),
      Map.entry("tempelhof-schoeneberg", "TS"),
      Map.entry("neukoelln", "NK"),
      Map.entry("treptow-koepenick", "TK"),
      Map.entry("marzahn-hellersdorf", "MH"),
      Map.entry("lichtenberg", "LI"),
      Map.entry("reinickendorf", "RE"));

  public static String format(String district, int year, int number) {
    String abbreviation = ABBREVIATIONS.get(district);
    if (abbreviation == null) {
      throw new IllegalArgumentException("Unbekannter Bezirk: " + district);
    }
    return String.format("%s-%d-%05d", abbreviation, year, number);
  }

  private CaseIds() {}
}

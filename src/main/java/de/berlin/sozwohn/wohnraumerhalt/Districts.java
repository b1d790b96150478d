package de.berlin.sozwohn.wohnraumerhalt;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Berlin's twelve districts; the id is the Camunda tenant id. */
public final class Districts {

  public static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("mitte", "Mitte"),
      Map.entry("friedrichshain-kreuzberg", "Friedrichshain-Kreuzberg"),
      Map.entry("pankow", "Pankow"),
      Map.entry("charlottenburg-wilmersdorf", "Charlottenburg-Wilmersdorf"),
      Map.entry("spandau", "Spandau"),
      Map.entry("steglitz-zehlendorf", "Steglitz-Zehlendorf"),
      Map.entry("tempelhof-schoeneberg", "Tempelhof-Schöneberg"),
      Map.entry("neukoelln", "Neukölln"),
      Map.entry("treptow-koepenick", "Treptow-Köpenick"),
      Map.entry("marzahn-hellersdorf", "Marzahn-Hellersdorf"),
      Map.entry("lichtenberg", "Lichtenberg"),
      Map.entry("reinickendorf", "Reinickendorf"));

  public static final List<String> IDS = List.of(
      "mitte", "friedrichshain-kreuzberg", "pankow", "charlottenburg-wilmersdorf", "spandau",
      "steglitz-zehlendorf", "tempelhof-schoeneberg", "neukoelln", "treptow-koepenick",
      "marzahn-hellersdorf", "lichtenberg", "reinickendorf");

  /**
   * The abbreviation of each district in case ids ({@code MI-2026-00042}), in the official order
   * of Berlin's districts (01 Mitte … 12 Reinickendorf).
   */
  public static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
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

  /** The district a case id names by its prefix ({@code "MI-2026-00042"} → mitte). */
  public static Optional<String> ofCaseId(String caseId) {
    if (caseId == null) {
      return Optional.empty();
    }
    String id = caseId.strip();
    int dash = id.indexOf('-');
    String prefix = dash < 0 ? "" : id.substring(0, dash).toUpperCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.entrySet().stream().filter(e -> e.getValue().equals(prefix))
        .map(Map.Entry::getKey).findFirst();
  }

  public static boolean isKnown(String id) {
    return id != null && NAMES.containsKey(id);
  }

  public static Optional<String> displayName(String id) {
    return Optional.ofNullable(id == null ? null : NAMES.get(id));
  }

  /**
   * The district a notice entered by a user belongs to: the one she chose, otherwise the one
   * district she works for; empty when she chose none and works for none or several (an
   * administrator must choose). Whether she may use the chosen district is not decided here.
   *
   * @param chosen the district given with the notice, may be null or blank
   * @param userDistricts the districts (tenants) of the user
   */
  public static Optional<String> ofEntry(String chosen, Collection<String> userDistricts) {
    if (chosen != null && !chosen.isBlank()) {
      return Optional.of(chosen.strip());
    }
    return userDistricts != null && userDistricts.size() == 1
        ? Optional.ofNullable(userDistricts.iterator().next())
        : Optional.empty();
  }

  public static String caseworkerGroup(String district) {
    return "fachkraft-" + district;
  }

  public static String teamLeadGroup(String district) {
    return "leitung-" + district;
  }

  private Districts() {}
}

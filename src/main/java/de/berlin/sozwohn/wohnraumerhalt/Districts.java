package de.berlin.sozwohn.wohnraumerhalt;

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

  public static boolean isKnown(String id) {
    return id != null && NAMES.containsKey(id);
  }

  public static Optional<String> displayName(String id) {
    return Optional.ofNullable(id == null ? null : NAMES.get(id));
  }

  public static String caseworkerGroup(String district) {
    return "fachkraft-" + district;
  }

  public static String teamLeadGroup(String district) {
    return "leitung-" + district;
  }

  private Districts() {}
}

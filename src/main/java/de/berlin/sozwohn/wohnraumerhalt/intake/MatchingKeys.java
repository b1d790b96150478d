package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Normalised keys under which notices are matched to cases: the same court file written a little
 * differently ("AG Mitte", "12 C 345 / 26") is the same file, the same household written a little
 * differently ("Mustermann, Erika", "Musterstr. 1") is the same household. Plain Java.
 *
 * <p>The household key is personal data (name and address); it is kept only in the case registry
 * for matching and must be deleted with the case's other personal data.
 */
public final class MatchingKeys {

  /** Court: lower case, whitespace collapsed, a leading "AG" read as "Amtsgericht". */
  public static String court(String court) {
    String key = basic(court);
    if (key == null) {
      return null;
    }
    key = key.replaceAll("[.,]", " ").replaceAll("\\s+", " ").strip();
    if (key.equals("ag") || key.startsWith("ag ")) {
      key = "amtsgericht" + key.substring(2);
    }
    return key;
  }

  /** Court file number: lower case without any whitespace ("12 C 345/26" → "12c345/26"). */
  public static String courtFile(String courtFileNumber) {
    String key = basic(courtFileNumber);
    return key == null ? null : key.replaceAll("\\s+", "");
  }

  /**
   * Household: name words sorted (so "Mustermann, Erika" = "Erika Mustermann"), street with
   * "Straße"/"Strasse"/"Str." unified, postal code; joined by "|".
   */
  public static String household(String name, String street, String postalCode) {
    String nameKey = words(name);
    String words = Arrays.stream(nameKey.split(" ")).filter(w -> !w.isEmpty()).sorted()
        .collect(Collectors.joining(" "));
    String streetKey = words(street == null ? null
        : street.toLowerCase(Locale.ROOT).replaceAll("(stra(ß|ss)e|str\\.?)(?=\\s|\\d|$)", "str "));
    String postal = postalCode == null ? "" : postalCode.strip();
    return words + "|" + streetKey + "|" + postal;
  }

  /** Lower case letters and digits only, single spaces between words, ß as ss. */
  private static String words(String value) {
    String key = basic(value);
    if (key == null) {
      return "";
    }
    return key.replace("ß", "ss").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String basic(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").strip();
  }

  private MatchingKeys() {}
}

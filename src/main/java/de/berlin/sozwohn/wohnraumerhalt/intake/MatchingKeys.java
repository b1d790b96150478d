package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.process.TextCharacters;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Normalised keys under which notices are matched to cases: the same court file written a little
 * differently ("AG Mitte", "12 C 345 / 26") is the same file, the same household written a little
 * differently ("Mustermann, Erika", "Musterstr. 1") is the same household. Plain Java.
 *
 * <p>Every key is compared in Unicode normal form NFKC (a full-width "１２ Ｃ" is "12 C") with the
 * invisible characters removed: format characters (category Cf – zero-width space, zero-width
 * (non-)joiner, word joiner, soft hyphen, byte order mark, bidi marks, overrides and isolates) and
 * the other default-ignorable characters (combining grapheme joiner, variation selectors, Hangul
 * fillers). They come with text copied from PDFs, e-mails and web pages and cannot be seen, so a
 * court file number that differs from a known one only by them is the same court file – without
 * this, "12 C 345/26" with a zero-width space (U+200B) after the "C" got past the duplicate rule.
 * The validator refuses the harmful ones (bidi controls, see {@link NoticeValidator}); the keys
 * ignore them all, also in data entered before that rule.
 *
 * <p>The household key is personal data (name and address); it is kept only in the case registry
 * for matching and must be deleted with the case's other personal data.
 */
public final class MatchingKeys {

  /** Any white space, also Unicode's (no-break, line and paragraph separators). */
  private static final String SPACE = "[\\s\\p{Z}]";

  /** Court: lower case, whitespace collapsed, a leading "AG" read as "Amtsgericht". */
  public static String court(String court) {
    String key = visible(court);
    if (key == null) {
      return null;
    }
    key = key.replaceAll("[.,]", " ").replaceAll(SPACE + "+", " ").strip();
    if (key.equals("ag") || key.startsWith("ag ")) {
      key = "amtsgericht" + key.substring(2);
    }
    return key;
  }

  /** Court file number: lower case without any whitespace ("12 C 345/26" → "12c345/26"). */
  public static String courtFile(String courtFileNumber) {
    return reference(courtFileNumber);
  }

  /**
   * Bailiff reference (Dienstregisternummer), compared like a court file number: lower case without
   * any whitespace ("DR II 123/26" → "drii123/26").
   */
  public static String bailiffReference(String bailiffReference) {
    return reference(bailiffReference);
  }

  /**
   * The text as the keys compare it: invisible characters removed, NFKC, lower case. Null when
   * nothing visible is left.
   */
  public static String visible(String value) {
    if (value == null) {
      return null;
    }
    String key = Normalizer.normalize(withoutInvisible(value), Normalizer.Form.NFKC);
    // lower case can leave a decomposed form behind (İ → i + combining dot): normalise again
    key = Normalizer.normalize(key.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    key = withoutInvisible(key).replaceAll(SPACE + "+", " ").strip();
    return key.isEmpty() ? null : key;
  }

  /** Is the code point invisible for matching (see {@link TextCharacters#isInvisible})? */
  public static boolean isInvisible(int codePoint) {
    return TextCharacters.isInvisible(codePoint);
  }

  private static String reference(String value) {
    String key = visible(value);
    return key == null ? null : key.replaceAll(SPACE + "+", "");
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
    String key = visible(value);
    if (key == null) {
      return "";
    }
    return key.replace("ß", "ss").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String withoutInvisible(String value) {
    StringBuilder visible = new StringBuilder(value.length());
    value.codePoints().filter(c -> !isInvisible(c)).forEach(visible::appendCodePoint);
    return visible.toString();
  }

  private MatchingKeys() {}
}

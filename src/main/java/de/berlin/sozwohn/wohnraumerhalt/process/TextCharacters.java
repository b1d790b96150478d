package de.berlin.sozwohn.wohnraumerhalt.process;

import java.util.Locale;
import java.util.Optional;

/**
 * Which characters a text field may hold, for both doors that take text: the notices ({@code
 * intake/NoticeValidator}) and the task forms ({@link TaskInputRules}). Plain Java.
 *
 * <p>Refused, never silently stripped (the caseworker learns which field to retype):
 * <ul>
 *   <li>control characters (category Cc: C0, DEL, C1 such as U+0085 or the terminal escape
 *       U+009B) and the Unicode line and paragraph separators U+2028/U+2029 – line breaks, tab and
 *       carriage return only where a field allows several lines (the counselling notes);</li>
 *   <li>unpaired (lone) surrogates: no character at all, they break PDF letters, XML and
 *       PostgreSQL's text;</li>
 *   <li>format characters (category Cf) that change how text is shown or read: the bidi controls
 *       (LRM/RLM/ALM marks, embeddings, overrides such as U+202E, isolates U+2066–U+2069), which can
 *       make a name or court file number display as something else ("Trojan Source"), and the rest
 *       of Cf (tags, interlinear annotation, invisible operators, …).</li>
 * </ul>
 *
 * <p>Allowed: the {@link #isInertInvisible inert invisible characters} – soft hyphen U+00AD,
 * zero-width space U+200B, zero-width non-joiner and joiner U+200C/U+200D, word joiner U+2060 and
 * the byte order mark U+FEFF. They do not reorder or hide text, they come with text copied from
 * PDFs, e-mails and web pages, and ZWNJ/ZWJ are part of correct spelling in Persian, Indic and
 * other scripts – a household's name must not be refused for them. The duplicate rules ignore them
 * ({@code intake/MatchingKeys}), so they cannot sneak a second case past a court file number.
 */
public final class TextCharacters {

  private TextCharacters() {}

  /**
   * What is wrong with the characters of {@code text} as a German predicate ("enthält …"), or
   * empty when they are fine.
   *
   * @param lineBreaksAllowed whether line feed, carriage return and tab are allowed (multi-line
   *     fields)
   */
  public static Optional<String> problem(String text, boolean lineBreaksAllowed) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
        return Optional.of("enthält ein ungültiges Zeichen (einzelnes Surrogat " + hex(c)
            + "). Bitte den Text neu eingeben");
      }
      if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
        if (lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
          continue;
        }
        return Optional.of("enthält unzulässige Steuerzeichen (z. B. Zeilenumbrüche)");
      }
      if (Character.getType(c) == Character.FORMAT && !isInertInvisible(c)) {
        return Optional.of(isBidiControl(c)
            ? "enthält ein unsichtbares Steuerzeichen für die Schreibrichtung (" + hex(c)
                + "), das die Anzeige des Textes verfälschen kann. Bitte den Text neu eintippen "
                + "statt ihn einzufügen"
            : "enthält ein unsichtbares Formatzeichen (" + hex(c) + "). Bitte den Text neu "
                + "eintippen statt ihn einzufügen");
      }
    }
    return Optional.empty();
  }

  /** Does the text contain at least one letter that can be seen (not a Hangul filler or similar)? */
  public static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(c -> Character.isLetter(c) && !isInvisible(c));
  }

  /** Does the text contain anything that can be seen (not only blanks and invisible characters)? */
  public static boolean hasVisible(String text) {
    return text.codePoints().anyMatch(c -> !isInvisible(c) && !Character.isWhitespace(c)
        && !Character.isSpaceChar(c));
  }

  /** Soft hyphen, zero-width space, ZWNJ, ZWJ, word joiner, BOM: see the class comment. */
  public static boolean isInertInvisible(int c) {
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060
        || c == 0xFEFF;
  }

  /** The bidi controls: ALM, LRM, RLM, embeddings and overrides, isolates. */
  public static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Is the code point invisible: a format character (Cf) or another default-ignorable code point
   * (Unicode's Default_Ignorable_Code_Point, which Java's regular expressions do not know)?
   */
  public static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT
        || c == 0x034F // combining grapheme joiner
        || c == 0x115F || c == 0x1160 // Hangul choseong/jungseong fillers
        || c == 0x17B4 || c == 0x17B5 // Khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F) // Mongolian variation selectors and vowel separator
        || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
        || (c >= 0xE0000 && c <= 0xE0FFF); // tags, variation selectors supplement
  }

  /** "U+202E". */
  static String hex(int c) {
    return "U+" + String.format(Locale.ROOT, "%04X", c);
  }
}

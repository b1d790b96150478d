package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Sample data for letter tests: a household with umlauts and ß, the Mitte office (placeholders). */
final class LetterFixtures {

  static final DistrictOffice MITTE = new DistrictOffice(
      List.of("Bezirksamt Mitte von Berlin", "Abteilung Soziales", "Fachstelle Soziale Wohnhilfe"),
      "Karl-Marx-Allee 31", "10178", "Berlin", "030 23125-101", "wohnhilfe@ba-mitte.berlin.example",
      null, null, null, null, "https://ba-mitte.berlin.example/datenschutz/fachstelle");

  static LetterData courtLetter() {
    return new LetterData(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte",
        "Jürgen Weiß", "Große Hamburger Straße 5", "10115", "Berlin",
        "Amtsgericht Mitte", "12 C 345/26", LocalDateTime.of(2026, 3, 10, 10, 0),
        null, null, LocalDate.of(2026, 3, 3), List.of());
  }

  static LetterData evictionLetter() {
    return new LetterData(LetterKind.EVICTION_LETTER, "MI-2026-00042", "mitte",
        "Jürgen Weiß", "Große Hamburger Straße 5", "10115", "Berlin",
        "Amtsgericht Mitte", "12 C 345/26", null,
        "DR II 123/26", LocalDateTime.of(2026, 5, 12, 9, 0), LocalDate.of(2026, 4, 28),
        List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 7)));
  }

  private LetterFixtures() {}
}

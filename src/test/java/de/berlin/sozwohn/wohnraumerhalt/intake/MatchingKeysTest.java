package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingKeysTest {

  @Test
  void courtFileNumbersMatchRegardlessOfSpacesAndCase() {
    assertThat(MatchingKeys.courtFile(" 12 C 345/26 ")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile("12 c 345 / 26")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile("12 C 346/26")).isNotEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile(null)).isNull();
    assertThat(MatchingKeys.courtFile("  ")).isNull();
  }

  @Test
  void courtsMatchRegardlessOfCaseSpacesAndTheAbbreviationAg() {
    assertThat(MatchingKeys.court("Amtsgericht  Mitte")).isEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.court("AG Mitte")).isEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.court("AG. Mitte")).isEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.court("Amtsgericht Neukölln")).isNotEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.court("Agentur")).isEqualTo("agentur");
  }

  @Test
  void householdsMatchRegardlessOfNameOrderAndStreetSpelling() {
    String key = MatchingKeys.household("Erika Mustermann", "Musterstraße 1", "10115");
    assertThat(key).isEqualTo("erika mustermann|musterstr 1|10115");
    assertThat(MatchingKeys.household("Mustermann, Erika", "Musterstr. 1", " 10115"))
        .isEqualTo(key);
    assertThat(MatchingKeys.household("ERIKA  MUSTERMANN", "Musterstrasse 1", "10115"))
        .isEqualTo(key);
    assertThat(MatchingKeys.household("Erika Mustermann", "Musterstraße 2", "10115"))
        .isNotEqualTo(key);
    assertThat(MatchingKeys.household("Erika Mustermann", "Musterstraße 1", "10117"))
        .isNotEqualTo(key);
  }

  @Test
  void streetsThatMerelyStartWithStrAreNotMangled() {
    assertThat(MatchingKeys.household("A", "Strausberger Platz 1", "10243"))
        .isEqualTo("a|strausberger platz 1|10243");
  }

  @Test
  void caseIdsAreReadable() {
    assertThat(CaseIds.format("mitte", 2026, 42)).isEqualTo("MI-2026-00042");
    assertThat(CaseIds.format("neukoelln", 2027, 1)).isEqualTo("NK-2027-00001");
    assertThat(CaseIds.ABBREVIATIONS).hasSize(12);
    assertThat(CaseIds.ABBREVIATIONS.values()).doesNotHaveDuplicates();
  }
}

package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingKeysTest {

  @Test
  void courtFileNumbersMatchRegardlessOfSpacesAndCase() {
    assertThat(MatchingKeys.courtFile(" 12 C 345/26 ")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile("12 c 345 / 26")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile("12 C 346/26")).isNotEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile(null)).isNull();
    assertThat(MatchingKeys.courtFile("  ")).isNull();
  }

  /** Invisible and format characters (Cf and other default-ignorables) are not part of a key. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200B", "200C", "200D", "2060", "00AD", "FEFF", "200E", "200F", "202A",
      "202E", "2066", "2069", "061C", "180E", "034F", "FE0F", "E0041"})
  void invisibleCharactersDoNotMakeADifferentCourtFile(String hex) {
    String invisible = Character.toString(Integer.parseInt(hex, 16));
    assertThat(MatchingKeys.isInvisible(invisible.codePointAt(0))).isTrue();
    assertThat(MatchingKeys.courtFile("12 C" + invisible + " 345/26")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile(invisible + "12 C 345/2" + invisible + "6")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.court("Amts" + invisible + "gericht Mitte")).isEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.bailiffReference("DR II" + invisible + " 123/26")).isEqualTo("drii123/26");
    assertThat(MatchingKeys.household("Erika Muster" + invisible + "mann", "Musterstraße 1", "10115"))
        .isEqualTo("erika mustermann|musterstr 1|10115");
    assertThat(MatchingKeys.courtFile(invisible)).as("nothing visible is no key").isNull();
  }

  @Test
  void keysAreComparedInNfkc() {
    // full-width digits and letters, no-break and ideographic spaces, the ligature "ﬁ"
    assertThat(MatchingKeys.courtFile("１２ Ｃ\u00A0345／26")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.courtFile("12\u3000C 345/26")).isEqualTo("12c345/26");
    assertThat(MatchingKeys.court("AG\u00A0Mitte")).isEqualTo("amtsgericht mitte");
    assertThat(MatchingKeys.bailiffReference("ＤＲ ＩＩ 123/26")).isEqualTo("drii123/26");
    assertThat(MatchingKeys.household("Erika ﬁscher", "Musterstraße 1", "10115"))
        .isEqualTo(MatchingKeys.household("Erika Fischer", "Musterstraße 1", "10115"));
  }

  @Test
  void visibleCharactersStillMakeADifference() {
    assertThat(MatchingKeys.courtFile("12 C 345/26")).isNotEqualTo(MatchingKeys.courtFile("12 C 345-26"));
    assertThat(MatchingKeys.isInvisible('a')).isFalse();
    assertThat(MatchingKeys.isInvisible(' ')).isFalse();
    assertThat(MatchingKeys.bailiffReference("DR II 123/26"))
        .isNotEqualTo(MatchingKeys.bailiffReference("DR II 124/26"));
    assertThat(MatchingKeys.bailiffReference(" ")).isNull();
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

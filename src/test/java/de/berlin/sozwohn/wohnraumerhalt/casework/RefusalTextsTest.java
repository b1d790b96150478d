package de.berlin.sozwohn.wohnraumerhalt.casework;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The guard of the casework tests against ISO dates in refusals fails where it must. */
class RefusalTextsTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void anIsoDateOrDateTimeInARefusalFails() {
    assertThatThrownBy(() -> RefusalTexts.assertNoIsoDate(
        "Das Datum 2026-12-05 liegt vor dem Eingang der Mitteilung am 6.12.2026."))
        .isInstanceOf(AssertionError.class).hasMessageContaining("2026-12-05");
    assertThatThrownBy(() -> RefusalTexts.assertNoIsoDate(
        "Der Räumungstermin ist bereits 2026-12-03T10:00; bitte den neuen Termin angeben."))
        .isInstanceOf(AssertionError.class);
    // an example after "z. B." does not excuse another ISO date in the same text
    assertThatThrownBy(() -> RefusalTexts.assertNoIsoDate("Das Datum 2026-12-05 ist falsch. "
        + "Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02.")).isInstanceOf(AssertionError.class);
  }

  @Test
  void germanDatesAndTheWireFormatsExampleAreFine() {
    assertThatCode(() -> RefusalTexts.assertNoIsoDate("Der Räumungstermin ist bereits am "
        + "3.12.2026, 10:00 Uhr; Fall MI-2026-00045, Aktenzeichen 12 C 345/26."))
        .doesNotThrowAnyException();
    assertThatCode(() -> RefusalTexts.assertNoIsoDate("„Räumungstermin“ ist kein gültiger "
        + "Zeitpunkt: „morgen“. Erwartet wird JJJJ-MM-TTTHH:MM, z. B. 2026-05-12T09:00."))
        .doesNotThrowAnyException();
  }

  @Test
  void everyTextOfAProblemIsChecked() throws Exception {
    assertThatThrownBy(() -> RefusalTexts.assertGermanDates(json.readTree("{\"detail\": "
        + "\"on: Das Datum 5.12.2026 ist falsch.\", \"errors\": [{\"field\": \"on\", "
        + "\"message\": \"Das Datum 2026-12-05 ist falsch.\"}]}")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> RefusalTexts.assertGermanDates(json.readTree("{\"message\": "
        + "\"Das Fallereignis wurde nicht gespeichert: 2026-12-05\", \"errors\": []}")))
        .isInstanceOf(AssertionError.class);
    // a problem without any text a person reads is no refusal
    assertThatThrownBy(() -> RefusalTexts.assertGermanDates(json.readTree("{}")))
        .isInstanceOf(AssertionError.class);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDisplayValuesTest {

  static final DateValues DATES = new DateValues(ZoneId.of("Europe/Berlin"));

  static Map<String, String> display(Map<String, Object> variables) {
    return FormDisplayValues.of(new CaseFile(variables, "mitte", DATES));
  }

  @Test
  void datesDateTimesAndAmountsOfACourtCase() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("receivedOn", "2026-11-25");
    variables.put("arrears", 7795.3);
    variables.put("appointmentAt", "2026-12-03T10:00");
    variables.put("courtLetterDueOn", "2026-11-30");
    variables.put("letterSentOn", "2026-11-26");
    variables.put("homeVisitDueOn", "2026-12-10");
    variables.put("householdName", "Erika Mustermann");

    assertThat(display(variables)).containsExactly(
        Map.entry("receivedOnText", "25.11.2026"),
        Map.entry("arrearsText", "7.795,30 €"),
        Map.entry("courtLetterDueOnText", "30.11.2026"),
        Map.entry("appointmentAtText", "3.12.2026, 10:00 Uhr"),
        Map.entry("letterSentOnText", "26.11.2026"),
        Map.entry("homeVisitDueOnText", "10.12.2026"));
  }

  @Test
  void aBailiffNotice() {
    assertThat(display(Map.of("bailiffReceivedOn", "2026-03-05",
        "evictionAt", "2026-04-14T09:00", "evictionLetterDueOn", "2026-03-10")))
        .containsEntry("bailiffReceivedOnText", "5.3.2026")
        .containsEntry("evictionAtText", "14.4.2026, 09:00 Uhr")
        .containsEntry("evictionLetterDueOnText", "10.3.2026");
  }

  @Test
  void storedDatesOfAnyTypeAreReadInBerlinTime() {
    // 23:30 UTC on 2 March is 3 March in Berlin
    Date lateEvening = Date.from(java.time.Instant.parse("2026-03-02T23:30:00Z"));
    assertThat(display(Map.of("closedOn", lateEvening))).containsEntry("closedOnText", "3.3.2026");
  }

  @Test
  void missingOrUnreadableValuesGetNoDisplayValue() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("receivedOn", null);
    variables.put("arrears", "viel");
    variables.put("letterSentOn", "gestern");
    variables.put("firstContactOn", "");
    assertThat(display(variables)).isEmpty();
  }

  @Test
  void namesAreTheVariableWithText() {
    assertThat(FormDisplayValues.nameOf("homeVisitDueOn")).isEqualTo("homeVisitDueOnText");
    assertThat(FormDisplayValues.variables()).contains("receivedOn", "arrears", "appointmentAt",
        "homeVisitDueOn", "evictionAt", "closedOn");
  }
}

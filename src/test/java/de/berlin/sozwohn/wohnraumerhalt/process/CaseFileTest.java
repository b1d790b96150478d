package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static final DateValues BERLIN = new DateValues(ZoneId.of("Europe/Berlin"));

  private static CaseFile file(Map<String, ?> variables, String tenantId) {
    return new CaseFile(variables, tenantId, BERLIN);
  }

  @Test
  void theDistrictIsTheVariableElseTheTenant() {
    assertThat(file(Map.of(CaseVariables.DISTRICT, "neukoelln"), "mitte").district())
        .contains("neukoelln");
    assertThat(file(Map.of(), "mitte").district()).contains("mitte");
    assertThat(file(Map.of(CaseVariables.DISTRICT, " "), "mitte").district()).contains("mitte");
    Map<String, Object> withNull = new HashMap<>();
    withNull.put(CaseVariables.DISTRICT, null);
    assertThat(file(withNull, "mitte").district()).contains("mitte");
    assertThat(file(Map.of(), null).district()).isEmpty();
  }

  @Test
  void datesAreReadInBerlinTime() {
    CaseFile file = file(Map.of(
        CaseVariables.RECEIVED_ON, "2026-03-02",
        // 23:30 UTC on 2 March is 00:30 on 3 March in Berlin
        CaseVariables.LETTER_SENT_ON, Date.from(Instant.parse("2026-03-02T23:30:00Z")),
        CaseVariables.CLOSED_ON, "2026-03-02T23:30Z",
        CaseVariables.APPOINTMENT_AT, "2026-03-10T09:00",
        CaseVariables.EVICTION_AT, "2026-05-12T07:00Z",
        CaseVariables.VISITED_ON, LocalDate.of(2026, 3, 5)), "mitte");

    assertThat(file.receivedOn()).contains(LocalDate.of(2026, 3, 2));
    assertThat(file.letterSentOn()).contains(LocalDate.of(2026, 3, 3));
    assertThat(file.closedOn()).contains(LocalDate.of(2026, 3, 3));
    assertThat(file.appointmentOn()).contains(LocalDate.of(2026, 3, 10));
    assertThat(file.evictionAt()).contains(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(file.visitedOn()).contains(LocalDate.of(2026, 3, 5));
  }

  @Test
  void anEvictionGivenAsADayCountsFromItsStart() {
    assertThat(file(Map.of(CaseVariables.EVICTION_AT, "2026-05-12"), null).evictionAt())
        .contains(LocalDateTime.of(2026, 5, 12, 0, 0));
  }

  @Test
  void missingOrUnreadableValuesAreEmpty() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CONTACT_ON, null);
    variables.put(CaseVariables.COUNSELLING_ON, "02.03.2026");
    variables.put(CaseVariables.VISIT_STAFF_COUNT, 1.5);
    variables.put(CaseVariables.ATTEND_EVICTION, "true");
    variables.put(CaseVariables.CASE_ID, "");
    variables.put(CaseVariables.CONTACT_MADE, "true");
    CaseFile file = file(variables, null);

    assertThat(file.contactOn()).isEmpty();
    assertThat(file.counsellingOn()).isEmpty();
    assertThat(file.receivedOn()).isEmpty();
    assertThat(file.evictionAt()).isEmpty();
    assertThat(file.visitStaffCount()).isEmpty();
    assertThat(file.attendEviction()).isEmpty();
    assertThat(file.evictionAttended()).isEmpty();
    assertThat(file.caseId()).isEmpty();
    assertThat(file.outcome()).isEmpty();
    assertThat(file.contactMade()).isFalse();
    assertThat(file.overdue()).isFalse();
    assertThat(file.reportYear()).isEmpty();
  }

  @Test
  void numbersAnswersFlagsAndTexts() {
    CaseFile file = file(Map.of(
        CaseVariables.CASE_ID, "WE-2026-0001",
        CaseVariables.CASE_ORIGIN, "bailiff",
        CaseVariables.VISIT_STAFF_COUNT, 2.0,
        CaseVariables.EVICTION_STAFF_COUNT, 1L,
        CaseVariables.REPORT_YEAR, 2026,
        CaseVariables.EVICTION_CARRIED_OUT, false,
        CaseVariables.CONTACT_MADE, true,
        CaseVariables.UNIFORM_FLYER, true,
        CaseVariables.DEADLINE_TASK, "SendCourtLetter"), null);

    assertThat(file.caseId()).contains("WE-2026-0001");
    assertThat(file.caseOrigin()).contains("bailiff");
    assertThat(file.visitStaffCount()).contains(2);
    assertThat(file.evictionStaffCount()).contains(1);
    assertThat(file.reportYear()).contains(2026);
    assertThat(file.evictionCarriedOut()).contains(false);
    assertThat(file.contactMade()).isTrue();
    assertThat(file.uniformFlyer()).isTrue();
    assertThat(file.sharedMailAddress()).isFalse();
    assertThat(file.deadlineTask()).contains("SendCourtLetter");
  }

  @Test
  void theFileIsASnapshot() {
    Map<String, Object> variables = new HashMap<>(Map.of(CaseVariables.CASE_ID, "WE-1"));
    CaseFile file = file(variables, null);
    variables.put(CaseVariables.CASE_ID, "WE-2");
    assertThat(file.caseId()).contains("WE-1");
    assertThat(file.toString()).doesNotContain("WE-1");
  }
}

package de.berlin.sozwohn.wohnraumerhalt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case events and corrections over HTTP in the states where they are refused or have to reach into
 * a running deadline (SPEC §3 steps 8–9, §7): closed, settled, called-off, attended and voided
 * cases; postponed evictions; household moved with evictions in several states; the prefilled
 * closure; every correctable date with its task due date, deadline timer and indicator facts.
 * Real dates relative to today (Europe/Berlin); unique file numbers and references per run.
 */
@AppTest
class CaseEventStatesTest {

  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final AtomicInteger NUMBERS = new AtomicInteger();
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired Deadlines deadlines;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  // ------------------------------------------------------------ events refused by the case's state

  @Test
  void aClosedCaseTakesNoEventButEnteredInError() throws Exception {
    Opened c = courtCase(today().minusDays(5));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(2), today().plusDays(30).atTime(9, 0));
    recordContact(c, today().minusDays(1));
    counsel(c, today());
    closeCase(c, "housing-retained");
    assertThat(taskKeys(c.pid())).isEmpty();
    assertThat(timers(c.pid(), "FollowUpDue")).as("waiting for the follow-up").hasSize(1);
    assertThat(state("fk.mitte", c).get("status").asText()).isEqualTo("closed");

    List<Map<String, Object>> events = List.of(
        body("lawsuit-withdrawn"), body("arrears-settled"), body("household-moved"),
        body("transferred", "toDistrict", "neukoelln"),
        body("eviction-called-off", "bailiffReference", reference),
        body("eviction-postponed", "bailiffReference", reference,
            "evictionAt", today().plusDays(40).atTime(9, 0).toString()));
    for (Map<String, Object> event : events) {
      var response = event("fk.mitte", c.caseId(), event);
      assertThat(conflictFields(response)).as("%s", event.get("type")).containsExactly("type");
      assertThat(response.getBody()).contains("abgeschlossen");
    }
    assertThat(eventCount(c)).isZero();
    assertThat(timers(c.pid(), "FollowUpDue")).as("nothing changed").hasSize(1);
    assertThat(jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, noticeKey(c, reference))).isNull();

    var voided = event("leitung.mitte", c.caseId(), body("entered-in-error",
        "reason", "Falscher Haushalt"));
    assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(voided.getBody()).get("status").asText())
        .isEqualTo("entered-in-error");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.pid()).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(c.pid())
        .activityId("CaseVoided").finished().count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT withdrawn FROM kpi_case_fact WHERE case_key = ?",
        Boolean.class, c.pid())).isTrue();
  }

  @Test
  void aSecondSettlingEventIsRefusedWhateverItsType() throws Exception {
    Opened c = courtCase(today().minusDays(3));
    recordContact(c, today().minusDays(1));
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_COUNSELLING);

    var first = event("fk.mitte", c.caseId(), body("arrears-settled"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(keys(json.readTree(first.getBody()).get("openTasks")))
        .as("with a contact the counselling goes on").containsExactly(ProcessKeys.TASK_COUNSELLING);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.OUTCOME))
        .isEqualTo("housing-retained");
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.CASE_SETTLED_BY))
        .isEqualTo("arrears-settled");

    for (String type : List.of("lawsuit-withdrawn", "arrears-settled", "household-moved")) {
      var again = event("fk.mitte", c.caseId(), body(type));
      assertThat(conflictFields(again)).as(type).containsExactly("type");
      assertThat(again.getBody()).contains("Mietrückstand ausgeglichen");
    }
    assertThat(eventCount(c)).isEqualTo(1);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.CASE_SETTLED_BY))
        .isEqualTo("arrears-settled");
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_COUNSELLING);
  }

  @Test
  void evictionEventsNeedAPendingEvictionOfTheCase() throws Exception {
    Opened c = courtCase(today().minusDays(10));
    String calledOff = reference();
    String attended = reference();
    joinNotice(c, calledOff, today().minusDays(5), today().plusDays(30).atTime(9, 0));
    joinNotice(c, attended, today().minusDays(5), today().plusDays(20).atTime(9, 0));
    String newDate = today().plusDays(50).atTime(9, 0).toString();

    // a reference the case does not have
    String unknown = "DR X " + NUMBERS.incrementAndGet() + "/" + RUN;
    assertThat(conflictFields(event("fk.mitte", c.caseId(), body("eviction-called-off",
        "bailiffReference", unknown)))).containsExactly("bailiffReference");
    assertThat(conflictFields(event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", unknown, "evictionAt", newDate)))).containsExactly("bailiffReference");

    // called off: once
    assertThat(event("fk.mitte", c.caseId(), body("eviction-called-off", "bailiffReference",
        calledOff)).getStatusCode()).isEqualTo(HttpStatus.OK);
    var twice = event("fk.mitte", c.caseId(), body("eviction-called-off", "bailiffReference",
        calledOff));
    assertThat(conflictFields(twice)).containsExactly("bailiffReference");
    assertThat(twice.getBody()).contains("abgesagt");
    assertThat(conflictFields(event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", calledOff, "evictionAt", newDate))))
        .containsExactly("bailiffReference");

    // attended: the eviction is documented, nothing left to call off or move
    sendEvictionLetter(c, attended, today().minusDays(4));
    decideAttendance(c, attended, true);
    attendEviction(c, attended, true);
    var afterAttendance = event("fk.mitte", c.caseId(), body("eviction-called-off",
        "bailiffReference", attended));
    assertThat(conflictFields(afterAttendance)).containsExactly("bailiffReference");
    assertThat(afterAttendance.getBody()).contains("Zwangsräumung begleiten");
    assertThat(conflictFields(event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", attended, "evictionAt", newDate))))
        .containsExactly("bailiffReference");

    assertThat(jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, noticeKey(c, attended))).isNull();
    assertThat(jdbc.queryForObject("SELECT eviction_at FROM kpi_eviction_fact "
            + "WHERE notice_key = ?", LocalDateTime.class, noticeKey(c, attended)))
        .isEqualTo(today().plusDays(20).atTime(9, 0));
    assertThat(eventCount(c)).isEqualTo(1);
  }

  @Test
  void aCaseEnteredInErrorTakesNoFurtherEventNorCorrection() throws Exception {
    Opened c = courtCase(today().minusDays(2));
    assertThat(event("leitung.mitte", c.caseId(), body("entered-in-error", "reason",
        "Doppelt erfasst")).getStatusCode()).isEqualTo(HttpStatus.OK);

    var twice = event("leitung.mitte", c.caseId(), body("entered-in-error", "reason",
        "Nochmal"));
    assertThat(conflictFields(twice)).containsExactly("type");
    assertThat(twice.getBody()).contains("irrtümlich erfasst");
    assertThat(conflictFields(event("fk.mitte", c.caseId(), body("lawsuit-withdrawn"))))
        .containsExactly("type");
    assertThat(conflictFields(event("leitung.mitte", c.caseId(), body("transferred",
        "toDistrict", "neukoelln")))).containsExactly("type");

    var correction = correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", today().minusDays(3).toString(), "reason", "Tippfehler"));
    assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(correction.getBody()).contains("storniert");
    assertThat(json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections")
        .getBody())).isEmpty();

    JsonNode state = state("fk.mitte", c);
    assertThat(state.get("status").asText()).isEqualTo("entered-in-error");
    assertThat(state.get("events")).hasSize(1);
  }

  // ---------------------------------------------------------- evictions postponed, household moved

  @Test
  void aPostponedEvictionMovesTheAttendanceDueDateAndTheFact() throws Exception {
    Opened c = courtCase(today().minusDays(10));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(3), today().plusDays(30).atTime(9, 0));
    sendEvictionLetter(c, reference, today().minusDays(2));
    decideAttendance(c, reference, true);
    Task attend = noticeTask(c, reference, ProcessKeys.TASK_ATTEND_EVICTION);
    assertThat(attend.getDueDate()).isEqualTo(endOfDay(today().plusDays(30)));

    LocalDateTime newAt = today().plusDays(45).atTime(10, 30);
    var response = event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", " " + reference.toLowerCase() + " ", "evictionAt", newAt.toString()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode events = json.readTree(response.getBody()).get("events");
    assertThat(events.get(events.size() - 1).get("evictionAt").asText())
        .isEqualTo(newAt.toString());
    assertThat(taskService.createTaskQuery().taskId(attend.getId()).singleResult().getDueDate())
        .as("due at the end of the new eviction day").isEqualTo(endOfDay(newAt.toLocalDate()));
    assertThat(jdbc.queryForObject("SELECT eviction_at FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDateTime.class, noticeKey(c, reference))).isEqualTo(newAt);
    assertThat(runtimeService.getVariableLocal(noticeKey(c, reference), CaseVariables.EVICTION_AT))
        .isEqualTo(newAt.toString());
    assertThat(jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, noticeKey(c, reference))).isNull();

    // the same date again is no postponement; nothing changes
    assertThat(fields(event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", reference, "evictionAt", newAt.toString()))))
        .containsExactly("evictionAt");
    assertThat(fields(event("fk.mitte", c.caseId(), body("eviction-postponed",
        "bailiffReference", reference, "evictionAt", today().minusDays(1).atTime(9, 0)
            .toString())))).containsExactly("evictionAt");
    assertThat(eventCount(c)).isEqualTo(1);
  }

  @Test
  void anEvictionPostponedBeforeTheAttendanceTaskSetsItsDueDate() throws Exception {
    Opened c = courtCase(today().minusDays(10));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(3), today().plusDays(30).atTime(9, 0));
    LocalDateTime newAt = today().plusDays(60).atTime(8, 0);

    assertThat(event("fk.mitte", c.caseId(), body("eviction-postponed", "bailiffReference",
        reference, "evictionAt", newAt.toString())).getStatusCode()).isEqualTo(HttpStatus.OK);
    sendEvictionLetter(c, reference, today().minusDays(1));
    decideAttendance(c, reference, true);

    assertThat(noticeTask(c, reference, ProcessKeys.TASK_ATTEND_EVICTION).getDueDate())
        .isEqualTo(endOfDay(newAt.toLocalDate()));
    assertThat(jdbc.queryForObject("SELECT eviction_at FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDateTime.class, noticeKey(c, reference))).isEqualTo(newAt);
  }

  @Test
  void aHouseholdThatMovedDuringCounsellingHasItsEvictionCalledOffAndTheCounsellingGoesOn()
      throws Exception {
    Opened c = courtCase(today().minusDays(10));
    recordContact(c, today().minusDays(8));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(2), today().plusDays(30).atTime(9, 0));
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_COUNSELLING,
        ProcessKeys.TASK_SEND_EVICTION_LETTER);

    var response = event("fk.mitte", c.caseId(), body("household-moved"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(keys(json.readTree(response.getBody()).get("openTasks")))
        .containsExactly(ProcessKeys.TASK_COUNSELLING);
    assertThat(calledOffOn(c, reference)).isEqualTo(today());
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.OUTCOME)).isEqualTo("moved-out");
    counsel(c, today());
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_CLOSE_CASE);
    assertThat(formService.getTaskFormVariables(task(c.pid(), ProcessKeys.TASK_CLOSE_CASE)
        .getId()).getValue(CaseVariables.OUTCOME, String.class)).isEqualTo("moved-out");
  }

  @Test
  void aHouseholdThatMovedHasItsPendingEvictionsCalledOffButNotAnAttendedOne() throws Exception {
    Opened c = courtCase(today().minusDays(20));
    String attended = reference();
    String letterOpen = reference();
    String attendanceOpen = reference();
    String dayPassed = reference();
    joinNotice(c, attended, today().minusDays(10), today().atTime(8, 0));
    joinNotice(c, letterOpen, today().minusDays(10), today().plusDays(30).atTime(9, 0));
    joinNotice(c, attendanceOpen, today().minusDays(10), today().plusDays(20).atTime(9, 0));
    joinNotice(c, dayPassed, today().minusDays(10), today().minusDays(2).atTime(9, 0));
    sendEvictionLetter(c, attended, today().minusDays(9));
    decideAttendance(c, attended, true);
    attendEviction(c, attended, true);
    sendEvictionLetter(c, attendanceOpen, today().minusDays(9));
    decideAttendance(c, attendanceOpen, true);
    assertThat(noticeTaskKeys(c, attendanceOpen)).containsExactly(ProcessKeys.TASK_ATTEND_EVICTION);
    assertThat(noticeTaskKeys(c, letterOpen))
        .containsExactly(ProcessKeys.TASK_SEND_EVICTION_LETTER);

    var response = event("fk.mitte", c.caseId(), body("household-moved"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(keys(json.readTree(response.getBody()).get("openTasks")))
        .containsExactly(ProcessKeys.TASK_CLOSE_CASE, ProcessKeys.TASK_SEND_EVICTION_LETTER);
    assertThat(noticeTaskKeys(c, letterOpen)).isEmpty();
    assertThat(noticeTaskKeys(c, attendanceOpen)).isEmpty();
    assertThat(noticeTaskKeys(c, dayPassed)).as("its eviction day was before the move")
        .containsExactly(ProcessKeys.TASK_SEND_EVICTION_LETTER);
    assertThat(calledOffOn(c, letterOpen)).isEqualTo(today());
    assertThat(calledOffOn(c, attendanceOpen)).isEqualTo(today());
    assertThat(calledOffOn(c, attended)).as("attended stays attended").isNull();
    assertThat(calledOffOn(c, dayPassed)).isNull();
    assertThat(jdbc.queryForObject("SELECT eviction_attended FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", Boolean.class, noticeKey(c, attended))).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(c.pid())
        .activityId("EvictionVoided").finished().count()).isEqualTo(2);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.OUTCOME)).isEqualTo("moved-out");
  }

  @Test
  void aSettlingEventPrefillsTheClosureForm() throws Exception {
    Map<String, String> expected = Map.of("lawsuit-withdrawn", "housing-retained",
        "arrears-settled", "housing-retained", "household-moved", "moved-out");
    for (var entry : expected.entrySet()) {
      Opened c = courtCase(today().minusDays(2));
      var response = event("fk.mitte", c.caseId(), body(entry.getKey()));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      Task close = task(c.pid(), ProcessKeys.TASK_CLOSE_CASE);
      assertThat(close).as(entry.getKey()).isNotNull();
      assertThat(formService.getTaskFormVariables(close.getId()).getValue(CaseVariables.OUTCOME,
          String.class)).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(runtimeService.getVariable(c.pid(), CaseVariables.CASE_SETTLED_ON))
          .isEqualTo(today().toString());
    }

    // also when "Fall abschließen" was open before (household not reached)
    Opened reached = courtCase(today().minusDays(20));
    sendLetter(reached, today().minusDays(18), today().minusDays(16).atTime(10, 0));
    fireAppointment(reached);
    visit(reached, ProcessKeys.TASK_HOME_VISIT_1, today().minusDays(10), false, false);
    assertThat(taskKeys(reached.pid())).containsExactly(ProcessKeys.TASK_CLOSE_CASE,
        ProcessKeys.TASK_RECORD_CONTACT);
    Task close = task(reached.pid(), ProcessKeys.TASK_CLOSE_CASE);
    assertThat(event("fk.mitte", reached.caseId(), body("household-moved")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(taskKeys(reached.pid())).containsExactly(ProcessKeys.TASK_CLOSE_CASE);
    assertThat(formService.getTaskFormVariables(close.getId()).getValue(CaseVariables.OUTCOME,
        String.class)).isEqualTo("moved-out");
  }

  // ------------------------------------------------------------------ corrections

  @Test
  void correctingTheCourtReceiptMovesTheOpenLetterDeadline() throws Exception {
    Opened c = courtCase(today().minusDays(1));
    Task letter = task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER);
    Date oldDue = letter.getDueDate();
    assertThat(timer(c.pid(), "SendCourtLetterDeadline").getDuedate()).isEqualTo(oldDue);
    LocalDate value = today().minusDays(8);

    var response = correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", value.toString(), "reason", "Eingangsstempel falsch gelesen"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode kept = json.readTree(response.getBody());
    assertThat(kept.get("oldValue").asText()).isEqualTo(today().minusDays(1).toString());
    assertThat(kept.get("newValue").asText()).isEqualTo(value.toString());
    Date due = deadlines.due(Standard.COURT_NOTICE_LETTER.id(), value.toString());
    assertThat(due).isBefore(oldDue);
    assertThat(task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER).getDueDate()).isEqualTo(due);
    assertThat(timer(c.pid(), "SendCourtLetterDeadline").getDuedate()).isEqualTo(due);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.RECEIVED_ON))
        .isEqualTo(value.toString());
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.COURT_LETTER_DUE_ON))
        .isEqualTo(deadlines.dueDay(Standard.COURT_NOTICE_LETTER.id(), value.toString()));
    assertThat(jdbc.queryForObject("SELECT court_received_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(value);
  }

  @Test
  void correctingTheLetterDateMovesTheOpenFirstVisitDeadline() throws Exception {
    Opened c = courtCase(today().minusDays(20));
    sendLetter(c, today().minusDays(15), today().minusDays(12).atTime(10, 0));
    fireAppointment(c);
    Task visit = task(c.pid(), ProcessKeys.TASK_HOME_VISIT_1);
    assertThat(visit.getDueDate()).isEqualTo(deadlines.due(Standard.HOME_VISIT.id(),
        today().minusDays(15).toString()));
    LocalDate value = today().minusDays(19);

    var response = correct("leitung.mitte", c, Map.of("field", "letterSentOn",
        "value", value.toString(), "reason", "Postausgangsbuch"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Date due = deadlines.due(Standard.HOME_VISIT.id(), value.toString());
    assertThat(due).isBefore(visit.getDueDate());
    assertThat(task(c.pid(), ProcessKeys.TASK_HOME_VISIT_1).getDueDate()).isEqualTo(due);
    assertThat(timer(c.pid(), "HomeVisit1Deadline").getDuedate()).isEqualTo(due);
    assertThat(taskService.getVariable(visit.getId(), CaseVariables.HOME_VISIT_DUE_ON))
        .isEqualTo(deadlines.dueDay(Standard.HOME_VISIT.id(), value.toString()));
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(value.toString());
    assertThat(jdbc.queryForObject("SELECT letter_sent_on FROM kpi_case_fact WHERE case_key = ?",
        LocalDate.class, c.pid())).isEqualTo(value);
  }

  @Test
  void correctingTheContactDateMovesTheFirstContact() throws Exception {
    Opened c = courtCase(today().minusDays(6));
    recordContact(c, today().minusDays(1));
    LocalDate value = today().minusDays(4);

    var response = correct("leitung.mitte", c, Map.of("field", "contactOn",
        "value", value.toString(), "reason", "Telefonnotiz"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.CONTACT_ON))
        .isEqualTo(value.toString());
    assertThat(jdbc.queryForObject("SELECT recorded_contact_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(value);
    assertThat(jdbc.queryForObject("SELECT first_contact_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(value);

    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "contactOn",
        "value", today().minusDays(7).toString(), "reason", "vor dem Eingang"))))
        .containsExactly("value");
  }

  @Test
  void correctingBothVisitDates() throws Exception {
    Opened c = courtCase(today().minusDays(20));
    sendLetter(c, today().minusDays(18), today().minusDays(16).atTime(10, 0));
    fireAppointment(c);
    visit(c, ProcessKeys.TASK_HOME_VISIT_1, today().minusDays(10), false, true);
    visit(c, ProcessKeys.TASK_HOME_VISIT_2, today().minusDays(6), true, null);
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_COUNSELLING);

    Map<String, Object> first = new HashMap<>(Map.of("field", "visitedOn", "visit", 1,
        "value", today().minusDays(12).toString(), "reason", "Fahrtenbuch"));
    assertThat(correct("leitung.mitte", c, first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(visitedOn(c, 1)).isEqualTo(today().minusDays(12));
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.VISITED_ON))
        .as("the case's last visit is the second").isEqualTo(today().minusDays(6).toString());

    Map<String, Object> second = new HashMap<>(Map.of("field", "visitedOn", "visit", 2,
        "value", today().minusDays(7).toString(), "reason", "Fahrtenbuch"));
    assertThat(correct("leitung.mitte", c, second).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(visitedOn(c, 2)).isEqualTo(today().minusDays(7));
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.VISITED_ON))
        .isEqualTo(today().minusDays(7).toString());
    assertThat(jdbc.queryForObject("SELECT first_contact_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(today().minusDays(7));

    // before the letter: the visit's form would refuse it
    first.put("value", today().minusDays(19).toString());
    assertThat(fields(correct("leitung.mitte", c, first))).containsExactly("value");
    assertThat(visitedOn(c, 1)).isEqualTo(today().minusDays(12));
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "visitedOn",
        "value", today().minusDays(8).toString(), "reason", "x")))).containsExactly("visit");
    assertThat(json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections")
        .getBody())).hasSize(2);
  }

  @Test
  void correctingABailiffReceiptMovesOnlyThatNoticesOpenLetterDeadline() throws Exception {
    Opened c = courtCase(today().minusDays(20));
    String reference = reference();
    String other = reference();
    joinNotice(c, reference, today().minusDays(1), today().plusDays(30).atTime(9, 0));
    joinNotice(c, other, today().minusDays(1), today().plusDays(35).atTime(9, 0));
    Date otherDue = noticeTask(c, other, ProcessKeys.TASK_SEND_EVICTION_LETTER).getDueDate();
    LocalDate value = today().minusDays(8);

    var response = correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "bailiffReference", reference, "value", value.toString(), "reason", "Eingangsstempel"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(response.getBody()).get("oldValue").asText())
        .isEqualTo(today().minusDays(1).toString());
    Date due = deadlines.due(Standard.BAILIFF_NOTICE_LETTER.id(), value.toString());
    assertThat(due).isBefore(otherDue);
    assertThat(noticeTask(c, reference, ProcessKeys.TASK_SEND_EVICTION_LETTER).getDueDate())
        .isEqualTo(due);
    assertThat(noticeTimer(c, reference).getDuedate()).isEqualTo(due);
    String key = noticeKey(c, reference);
    assertThat(runtimeService.getVariableLocal(key, CaseVariables.BAILIFF_RECEIVED_ON))
        .isEqualTo(value.toString());
    assertThat(runtimeService.getVariableLocal(key, CaseVariables.EVICTION_LETTER_DUE_ON))
        .isEqualTo(deadlines.dueDay(Standard.BAILIFF_NOTICE_LETTER.id(), value.toString()));
    assertThat(jdbc.queryForObject("SELECT received_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, key)).isEqualTo(value);

    assertThat(noticeTask(c, other, ProcessKeys.TASK_SEND_EVICTION_LETTER).getDueDate())
        .as("the other notice keeps its deadline").isEqualTo(otherDue);
    assertThat(noticeTimer(c, other).getDuedate()).isEqualTo(otherDue);
    assertThat(jdbc.queryForObject("SELECT received_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, noticeKey(c, other)))
        .isEqualTo(today().minusDays(1));
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.RECEIVED_ON))
        .as("the court notice's receipt is not the bailiff notice's")
        .isEqualTo(today().minusDays(20).toString());
  }

  @Test
  void aBailiffOpenedCaseNamesItsNoticeForTheReceipt() throws Exception {
    String reference = reference();
    Opened c = bailiffCase(reference, today().minusDays(1), today().plusDays(25).atTime(9, 0));
    assertThat(taskKeys(c.pid())).contains(ProcessKeys.TASK_SEND_EVICTION_LETTER);

    var withoutReference = correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", today().minusDays(3).toString(), "reason", "x"));
    assertThat(conflictFields(withoutReference)).containsExactly("bailiffReference");

    var response = correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "bailiffReference", reference, "value", today().minusDays(3).toString(),
        "reason", "Eingangsstempel"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Date due = deadlines.due(Standard.BAILIFF_NOTICE_LETTER.id(),
        today().minusDays(3).toString());
    assertThat(noticeTask(c, reference, ProcessKeys.TASK_SEND_EVICTION_LETTER).getDueDate())
        .isEqualTo(due);
    assertThat(noticeTimer(c, reference).getDuedate()).isEqualTo(due);
  }

  @Test
  void correctingTheEvictionLetterDate() throws Exception {
    Opened c = courtCase(today().minusDays(20));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(5), today().plusDays(30).atTime(9, 0));
    Map<String, Object> correction = new HashMap<>(Map.of("field", "evictionLetterSentOn",
        "bailiffReference", reference, "value", today().minusDays(3).toString(),
        "reason", "Postausgangsbuch"));
    assertThat(conflictFields(correct("leitung.mitte", c, correction)))
        .as("not sent yet").containsExactly("field");

    sendEvictionLetter(c, reference, today().minusDays(1));
    var response = correct("leitung.mitte", c, correction);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(response.getBody()).get("oldValue").asText())
        .isEqualTo(today().minusDays(1).toString());
    String key = noticeKey(c, reference);
    assertThat(jdbc.queryForObject("SELECT eviction_letter_sent_on FROM kpi_eviction_fact "
        + "WHERE notice_key = ?", LocalDate.class, key)).isEqualTo(today().minusDays(3));
    assertThat(runtimeService.getVariableLocal(key, CaseVariables.EVICTION_LETTER_SENT_ON))
        .isEqualTo(today().minusDays(3).toString());

    correction.put("value", today().minusDays(6).toString());
    assertThat(fields(correct("leitung.mitte", c, correction)))
        .as("before the notice arrived").containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "bailiffReference", reference, "value", today().minusDays(2).toString(),
        "reason", "nach dem Anschreiben")))).containsExactly("value");
  }

  @Test
  void aDateNeverRecordedCannotBeCorrected() throws Exception {
    Opened c = courtCase(today().minusDays(3));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(1), today().plusDays(30).atTime(9, 0));
    String value = today().minusDays(1).toString();

    assertThat(conflictFields(correct("leitung.mitte", c, Map.of("field", "letterSentOn",
        "value", value, "reason", "x")))).containsExactly("field");
    assertThat(conflictFields(correct("leitung.mitte", c, Map.of("field", "contactOn",
        "value", value, "reason", "x")))).containsExactly("field");
    assertThat(conflictFields(correct("leitung.mitte", c, Map.of("field", "visitedOn",
        "visit", 1, "value", value, "reason", "x")))).containsExactly("visit");
    assertThat(conflictFields(correct("leitung.mitte", c, Map.of("field", "evictionLetterSentOn",
        "bailiffReference", reference, "value", value, "reason", "x"))))
        .containsExactly("field");
    assertThat(conflictFields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "bailiffReference", "DR X " + RUN, "value", value, "reason", "x"))))
        .containsExactly("bailiffReference");
    assertThat(json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections")
        .getBody())).isEmpty();
  }

  @Test
  void aValueTheFormWouldRefuseIsRefusedNamingTheValue() throws Exception {
    Opened c = courtCase(today().minusDays(5));
    sendLetter(c, today().minusDays(3), today().plusDays(4).atTime(10, 0));

    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "letterSentOn",
        "value", today().plusDays(1).toString(), "reason", "Zukunft")))).containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "letterSentOn",
        "value", today().minusDays(6).toString(), "reason", "vor dem Eingang"))))
        .containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "letterSentOn",
        "value", "gestern", "reason", "kein Datum")))).containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", today().minusDays(2).toString(), "reason", "nach dem Anschreiben"))))
        .containsExactly("value");
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().minusDays(3).toString());
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.RECEIVED_ON))
        .isEqualTo(today().minusDays(5).toString());
  }

  @Test
  void aReceiptTheIntakeWouldRefuseIsRefusedNamingTheValue() throws Exception {
    Opened c = courtCase(today().minusDays(2));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(1), today().plusDays(30).atTime(9, 0));

    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", today().plusDays(1).toString(), "reason", "Zukunft"))))
        .as("court receipt in the future").containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "value", today().minusYears(3).toString(), "reason", "Jahr vertippt"))))
        .as("court receipt years ago").containsExactly("value");
    assertThat(fields(correct("leitung.mitte", c, Map.of("field", "receivedOn",
        "bailiffReference", reference, "value", today().plusDays(1).toString(),
        "reason", "Zukunft")))).as("bailiff receipt in the future").containsExactly("value");
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.RECEIVED_ON))
        .isEqualTo(today().minusDays(2).toString());
  }

  @Test
  void onlyTheTeamLeadCorrects() throws Exception {
    Opened c = courtCase(today().minusDays(3));
    String reference = reference();
    joinNotice(c, reference, today().minusDays(1), today().plusDays(30).atTime(9, 0));
    Date due = task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER).getDueDate();

    assertThat(correct("fk.mitte", c, Map.of("field", "receivedOn",
        "value", today().minusDays(4).toString(), "reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(correct("fk.mitte", c, Map.of("field", "receivedOn", "bailiffReference",
        reference, "value", today().minusDays(2).toString(), "reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(correct("fk.neukoelln", c, Map.of("field", "receivedOn",
        "value", today().minusDays(4).toString(), "reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER).getDueDate()).isEqualTo(due);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.RECEIVED_ON))
        .isEqualTo(today().minusDays(3).toString());
    assertThat(json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections")
        .getBody())).isEmpty();
  }

  // ------------------------------------------------------------------ helpers: cases and notices

  record Opened(String caseId, String pid) {}

  Opened courtCase(LocalDate receivedOn) {
    var response = post("fk.mitte", "/api/notices/court", TestNotices.courtNotice("mitte",
        NUMBERS.incrementAndGet() + " C " + RUN + "/26", receivedOn, "Susi Zustand",
        "Zustandsweg " + NUMBERS.incrementAndGet() + " " + RUN));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return opened(response);
  }

  /** A bailiff notice for a household without a case: opens a bailiff case. */
  Opened bailiffCase(String reference, LocalDate receivedOn, LocalDateTime evictionAt) {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Gerda Vollzug");
    household.put("street", "Vollzugsweg " + NUMBERS.incrementAndGet() + " " + RUN);
    household.put("postalCode", "10115");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("bailiffReference", reference);
    notice.put("receivedOn", receivedOn.toString());
    notice.put("evictionAt", evictionAt.toString());
    notice.put("household", household);
    var response = post("fk.mitte", "/api/notices/bailiff", notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return opened(response);
  }

  /** A bailiff notice for the case's court file: joins the case. */
  void joinNotice(Opened c, String reference, LocalDate receivedOn, LocalDateTime evictionAt)
      throws Exception {
    Map<String, Object> variables = runtimeService.getVariables(c.pid());
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", variables.get(CaseVariables.HOUSEHOLD_NAME));
    household.put("street", variables.get(CaseVariables.HOUSEHOLD_STREET));
    household.put("postalCode", "10115");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("bailiffReference", reference);
    notice.put("receivedOn", receivedOn.toString());
    notice.put("evictionAt", evictionAt.toString());
    notice.put("household", household);
    notice.put("court", variables.get(CaseVariables.COURT));
    notice.put("courtFileNumber", variables.get(CaseVariables.COURT_FILE_NUMBER));
    var response = post("fk.mitte", "/api/notices/bailiff", notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("caseId").asText()).isEqualTo(c.caseId());
  }

  Opened opened(ResponseEntity<String> response) {
    try {
      JsonNode body = json.readTree(response.getBody());
      return new Opened(body.get("caseId").asText(), body.get("processInstanceId").asText());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String reference() {
    return "DR II " + NUMBERS.incrementAndGet() + "/" + RUN;
  }

  /** The key of a notice: the execution that holds its data (also kpi_eviction_fact.notice_key). */
  String noticeKey(Opened c, String reference) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(c.pid())
        .variableName(CaseVariables.BAILIFF_REFERENCE).list().stream()
        .filter(v -> reference.equals(v.getValue()))
        .map(HistoricVariableInstance::getExecutionId).findFirst().orElseThrow();
  }

  LocalDate calledOffOn(Opened c, String reference) {
    return jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact WHERE notice_key = ?",
        LocalDate.class, noticeKey(c, reference));
  }

  LocalDate visitedOn(Opened c, int visit) {
    return jdbc.queryForObject("SELECT visited_on FROM kpi_visit_fact WHERE case_key = ? "
        + "AND visit_no = ?", LocalDate.class, c.pid(), visit);
  }

  int eventCount(Opened c) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_id = ?",
        Integer.class, c.caseId());
  }

  // --------------------------------------------------------------- helpers: the caseworker's tasks

  void sendLetter(Opened c, LocalDate sentOn, LocalDateTime appointmentAt) {
    taskService.complete(task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER).getId(), Map.of(
        CaseVariables.LETTER_SENT_ON, sentOn.toString(),
        CaseVariables.APPOINTMENT_AT, appointmentAt.toString()));
  }

  /** The appointment day is over: its timer fires, "Hausbesuch durchführen" opens. */
  void fireAppointment(Opened c) {
    managementService.executeJob(timer(c.pid(), "AppointmentPassed").getId());
    assertThat(taskKeys(c.pid())).contains(ProcessKeys.TASK_HOME_VISIT_1);
  }

  void visit(Opened c, String key, LocalDate on, boolean contact, Boolean second) {
    Map<String, Object> variables = new HashMap<>(Map.of(CaseVariables.VISITED_ON, on.toString(),
        CaseVariables.VISIT_STAFF_COUNT, 2, CaseVariables.CONTACT_MADE, contact));
    if (second != null) {
      variables.put(CaseVariables.SECOND_VISIT_WANTED, second);
    }
    taskService.complete(task(c.pid(), key).getId(), variables);
  }

  void recordContact(Opened c, LocalDate on) {
    taskService.complete(task(c.pid(), ProcessKeys.TASK_RECORD_CONTACT).getId(), Map.of(
        CaseVariables.CONTACT_ON, on.toString(), CaseVariables.CONTACT_CHANNEL, "phone"));
  }

  void counsel(Opened c, LocalDate on) {
    taskService.complete(task(c.pid(), ProcessKeys.TASK_COUNSELLING).getId(), Map.of(
        CaseVariables.COUNSELLING_ON, on.toString()));
  }

  void closeCase(Opened c, String outcome) {
    taskService.complete(task(c.pid(), ProcessKeys.TASK_CLOSE_CASE).getId(),
        Map.of(CaseVariables.OUTCOME, outcome));
  }

  void sendEvictionLetter(Opened c, String reference, LocalDate sentOn) {
    taskService.complete(noticeTask(c, reference, ProcessKeys.TASK_SEND_EVICTION_LETTER).getId(),
        Map.of(CaseVariables.EVICTION_LETTER_SENT_ON, sentOn.toString()));
  }

  void decideAttendance(Opened c, String reference, boolean attend) {
    taskService.complete(noticeTask(c, reference,
        ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE).getId(),
        Map.of(CaseVariables.ATTEND_EVICTION, attend));
  }

  void attendEviction(Opened c, String reference, boolean carriedOut) {
    taskService.complete(noticeTask(c, reference, ProcessKeys.TASK_ATTEND_EVICTION).getId(),
        Map.of(CaseVariables.EVICTION_ATTENDED, true, CaseVariables.EVICTION_STAFF_COUNT, 2,
            CaseVariables.EVICTION_CARRIED_OUT, carriedOut));
  }

  Task task(String pid, String key) {
    return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
        .singleResult();
  }

  Task noticeTask(Opened c, String reference, String key) {
    return taskService.createTaskQuery().processInstanceId(c.pid()).taskDefinitionKey(key).list()
        .stream().filter(t -> reference.equals(taskService.getVariable(t.getId(),
            CaseVariables.BAILIFF_REFERENCE))).findFirst().orElseThrow(() ->
            new AssertionError("no open " + key + " for " + reference));
  }

  List<String> noticeTaskKeys(Opened c, String reference) {
    return taskService.createTaskQuery().processInstanceId(c.pid()).list().stream()
        .filter(t -> reference.equals(taskService.getVariable(t.getId(),
            CaseVariables.BAILIFF_REFERENCE)))
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  List<String> taskKeys(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  List<Job> timers(String pid, String activityId) {
    return managementService.createJobQuery().processInstanceId(pid).activityId(activityId)
        .timers().list();
  }

  Job timer(String pid, String activityId) {
    List<Job> timers = timers(pid, activityId);
    assertThat(timers).as(activityId).hasSize(1);
    return timers.get(0);
  }

  Job noticeTimer(Opened c, String reference) {
    return timers(c.pid(), "SendEvictionLetterDeadline").stream()
        .filter(j -> reference.equals(runtimeService.getVariable(j.getExecutionId(),
            CaseVariables.BAILIFF_REFERENCE))).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ helpers: HTTP

  static Map<String, Object> body(String type, String... more) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("on", today().toString());
    for (int i = 0; i < more.length; i += 2) {
      body.put(more[i], more[i + 1]);
    }
    return body;
  }

  ResponseEntity<String> event(String user, String caseId, Map<String, Object> body) {
    return post(user, "/api/cases/" + caseId + "/events", body);
  }

  ResponseEntity<String> correct(String user, Opened c, Map<String, Object> body) {
    return post(user, "/api/cases/" + c.caseId() + "/corrections", body);
  }

  JsonNode state(String user, Opened c) throws Exception {
    var response = get(user, "/api/cases/" + c.caseId());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  /** The fields a 400 names. */
  List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  /** The fields a 409 names. */
  List<String> conflictFields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  static List<String> keys(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText).toList();
  }

  /** The end of that day in Berlin (deadline time 23:59), as task due dates are set. */
  static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59).atZone(BERLIN).toInstant());
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}

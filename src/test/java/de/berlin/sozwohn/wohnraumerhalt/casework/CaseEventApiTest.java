package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.casework.RefusalTexts.assertGermanDates;
import static de.berlin.sozwohn.wohnraumerhalt.casework.RefusalTexts.german;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Case events and corrections over HTTP (SPEC §3 steps 8–9, §7): what each event does to the
 * running case, the indicator facts and the registry, and how bad input, foreign districts and
 * events that do not fit are answered: RFC 9457 problems naming the field under {@code errors},
 * their {@code detail} and messages German with German dates (7.12.2026, "3.12.2026, 10:00 Uhr").
 */
@AppTest
class CaseEventApiTest {

  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final AtomicInteger NUMBERS = new AtomicInteger();
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  // ------------------------------------------------------------------ case-ending events

  @Test
  void aWithdrawnLawsuitEndsTheOutreachAndProposesTheClosure() throws Exception {
    Opened c = courtCase("mitte", today().minusDays(1));

    var response = event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", today().toString()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode state = json.readTree(response.getBody());
    assertThat(state.get("status").asText()).isEqualTo("open");
    assertThat(keys(state.get("openTasks"))).containsExactly(ProcessKeys.TASK_CLOSE_CASE);
    assertThat(state.get("events").get(0).get("type").asText()).isEqualTo("lawsuit-withdrawn");
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.OUTCOME))
        .isEqualTo("housing-retained");
    assertThat(jdbc.queryForObject("SELECT outreach_ended_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(today());

    var again = event("fk.mitte", c.caseId(), Map.of("type", "arrears-settled",
        "on", today().toString()));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode conflict = json.readTree(again.getBody());
    assertThat(conflict.path("detail").asText()).isEqualTo("Für den Fall " + c.caseId()
        + " ist bereits „Klage zurückgenommen“ am " + german(today()) + " erfasst. Es wurde "
        + "nichts geändert.");
    assertThat(conflict.path("errors").findValuesAsText("field")).containsExactly("type");
    assertGermanDates(conflict);
  }

  @Test
  void aContactBeforeTheLetterEndsTheLetterTask() {
    Opened c = courtCase("mitte", today());
    Task contact = task(c.pid(), ProcessKeys.TASK_RECORD_CONTACT);
    taskService.complete(contact.getId(), Map.of(CaseVariables.CONTACT_ON, today().toString(),
        CaseVariables.CONTACT_CHANNEL, "phone"));

    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_COUNSELLING);
    assertThat(jdbc.queryForObject("SELECT first_contact_on FROM kpi_case_fact WHERE case_key = ?",
        LocalDate.class, c.pid())).isEqualTo(today());
  }

  @Test
  void aCalledOffEvictionEndsItsNoticeOnlyOnce() throws Exception {
    Opened c = courtCase("mitte", today().minusDays(2));
    String reference = "DR II " + NUMBERS.incrementAndGet() + "/" + RUN;
    joinBailiffNotice(c, reference);
    assertThat(taskKeys(c.pid())).contains(ProcessKeys.TASK_SEND_EVICTION_LETTER);

    var response = event("fk.mitte", c.caseId(), Map.of("type", "eviction-called-off",
        "on", today().toString(), "bailiffReference", reference.toLowerCase()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(taskKeys(c.pid())).doesNotContain(ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .contains(ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(today());

    var again = event("fk.mitte", c.caseId(), Map.of("type", "eviction-called-off",
        "on", today().toString(), "bailiffReference", reference));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("errors").get(0).get("field").asText())
        .isEqualTo("bailiffReference");
    var unknown = event("fk.mitte", c.caseId(), Map.of("type", "eviction-called-off",
        "on", today().toString(), "bailiffReference", "DR X 1/" + RUN));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aCallOffDatedAfterTheEvictionDayIsRefused() throws Exception {
    Opened c = courtCase("mitte", today().minusDays(20));
    String reference = "DR II " + NUMBERS.incrementAndGet() + "/" + RUN;
    joinBailiffNotice(c, reference, today().minusDays(10), today().minusDays(5) + "T09:00");

    var late = event("fk.mitte", c.caseId(), Map.of("type", "eviction-called-off",
        "on", today().toString(), "bailiffReference", reference));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode refusal = json.readTree(late.getBody());
    assertThat(refusal.get("errors").get(0).get("field").asText()).isEqualTo("on");
    assertThat(refusal.path("detail").asText()).isEqualTo("Der Räumungstermin „" + reference
        + "“ war am " + german(today().minusDays(5)) + "; eine Absage oder Verschiebung muss "
        + "spätestens an diesem Tag erfolgt sein (Datum des Ereignisses: " + german(today())
        + "). Es wurde nichts geändert.");
    assertGermanDates(refusal);
    assertThat(jdbc.queryForObject("SELECT called_off_on FROM kpi_eviction_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isNull();
    // dated on the eviction day it is recorded
    assertThat(event("fk.mitte", c.caseId(), Map.of("type", "eviction-called-off",
        "on", today().minusDays(5).toString(), "bailiffReference", reference))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aTransferEndsTheCaseAndOpensALinkedOneInTheNewDistrict() throws Exception {
    Map<String, Object> notice = TestNotices.courtNotice("mitte", fileNumber(),
        today().minusDays(1), "Tom Umzug", "Umzugsweg " + NUMBERS.incrementAndGet() + " " + RUN);
    Opened c = open(notice);

    var response = event("fk.mitte", c.caseId(), Map.of("type", "transferred",
        "on", today().toString(), "toDistrict", "neukoelln"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode state = json.readTree(response.getBody());
    assertThat(state.get("status").asText()).isEqualTo("transferred");
    String newCaseId = state.get("linkedCaseId").asText();
    assertThat(newCaseId).startsWith("NK-");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.pid()).count())
        .isZero();
    String newPid = jdbc.queryForObject("SELECT process_instance_id FROM case_registry "
        + "WHERE case_id = ?", String.class, newCaseId);
    assertThat(runtimeService.getVariable(newPid, CaseVariables.CASE_ORIGIN)).isEqualTo("transfer");
    assertThat(runtimeService.getVariable(newPid, CaseVariables.PREVIOUS_CASE_ID))
        .isEqualTo(c.caseId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(newPid)
        .singleResult().getTenantId()).isEqualTo("neukoelln");
    assertThat(taskKeys(newPid)).contains(ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(jdbc.queryForObject("SELECT outcome FROM kpi_case_fact WHERE case_key = ?",
        String.class, c.pid())).isEqualTo("transferred");
    assertThat(jdbc.queryForObject("SELECT court_received_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, newPid)).isNull();

    assertThat(get("fk.mitte", "/api/cases/" + newCaseId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("fk.neukoelln", "/api/cases/" + newCaseId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", today().toString())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // the court's notice entered again in the new district names the case it can open there
    Map<String, Object> again = new LinkedHashMap<>(notice);
    again.put("district", "neukoelln");
    var duplicate = post("fk.neukoelln", "/api/notices/court", again);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(duplicate.getBody()).get("existingCaseId").asText())
        .isEqualTo(newCaseId);
  }

  @Test
  void onlyTheTeamLeadMarksACaseEnteredInErrorAndItsFileIsFreeAgain() throws Exception {
    Map<String, Object> notice = TestNotices.courtNotice("mitte", fileNumber(), today(),
        "Irma Irrtum", "Fehlerweg " + NUMBERS.incrementAndGet() + " " + RUN);
    Opened c = open(notice);
    Map<String, Object> body = Map.of("type", "entered-in-error", "on", today().toString(),
        "reason", "Doppelt erfasst");

    assertThat(event("fk.mitte", c.caseId(), body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var missingReason = event("leitung.mitte", c.caseId(), Map.of("type", "entered-in-error",
        "on", today().toString()));
    assertThat(fields(missingReason)).containsExactly("reason");

    var response = event("leitung.mitte", c.caseId(), body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("status").asText())
        .isEqualTo("entered-in-error");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.pid()).count())
        .isZero();
    assertThat(jdbc.queryForObject("SELECT withdrawn FROM kpi_case_fact WHERE case_key = ?",
        Boolean.class, c.pid())).isTrue();

    assertThat(post("fk.mitte", "/api/notices/court", notice).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  // ------------------------------------------------------------------ refusals

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    Opened c = courtCase("mitte", today());
    assertThat(fields(event("fk.mitte", c.caseId(), Map.of("type", "vanished",
        "on", today().toString())))).containsExactly("type");
    assertThat(fields(event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn"))))
        .containsExactly("on");
    assertThat(fields(event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", today().plusDays(1).toString())))).containsExactly("on");
    assertThat(fields(event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", today().minusDays(1).toString())))).containsExactly("on");
    assertThat(fields(event("fk.mitte", c.caseId(), Map.of("type", "transferred",
        "on", today().toString(), "toDistrict", "mitte")))).containsExactly("toDistrict");
    assertThat(taskKeys(c.pid())).contains(ProcessKeys.TASK_SEND_COURT_LETTER);
  }

  @Test
  void refusalsWriteTheirDatesTheGermanWayAndKeepTheFieldNames() throws Exception {
    Opened c = courtCase("mitte", today().minusDays(3));
    String reference = "DR III " + NUMBERS.incrementAndGet() + "/" + RUN;
    LocalDateTime evictionAt = today().plusDays(30).atTime(9, 0);
    joinBailiffNotice(c, reference, today().minusDays(1), evictionAt.toString());

    // the day of the event before the case's notice, and before the bailiff's
    JsonNode beforeCase = refusal(event("fk.mitte", c.caseId(), Map.of(
        "type", "lawsuit-withdrawn", "on", today().minusDays(4).toString())),
        HttpStatus.BAD_REQUEST, "on");
    assertThat(beforeCase.path("detail").asText()).isEqualTo("on: Das Datum "
        + german(today().minusDays(4)) + " liegt vor dem Eingang der Mitteilung am "
        + german(today().minusDays(3)) + ". Es wurde nichts geändert.");
    JsonNode beforeNotice = refusal(event("fk.mitte", c.caseId(), Map.of(
        "type", "eviction-postponed", "on", today().minusDays(2).toString(),
        "bailiffReference", reference, "evictionAt", evictionAt.plusDays(7).toString())),
        HttpStatus.BAD_REQUEST, "on");
    assertThat(beforeNotice.path("errors").get(0).path("message").asText()).isEqualTo(
        "Das Datum " + german(today().minusDays(2)) + " liegt vor dem Eingang der Mitteilung "
            + "der Gerichtsvollzieherin am " + german(today().minusDays(1)) + ".");
    // a day in the future
    assertThat(refusal(event("fk.mitte", c.caseId(), Map.of("type", "arrears-settled",
        "on", today().plusDays(1).toString())), HttpStatus.BAD_REQUEST, "on")
        .path("errors").get(0).path("message").asText()).isEqualTo("Das Datum des Ereignisses "
            + german(today().plusDays(1)) + " liegt in der Zukunft (heute ist der "
            + german(today()) + ").");
    // postponed to the day and hour it already has: the date-time German
    assertThat(refusal(event("fk.mitte", c.caseId(), Map.of("type", "eviction-postponed",
        "on", today().toString(), "bailiffReference", reference,
        "evictionAt", evictionAt.toString())), HttpStatus.BAD_REQUEST, "evictionAt")
        .path("errors").get(0).path("message").asText()).isEqualTo("Der Räumungstermin ist "
            + "bereits am " + german(evictionAt.toLocalDate()) + ", 09:00 Uhr; bitte den neuen "
            + "Termin angeben.");
    // no date at all: the wire format's example is the one ISO date shown
    assertThat(refusal(event("fk.mitte", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", "3.12.2026")), HttpStatus.BAD_REQUEST, "on").path("errors").get(0)
        .path("message").asText()).endsWith("Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02.");

    // corrections: a receipt after the letter, and a bailiff's receipt after the eviction day
    Task letter = task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER);
    taskService.complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON,
        today().minusDays(2).toString()));
    JsonNode afterLetter = refusal(post("leitung.mitte", "/api/cases/" + c.caseId()
        + "/corrections", Map.of("field", "receivedOn", "value", today().minusDays(1).toString(),
        "reason", "Tippfehler")), HttpStatus.BAD_REQUEST, "value");
    assertThat(afterLetter.path("detail").asText()).isEqualTo("value: Das Eingangsdatum "
        + german(today().minusDays(1)) + " liegt nach dem Tag „Versand des "
        + "Standardanschreibens“ (" + german(today().minusDays(2)) + "). Es wurde nichts "
        + "geändert.");
    Opened evicted = courtCase("mitte", today().minusDays(20));
    String past = "DR III " + NUMBERS.incrementAndGet() + "/" + RUN;
    joinBailiffNotice(evicted, past, today().minusDays(10), today().minusDays(5) + "T09:00");
    assertThat(refusal(post("leitung.mitte", "/api/cases/" + evicted.caseId() + "/corrections",
        Map.of("field", "receivedOn", "bailiffReference", past,
            "value", today().minusDays(2).toString(), "reason", "Tippfehler")),
        HttpStatus.BAD_REQUEST, "value").path("errors").get(0).path("message").asText())
        .isEqualTo("Das Eingangsdatum " + german(today().minusDays(2)) + " liegt nach dem "
            + "Räumungstermin (" + german(today().minusDays(5)) + ").");

    // nothing was recorded, nothing corrected
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_id IN (?, ?)",
        Long.class, c.caseId(), evicted.caseId())).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_correction WHERE case_id IN (?, ?)",
        Long.class, c.caseId(), evicted.caseId())).isZero();
  }

  @Test
  void anotherDistrictsCaseIsUnknown() {
    Opened c = courtCase("mitte", today());
    assertThat(event("fk.neukoelln", c.caseId(), Map.of("type", "lawsuit-withdrawn",
        "on", today().toString())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(event("fk.mitte", "MI-1999-00001", Map.of("type", "lawsuit-withdrawn",
        "on", today().toString())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(taskKeys(c.pid())).contains(ProcessKeys.TASK_SEND_COURT_LETTER);
  }

  // ------------------------------------------------------------------ corrections

  @Test
  void theTeamLeadCorrectsTheLetterDateAndTheCorrectionIsKept() throws Exception {
    Opened c = courtCase("mitte", today().minusDays(2));
    Task letter = task(c.pid(), ProcessKeys.TASK_SEND_COURT_LETTER);
    taskService.complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON,
        today().toString()));
    Map<String, Object> correction = Map.of("field", "letterSentOn",
        "value", today().minusDays(1).toString(), "reason", "Tippfehler");

    assertThat(post("fk.mitte", "/api/cases/" + c.caseId() + "/corrections", correction)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var response = post("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections",
        correction);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().minusDays(1).toString());
    assertThat(jdbc.queryForObject("SELECT letter_sent_on FROM kpi_case_fact WHERE case_key = ?",
        LocalDate.class, c.pid())).isEqualTo(today().minusDays(1));

    JsonNode list = json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId()
        + "/corrections").getBody());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("oldValue").asText()).isEqualTo(today().toString());
    assertThat(list.get(0).get("newValue").asText()).isEqualTo(today().minusDays(1).toString());
    assertThat(list.get(0).get("correctedBy").asText()).isEqualTo("leitung.mitte");

    var beforeReceipt = post("leitung.mitte", "/api/cases/" + c.caseId() + "/corrections",
        Map.of("field", "letterSentOn", "value", today().minusDays(5).toString(),
            "reason", "x"));
    assertThat(fields(beforeReceipt)).containsExactly("value");
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

  Opened courtCase(String district, LocalDate receivedOn) {
    return open(TestNotices.courtNotice(district, fileNumber(), receivedOn, "Eva Ereignis",
        "Ereignisweg " + NUMBERS.incrementAndGet() + " " + RUN));
  }

  Opened open(Map<String, Object> notice) {
    var response = post("fk.mitte", "/api/notices/court", notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    try {
      JsonNode body = json.readTree(response.getBody());
      return new Opened(body.get("caseId").asText(), body.get("processInstanceId").asText());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void joinBailiffNotice(Opened c, String reference) throws Exception {
    joinBailiffNotice(c, reference, today(), today().plusDays(30) + "T09:00");
  }

  void joinBailiffNotice(Opened c, String reference, LocalDate receivedOn, String evictionAt)
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
    notice.put("evictionAt", evictionAt);
    notice.put("household", household);
    notice.put("court", variables.get(CaseVariables.COURT));
    notice.put("courtFileNumber", variables.get(CaseVariables.COURT_FILE_NUMBER));
    var response = post("fk.mitte", "/api/notices/bailiff", notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("caseId").asText()).isEqualTo(c.caseId());
  }

  ResponseEntity<String> event(String user, String caseId, Map<String, Object> body) {
    return post(user, "/api/cases/" + caseId + "/events", body);
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

  /** The fields a 400 names; what it says writes dates German ({@link RefusalTexts}). */
  List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertGermanDates(body);
    return body.get("errors").findValuesAsText("field");
  }

  /**
   * A refusal: its status, exactly this field under {@code errors} (the API's field name), the
   * field's message in the detail, dates German throughout.
   */
  JsonNode refusal(ResponseEntity<String> response, HttpStatus status, String field)
      throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("errors").findValuesAsText("field")).as(response.getBody())
        .containsExactly(field);
    assertThat(body.path("detail").asText())
        .contains(body.path("errors").get(0).path("message").asText());
    assertGermanDates(body);
    return body;
  }

  Task task(String pid, String key) {
    return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
        .singleResult();
  }

  List<String> taskKeys(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  static List<String> keys(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText).toList();
  }

  static String fileNumber() {
    return NUMBERS.incrementAndGet() + " C " + RUN + "/26";
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}

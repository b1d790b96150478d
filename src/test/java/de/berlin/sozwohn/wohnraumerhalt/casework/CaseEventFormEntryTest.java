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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
 * The start forms "Fallereignis erfassen" and "Korrektur erfassen" as Tasklist submits them
 * ({@code POST /engine-rest/process-definition/key/{caseEventEntry|caseCorrectionEntry}/submit-form},
 * flat values without type): the same effect on the case as {@code POST /api/cases/{caseId}/…},
 * refusals in German naming the field with nothing left behind – dates written German (7.12.2026),
 * never ISO – and the correction form for team leads only.
 */
@AppTest
class CaseEventFormEntryTest {

  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final AtomicInteger NUMBERS = new AtomicInteger();
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String EVENT_ENTRY = ProcessKeys.CASE_EVENT_ENTRY;
  static final String CORRECTION_ENTRY = ProcessKeys.CASE_CORRECTION_ENTRY;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  // ------------------------------------------------------------------ case events

  @Test
  void aCaseworkerRecordsAWithdrawnLawsuitAndTheCasesTasksEnd() throws Exception {
    Opened c = courtCase(today().minusDays(1));
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_RECORD_CONTACT,
        ProcessKeys.TASK_SEND_COURT_LETTER);

    ResponseEntity<String> response = submitForm("fk.mitte", EVENT_ENTRY, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn", "on", today().toString()));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_CLOSE_CASE);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.OUTCOME))
        .isEqualTo("housing-retained");
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.CASE_SETTLED_BY))
        .isEqualTo("lawsuit-withdrawn");
    assertThat(jdbc.queryForObject("SELECT outreach_ended_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, c.pid())).isEqualTo(today());
    JsonNode state = json.readTree(get("fk.mitte", "/api/cases/" + c.caseId()).getBody());
    assertThat(state.path("events")).hasSize(1);
    assertThat(state.path("events").get(0).path("type").asText()).isEqualTo("lawsuit-withdrawn");
    assertThat(state.path("events").get(0).path("recordedBy").asText()).isEqualTo("fk.mitte");

    // the entry instance ended at once and keeps where the event went – no variable caseId
    HistoricProcessInstance entry = entryInstance(response);
    assertThat(entry.getProcessDefinitionKey()).isEqualTo(EVENT_ENTRY);
    assertThat(entry.getEndTime()).isNotNull();
    assertThat(entry.getStartUserId()).isEqualTo("fk.mitte");
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(entry.getId()).orderPartiallyByOccurrence().asc().list())
        .extracting(a -> a.getActivityId())
        .containsExactly("CaseEventEntered", "RecordCaseEvent", "CaseEventRecorded");
    // its history still holds what was entered (variable updates): the district's only
    assertThat(entry.getTenantId()).isEqualTo("mitte");
    for (String history : List.of("/engine-rest/history/detail?processInstanceId=",
        "/engine-rest/history/variable-instance?includeDeleted=true&processInstanceId=")) {
      assertThat(get("fk.mitte", history + entry.getId()).getBody()).contains(c.caseId());
      assertThat(json.readTree(get("fk.neukoelln", history + entry.getId()).getBody()))
          .as(history).isEmpty();
    }
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(entry.getId()).list()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(CaseVariables.ENTERED_CASE_ID,
            CaseVariables.ENTERED_CASE_INSTANCE_ID);
    assertThat(variable(entry, CaseVariables.ENTERED_CASE_ID)).isEqualTo(c.caseId());
    assertThat(variable(entry, CaseVariables.ENTERED_CASE_INSTANCE_ID)).isEqualTo(c.pid());
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .variableValueEquals(CaseVariables.CASE_ID, c.caseId()).list())
        .extracting(HistoricVariableInstance::getProcessInstanceId).containsExactly(c.pid());

    // a second settlement does not fit: 409 naming the event that was recorded
    ResponseEntity<String> again = submitForm("fk.mitte", EVENT_ENTRY, Map.of(
        "caseId", c.caseId(), "type", "arrears-settled", "on", today().toString()));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode body = json.readTree(again.getBody());
    assertThat(body.path("message").asText()).isEqualTo("Das Fallereignis wurde nicht "
        + "gespeichert: Ereignis: Für den Fall " + c.caseId() + " ist bereits „Klage "
        + "zurückgenommen“ am " + german(today()) + " erfasst.");
    assertGermanDates(body);
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("type");
    assertThat(body.path("problemType").asText()).isEqualTo(CaseworkProblems.CONFLICT.toString());
  }

  @Test
  void aTransferThroughTheFormOpensTheCaseInTheOtherDistrict() throws Exception {
    Opened c = courtCase(today().minusDays(1));

    // typed in small letters and with spaces: the form door reads the number as the list shows it
    ResponseEntity<String> response = submitForm("fk.mitte", EVENT_ENTRY, Map.of(
        "caseId", " " + c.caseId().toLowerCase() + " ", "type", "transferred",
        "on", today().toString(), "toDistrict", "neukoelln"));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.pid()).count())
        .isZero();
    JsonNode state = json.readTree(get("fk.mitte", "/api/cases/" + c.caseId()).getBody());
    assertThat(state.path("status").asText()).isEqualTo("transferred");
    String linked = state.path("linkedCaseId").asText();
    assertThat(linked).startsWith("NK-");
    assertThat(get("fk.neukoelln", "/api/cases/" + linked).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(variable(entryInstance(response), CaseVariables.ENTERED_CASE_ID))
        .isEqualTo(c.caseId());
  }

  @Test
  void badInputIsRefusedInGermanNamingTheFieldAndLeavesNothingBehind() throws Exception {
    Opened c = courtCase(today().minusDays(1));
    Counts before = counts(c);

    JsonNode future = refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn",
        "on", today().plusDays(1).toString()), "on");
    assertThat(future.path("type").asText()).isEqualTo("CaseFormEntryRejectedException");
    assertThat(future.path("problemType").asText())
        .isEqualTo(CaseworkProblems.INVALID_INPUT.toString());
    assertThat(future.path("message").asText()).isEqualTo("Das Fallereignis wurde nicht "
        + "gespeichert: Datum des Ereignisses: Das Datum des Ereignisses "
        + german(today().plusDays(1)) + " liegt in der Zukunft (heute ist der " + german(today())
        + ").");

    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn",
        "on", today().minusDays(2).toString()), "on").path("message").asText())
        .isEqualTo("Das Fallereignis wurde nicht gespeichert: Datum des Ereignisses: Das Datum "
            + german(today().minusDays(2)) + " liegt vor dem Eingang der Mitteilung am "
            + german(today().minusDays(1)) + ".");
    // a string that is no date: the wire format's example is the one ISO date shown
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn", "on", "gestern"), "on")
        .path("message").asText()).isEqualTo("Das Fallereignis wurde nicht gespeichert: "
            + "„Datum des Ereignisses“ ist kein gültiges Datum: „gestern“. Erwartet wird "
            + "JJJJ-MM-TT, z. B. 2026-03-02.");
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "type", "transferred", "on", today().toString()), "toDistrict")
        .path("message").asText())
        .isEqualTo("Das Fallereignis wurde nicht gespeichert: Pflichtangabe „Neuer Bezirk“ fehlt.");
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn", "on", 20260302), "on")
        .path("message").asText()).contains("„Datum des Ereignisses“ hat den falschen Typ");
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", "", "type", "lawsuit-withdrawn", "on", today().toString()), "caseId")
        .path("message").asText()).contains("Pflichtangabe „Fallnummer“ fehlt.");

    // a case that does not exist, and another district's, read alike: 404 naming the number
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.NOT_FOUND, Map.of(
        "caseId", "MI-1999-00001", "type", "lawsuit-withdrawn", "on", today().toString()),
        "caseId").path("message").asText()).isEqualTo("Das Fallereignis wurde nicht "
            + "gespeichert: Die Fallnummer „MI-1999-00001“ gibt es in Ihren Bezirken nicht.");
    assertThat(refused("fk.neukoelln", EVENT_ENTRY, HttpStatus.NOT_FOUND, Map.of(
        "caseId", c.caseId(), "type", "lawsuit-withdrawn", "on", today().toString()),
        "caseId").path("message").asText()).contains("„" + c.caseId() + "“ gibt es in Ihren "
            + "Bezirken nicht");

    // an eviction the case does not know, and the team lead's event
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.CONFLICT, Map.of(
        "caseId", c.caseId(), "type", "eviction-called-off", "on", today().toString(),
        "bailiffReference", "DR X 1/" + RUN), "bailiffReference").path("message").asText())
        .isEqualTo("Das Fallereignis wurde nicht gespeichert: Aktenzeichen der "
            + "Gerichtsvollzieherin: Zum Fall " + c.caseId() + " ist keine Mitteilung der "
            + "Gerichtsvollzieherin mit diesem Aktenzeichen erfasst.");
    assertThat(refused("fk.mitte", EVENT_ENTRY, HttpStatus.FORBIDDEN, Map.of(
        "caseId", c.caseId(), "type", "entered-in-error", "on", today().toString(),
        "reason", "doppelt"), "type").path("message").asText())
        .isEqualTo("Das Fallereignis wurde nicht gespeichert: Ereignis: Einen Fall als "
            + "irrtümlich erfasst dürfen nur die Fachstellenleitung des Bezirks und die "
            + "Administration erfassen.");

    // a variable that is not a field of the form does not get in (door guard)
    Map<String, Object> extra = new HashMap<>(Map.of("caseId", c.caseId(),
        "type", "lawsuit-withdrawn", "on", today().toString(), "district", "neukoelln"));
    ResponseEntity<String> unknownField = submitForm("fk.mitte", EVENT_ENTRY, extra);
    assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknownField.getBody()).path("errors").findValuesAsText("field"))
        .containsExactly("district");

    assertThat(counts(c)).isEqualTo(before);
  }

  // ------------------------------------------------------------------ corrections

  @Test
  void onlyTeamLeadsStartTheCorrectionForm() throws Exception {
    Opened c = courtCase(today().minusDays(2));
    Task letter = taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    taskService.complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON,
        today().toString()));
    Map<String, Object> correction = Map.of("caseId", c.caseId(), "field", "letterSentOn",
        "value", today().minusDays(1).toString(), "reason", "Tippfehler");
    Counts before = counts(c);

    // the engine's own answer: no CREATE_INSTANCE on the correction form for caseworkers
    ResponseEntity<String> caseworker = submitForm("fk.mitte", CORRECTION_ENTRY, correction);
    assertThat(caseworker.getStatusCode()).as(caseworker.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode refusal = json.readTree(caseworker.getBody());
    assertThat(refusal.path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(refusal.path("permissionName").asText()).isEqualTo("CREATE_INSTANCE");
    assertThat(counts(c)).isEqualTo(before);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().toString());

    ResponseEntity<String> teamLead = submitForm("leitung.mitte", CORRECTION_ENTRY, correction);
    assertThat(teamLead.getStatusCode()).as(teamLead.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().minusDays(1).toString());
    assertThat(jdbc.queryForObject("SELECT letter_sent_on FROM kpi_case_fact WHERE case_key = ?",
        LocalDate.class, c.pid())).isEqualTo(today().minusDays(1));
    JsonNode kept = json.readTree(get("leitung.mitte", "/api/cases/" + c.caseId()
        + "/corrections").getBody());
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).path("oldValue").asText()).isEqualTo(today().toString());
    assertThat(kept.get(0).path("reason").asText()).isEqualTo("Tippfehler");
    assertThat(kept.get(0).path("correctedBy").asText()).isEqualTo("leitung.mitte");
    HistoricProcessInstance entry = entryInstance(teamLead);
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(entry.getId()).list()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(CaseVariables.ENTERED_CASE_ID,
            CaseVariables.ENTERED_CASE_INSTANCE_ID);
  }

  @Test
  void aRefusedCorrectionNamesTheFieldAndChangesNothing() throws Exception {
    Opened c = courtCase(today().minusDays(2));
    Task letter = taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    taskService.complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON,
        today().toString()));
    Counts before = counts(c);

    // checked as the letter's form checks it: the dates German
    assertThat(refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "field", "letterSentOn",
        "value", today().minusDays(5).toString(), "reason", "Tippfehler"), "value")
        .path("message").asText()).startsWith("Die Korrektur wurde nicht gespeichert: Neuer "
            + "Wert: Der " + german(today().minusDays(5)) + " liegt vor dem Eingang der "
            + "Mitteilung am " + german(today().minusDays(2)));
    assertThat(refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "field", "receivedOn",
        "value", today().minusYears(5).toString(), "reason", "Tippfehler"), "value")
        .path("message").asText()).startsWith("Die Korrektur wurde nicht gespeichert: Neuer "
            + "Wert: Das Eingangsdatum " + german(today().minusYears(5)) + " liegt zu weit "
            + "zurück (frühestens ");
    assertThat(refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "field", "visitedOn", "visit", "drei",
        "value", today().toString(), "reason", "Tippfehler"), "visit")
        .path("message").asText()).contains("„Hausbesuch“ ist keine ganze Zahl: „drei“");
    assertThat(refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", c.caseId(), "field", "evictionLetterSentOn",
        "value", today().toString(), "reason", "Tippfehler"), "bailiffReference")
        .path("message").asText()).startsWith("Die Korrektur wurde nicht gespeichert: "
            + "Aktenzeichen der Gerichtsvollzieherin: ");
    // the date a visit never had: 409 naming the visit
    refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.CONFLICT, Map.of(
        "caseId", c.caseId(), "field", "visitedOn", "visit", "1",
        "value", today().toString(), "reason", "Tippfehler"), "visit");
    refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.NOT_FOUND, Map.of(
        "caseId", "MI-1999-00001", "field", "letterSentOn",
        "value", today().minusDays(1).toString(), "reason", "Tippfehler"), "caseId");

    assertThat(counts(c)).isEqualTo(before);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().toString());

    // a receipt after the letter went out: both dates German
    Opened sent = courtCase(today().minusDays(3));
    taskService.complete(taskService.createTaskQuery().processInstanceId(sent.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult().getId(),
        Map.of(CaseVariables.LETTER_SENT_ON, today().minusDays(2).toString()));
    assertThat(refused("leitung.mitte", CORRECTION_ENTRY, HttpStatus.BAD_REQUEST, Map.of(
        "caseId", sent.caseId(), "field", "receivedOn",
        "value", today().minusDays(1).toString(), "reason", "Tippfehler"), "value")
        .path("message").asText()).isEqualTo("Die Korrektur wurde nicht gespeichert: Neuer "
            + "Wert: Das Eingangsdatum " + german(today().minusDays(1)) + " liegt nach dem Tag "
            + "„Versand des Standardanschreibens“ (" + german(today().minusDays(2)) + ").");
    assertThat(runtimeService.getVariable(sent.pid(), CaseVariables.RECEIVED_ON))
        .isEqualTo(today().minusDays(3).toString());
  }

  // ------------------------------------------------------------------ Tasklist's start list

  @Test
  void tasklistOffersTheEventFormToCaseworkersAndTheCorrectionFormToTeamLeadsOnly()
      throws Exception {
    assertThat(startable("fk.mitte")).containsEntry(EVENT_ENTRY, "Fallereignis erfassen")
        .doesNotContainKey(CORRECTION_ENTRY);
    assertThat(startable("leitung.mitte")).containsEntry(EVENT_ENTRY, "Fallereignis erfassen")
        .containsEntry(CORRECTION_ENTRY, "Korrektur erfassen");
    assertThat(startable("fk.neukoelln")).containsKey(EVENT_ENTRY)
        .doesNotContainKey(CORRECTION_ENTRY);

    for (String key : List.of(EVENT_ENTRY, CORRECTION_ENTRY)) {
      JsonNode startForm = json.readTree(rest.withBasicAuth("leitung.mitte", "demo")
          .getForEntity("/engine-rest/process-definition/key/" + key + "/startForm",
              String.class).getBody());
      assertThat(startForm.path("camundaFormRef").path("key").asText()).isEqualTo(
          key.equals(EVENT_ENTRY) ? ProcessKeys.FORM_CASE_EVENT_ENTRY
              : ProcessKeys.FORM_CASE_CORRECTION_ENTRY);
      ResponseEntity<String> form = rest.withBasicAuth("leitung.mitte", "demo").getForEntity(
          "/engine-rest/process-definition/key/" + key + "/deployed-start-form", String.class);
      assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(form.getBody()).path("id").asText())
          .isEqualTo(startForm.path("camundaFormRef").path("key").asText());
    }
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

  /** What a refused entry must not leave: events, corrections, entry instances, changed tasks. */
  record Counts(long events, long corrections, long eventEntries, long correctionEntries,
      List<String> tasks) {}

  Counts counts(Opened c) {
    return new Counts(
        jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_id = ?", Long.class,
            c.caseId()),
        jdbc.queryForObject("SELECT COUNT(*) FROM case_correction WHERE case_id = ?", Long.class,
            c.caseId()),
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(EVENT_ENTRY)
            .count(),
        historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(CORRECTION_ENTRY).count(),
        taskKeys(c.pid()));
  }

  Map<String, String> startable(String user) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(
        "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
            + "&startablePermissionCheck=true&sortBy=name&sortOrder=asc", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, String> names = new LinkedHashMap<>();
    json.readTree(response.getBody())
        .forEach(d -> names.put(d.path("key").asText(), d.path("name").asText()));
    return names;
  }

  /**
   * The refusal: its status, exactly this field under {@code errors}, the body; what it says
   * writes dates German ({@link RefusalTexts}).
   */
  JsonNode refused(String user, String key, HttpStatus status, Map<String, Object> values,
      String field) throws Exception {
    ResponseEntity<String> response = submitForm(user, key, values);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("errors").findValuesAsText("field")).as(response.getBody())
        .containsExactly(field);
    assertThat(body.path("errors").get(0).path("message").asText())
        .isEqualTo(body.path("message").asText().replaceFirst("^.*? wurde nicht gespeichert: ",
            ""));
    assertGermanDates(body);
    return body;
  }

  /** {name: {value}} as Tasklist sends the values of a Camunda Form (no type). */
  ResponseEntity<String> submitForm(String user, String key, Map<String, Object> values)
      throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new HashMap<>();
      variable.put("value", value);
      variables.put(name, variable);
    });
    return post(user, "/engine-rest/process-definition/key/" + key + "/submit-form",
        json.writeValueAsString(Map.of("variables", variables)));
  }

  HistoricProcessInstance entryInstance(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String id = json.readTree(response.getBody()).path("id").asText();
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
        .singleResult();
  }

  Object variable(HistoricProcessInstance instance, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    assertThat(variable).as(name).isNotNull();
    return variable.getValue();
  }

  Opened courtCase(LocalDate receivedOn) throws Exception {
    Map<String, Object> notice = TestNotices.courtNotice("mitte",
        NUMBERS.incrementAndGet() + " C " + RUN + "/26", receivedOn, "Frieda Formular",
        "Formularweg " + NUMBERS.incrementAndGet() + " " + RUN);
    ResponseEntity<String> response = post("fk.mitte", "/api/notices/court",
        json.writeValueAsString(notice));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    return new Opened(body.get("caseId").asText(), body.get("processInstanceId").asText());
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").exchange(path,
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  List<String> taskKeys(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}

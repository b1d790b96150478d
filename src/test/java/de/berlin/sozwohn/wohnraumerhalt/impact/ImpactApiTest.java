package de.berlin.sozwohn.wohnraumerhalt.impact;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.MSG_COURT_NOTICE;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_CLOSE_CASE;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_COUNSELLING;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_RECORD_CONTACT;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_SEND_COURT_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.CsvDownload;
import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * {@code GET /api/impact} end to end in 2039 (a year no other test uses): a Lichtenberg case
 * worked through the real engine – its rent debt taken over recorded from the Counselling form,
 * its staff minutes counted by the PPBE from history – beside facts of an eviction carried out
 * (Lichtenberg) and of a lawsuit withdrawn (Pankow, for Berlin); the figures counted by hand with
 * the default rates of application.yaml (0,63 € per minute, 35 € × 365 days). Then the access
 * matrix of {@code /api/kpi}, the parameter problems and the CSV.
 */
@AppTest
class ImpactApiTest {

  static final String DISTRICT = "lichtenberg";
  static final String H1_2039 = "/api/impact?from=2039-01-01&to=2039-06-30";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void cleanUp() {
    ClockUtil.reset();
    // the PostgreSQL suite keeps its schema between runs: start without 2039 facts
    for (String table : List.of("kpi_visit_fact", "kpi_eviction_fact")) {
      jdbc.update("DELETE FROM " + table + " WHERE case_key IN (SELECT case_key FROM "
          + "kpi_case_fact WHERE district IN ('lichtenberg', 'pankow') AND opened_at >= ?)",
          Timestamp.valueOf("2039-01-01 00:00:00"));
    }
    jdbc.update("DELETE FROM kpi_case_fact WHERE district IN ('lichtenberg', 'pankow') "
        + "AND opened_at >= ?", Timestamp.valueOf("2039-01-01 00:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void impactAndCostOfAHalfYear() throws Exception {
    ProcessInstance pi = workACase();
    // the facts the handler recorded from the Counselling form
    assertThat(jdbc.queryForObject("SELECT rent_debt_taken_over FROM kpi_case_fact "
        + "WHERE case_key = ?", java.math.BigDecimal.class, pi.getId()))
        .isEqualByComparingTo("1850.00");
    assertThat(jdbc.queryForObject("SELECT rent_debt_taken_over_on FROM kpi_case_fact "
        + "WHERE case_key = ?", LocalDate.class, pi.getId())).isEqualTo("2039-03-14");
    // the input rules stored the Integer 1850 as the Double 1850.0
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(CaseVariables.RENT_DEBT_TAKEN_OVER)
        .singleResult().getValue()).isEqualTo(1850.0);
    insertFacts();

    JsonNode body = getJson("monitoring", H1_2039 + "&district=" + DISTRICT);
    assertThat(body.path("from").asText()).isEqualTo("2039-01-01");
    assertThat(body.path("estimate").asBoolean()).isTrue();
    assertThat(body.path("note").asText()).startsWith("Schätzung:");
    JsonNode rates = body.path("rates");
    assertThat(rates).hasSize(3);
    assertThat(rates.get(0).path("key").asText()).isEqualTo("staffCostPerMinute");
    assertThat(rates.get(0).path("value").decimalValue()).isEqualByComparingTo("0.63");
    assertThat(rates.get(0).path("source").asText()).contains("FES-Arbeitshilfe");
    assertThat(rates.get(1).path("value").decimalValue()).isEqualByComparingTo("35");
    assertThat(rates.get(2).path("value").decimalValue()).isEqualByComparingTo("365");
    assertThat(body.path("labels").path("outcomes").path("housing-retained").asText())
        .isEqualTo("Wohnung erhalten");

    assertThat(body.path("districts")).hasSize(1);
    JsonNode unit = body.path("districts").get(0);
    assertThat(unit.path("district").asText()).isEqualTo(DISTRICT);
    assertThat(unit.path("name").asText()).isEqualTo("Lichtenberg");
    // the court case of 9 March, the bailiff case of 1 April
    assertThat(unit.path("casesByOrigin").path("court").asInt()).isEqualTo(1);
    assertThat(unit.path("casesByOrigin").path("bailiff").asInt()).isEqualTo(1);
    assertThat(unit.path("casesByOrigin").path("total").asInt()).isEqualTo(2);
    assertThat(unit.path("casesByOutcome").path("housing-retained").asInt()).isEqualTo(1);
    assertThat(unit.path("casesByOutcome").path("eviction-carried-out").asInt()).isEqualTo(1);
    assertThat(unit.path("casesByOutcome").path("total").asInt()).isEqualTo(2);
    // the court case, closed 15 March with the housing retained
    assertThat(unit.path("averted").path("total").asInt()).isEqualTo(1);
    assertThat(unit.path("averted").path("byReason").path("housing-retained").asInt())
        .isEqualTo(1);
    assertThat(unit.path("evictionsCarriedOut").asInt()).isEqualTo(1);
    assertThat(unit.path("rentDebtTakeovers").path("count").asInt()).isEqualTo(1);
    assertThat(unit.path("rentDebtTakeovers").path("sum").decimalValue())
        .isEqualByComparingTo("1850.00");
    JsonNode cost = unit.path("preventionCost");
    if (!TestProfiles.onPostgres()) {
      // letter 20 + contact 10 + counselling 240 + closure 15 = 285 minutes (ppbe:minutes);
      // on PostgreSQL earlier runs' 2039 tasks stay in the shared history
      assertThat(cost.path("staffMinutes").asLong()).isEqualTo(285);
      // 285 × 0,63 = 179,55 €; + 1.850,00 € = 2.029,55 €
      assertThat(cost.path("staffCost").decimalValue()).isEqualByComparingTo("179.55");
      assertThat(cost.path("total").decimalValue()).isEqualByComparingTo("2029.55");
      // 12.775,00 ÷ 2.029,55 = 6,294…
      assertThat(unit.path("factor").decimalValue()).isEqualByComparingTo("6.29");
      assertThat(unit.path("factorText").asText()).isEqualTo("1 : 6,3");
    } else {
      assertThat(cost.path("staffMinutes").asLong()).isGreaterThanOrEqualTo(285);
    }
    assertThat(cost.path("rentDebt").decimalValue()).isEqualByComparingTo("1850.00");
    // 1 × 35 € × 365 days
    assertThat(unit.path("avoidedCost").path("total").decimalValue())
        .isEqualByComparingTo("12775.00");

    // Berlin: Lichtenberg and Pankow's lawsuit withdrawn with 1.000,00 € rent debt
    JsonNode berlin = body.path("berlin");
    assertThat(berlin.path("district").asText()).isEqualTo("berlin");
    if (!TestProfiles.onPostgres()) {
      // only this test has cases in 2039
      assertThat(berlin.path("casesByOrigin").path("total").asInt()).isEqualTo(3);
      assertThat(berlin.path("averted").path("total").asInt()).isEqualTo(2);
      assertThat(berlin.path("averted").path("byReason").path("lawsuit-withdrawn").asInt())
          .isEqualTo(1);
      assertThat(berlin.path("rentDebtTakeovers").path("sum").decimalValue())
          .isEqualByComparingTo("2850.00");
      // 179,55 + 2.850,00 = 3.029,55; 2 × 12.775,00 = 25.550,00; 8,433…
      assertThat(berlin.path("preventionCost").path("total").decimalValue())
          .isEqualByComparingTo("3029.55");
      assertThat(berlin.path("avoidedCost").path("total").decimalValue())
          .isEqualByComparingTo("25550.00");
      assertThat(berlin.path("factorText").asText()).isEqualTo("1 : 8,4");
    }

    // the same as CSV: BOM, one figure per row, the rates with their sources
    ResponseEntity<byte[]> csv = CsvDownload.get(rest, "monitoring",
        H1_2039 + "&district=" + DISTRICT);
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("wirkung-und-kosten_2039-01-01_2039-06-30_lichtenberg.csv");
    String text = CsvDownload.text(csv);
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("Zeitraum von;Zeitraum bis;Bezirk-ID;Bezirk;Bereich;"
        + "Kennzahl;Bezeichnung;Wert;Einheit;Hinweis");
    assertThat(lines).contains("01.01.2039;30.06.2039;lichtenberg;Lichtenberg;"
        + "Mietschuldenübernahmen;rentDebtTakeovers.sum;Übernommene Mietschulden;1850,00;€;");
    assertThat(lines).contains("01.01.2039;30.06.2039;lichtenberg;Lichtenberg;"
        + "Durchgeführte Räumungen;evictionsCarriedOut;Zwangsräumungen durchgeführt;1;"
        + "Räumungen;");
    assertThat(lines).anyMatch(l -> l.startsWith("01.01.2039;30.06.2039;;;Kostensatz;"
        + "rates.placementCostPerDay;Kosten einer Unterbringung nach ASOG je Tag und Haushalt;"
        + "35;€ je Tag;"));
    assertThat(lines).anyMatch(l -> l.startsWith("01.01.2039;30.06.2039;berlin;Berlin;"));
  }

  /**
   * Tasklist's way: {@code submit-form} of Counselling. An amount without the takeover ticked is
   * 400 naming the field and changes nothing; with it ticked the amount is stored and becomes the
   * fact. In September 2039, so the half-year figures above stay as counted.
   */
  @Test
  void theAmountThroughTheRestApiOfTasklist() throws Exception {
    ProcessInstance pi = startCase("2039-09-07");
    complete(pi, TASK_SEND_COURT_LETTER, "2039-09-08", Map.of(CaseVariables.LETTER_SENT_ON,
        "2039-09-08", CaseVariables.APPOINTMENT_AT, "2039-09-19T10:00"));
    complete(pi, TASK_RECORD_CONTACT, "2039-09-09", Map.of(CaseVariables.CONTACT_ON,
        "2039-09-09", CaseVariables.CONTACT_CHANNEL, "phone"));
    TestClock.onDay("2039-09-12");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_COUNSELLING).singleResult().getId();

    ResponseEntity<String> refused = submit(taskId, Map.of("counsellingOn", "2039-09-12",
        "rentDebtTakeover", false, "rentDebtTakenOver", 500, "help67", false,
        "landlordAgreement", false));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(refused.getBody());
    assertThat(problem.path("errors").findValuesAsText("field"))
        .containsExactly("rentDebtTakenOver");
    assertThat(problem.path("message").asText()).contains("Übernommene Mietschulden (€): Ein"
        + " Betrag gehört zu einer Mietschuldenübernahme");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    ResponseEntity<String> done = submit(taskId, Map.of("counsellingOn", "2039-09-12",
        "rentDebtTakeover", true, "rentDebtTakenOver", 2400.5, "help67", false,
        "landlordAgreement", false));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("SELECT rent_debt_taken_over FROM kpi_case_fact "
        + "WHERE case_key = ?", java.math.BigDecimal.class, pi.getId()))
        .isEqualByComparingTo("2400.50");
    JsonNode unit = getJson("leitung.lichtenberg",
        "/api/impact?from=2039-09-01&to=2039-09-30&district=lichtenberg")
        .path("districts").get(0);
    assertThat(unit.path("rentDebtTakeovers").path("count").asInt()).isEqualTo(1);
    assertThat(unit.path("rentDebtTakeovers").path("sum").decimalValue())
        .isEqualByComparingTo("2400.50");
  }

  @Test
  void whoSeesWhatAsForTheIndicators() throws Exception {
    // Berlin-wide readers: every district and Berlin
    for (String user : List.of("monitoring", "prozess", "admin")) {
      JsonNode all = getJson(user, H1_2039);
      assertThat(all.path("districts")).as(user).hasSize(Districts.IDS.size());
      assertThat(all.path("berlin").path("district").asText()).as(user).isEqualTo("berlin");
    }
    // the team lead: her district and Berlin, not another district
    JsonNode own = getJson("leitung.lichtenberg", H1_2039);
    assertThat(own.path("districts")).hasSize(1);
    assertThat(own.path("districts").get(0).path("district").asText()).isEqualTo(DISTRICT);
    assertThat(own.path("berlin").isObject()).isTrue();
    ResponseEntity<String> foreign = get("leitung.lichtenberg", H1_2039 + "&district=pankow");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode problem = json.readTree(foreign.getBody());
    assertThat(foreign.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(problem.path("district").asText()).isEqualTo("pankow");
    assertThat(problem.path("detail").asText()).contains("Pankow");
    // a caseworker as for /api/kpi: own district
    JsonNode caseworker = getJson("fk.mitte", H1_2039);
    assertThat(caseworker.path("districts").get(0).path("district").asText()).isEqualTo("mitte");
    assertThat(get("fk.mitte", H1_2039 + "&district=lichtenberg").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // GPM consultants see no figures of cases
    assertThat(get("gpm", H1_2039).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // nobody without a login
    assertThat(rest.getForEntity(H1_2039, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badParametersAreNamed() throws Exception {
    ResponseEntity<String> bad = get("monitoring",
        "/api/impact?from=2039-13-01&district=atlantis");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(bad.getBody());
    assertThat(problem.path("title").asText()).isEqualTo("Ungültige Anfrage");
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactly("from", "to", "district");
    assertThat(problem.path("errors").get(2).path("message").asText())
        .startsWith("Unbekannter Bezirk „atlantis“");

    ResponseEntity<String> reversed = get("monitoring",
        "/api/impact?from=2039-06-30&to=2039-01-01");
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(reversed.getBody()).path("errors").get(0);
    assertThat(error.path("field").asText()).isEqualTo("to");
    assertThat(error.path("message").asText()).contains("liegt vor seinem Beginn");
  }

  /**
   * Court notice Wed 9 Mar 2039, letter Thu 10 Mar, contact by phone Fri 11 Mar, counselling Mon
   * 14 Mar with 1.850 € rent debt taken over (submitted as a whole number), closed Tue 15 Mar
   * with the housing retained.
   */
  private ProcessInstance workACase() {
    ProcessInstance pi = startCase("2039-03-09");
    complete(pi, TASK_SEND_COURT_LETTER, "2039-03-10", Map.of(CaseVariables.LETTER_SENT_ON,
        "2039-03-10", CaseVariables.APPOINTMENT_AT, "2039-03-21T10:00"));
    complete(pi, TASK_RECORD_CONTACT, "2039-03-11", Map.of(CaseVariables.CONTACT_ON,
        "2039-03-11", CaseVariables.CONTACT_CHANNEL, "phone"));
    complete(pi, TASK_COUNSELLING, "2039-03-14", Map.of(CaseVariables.COUNSELLING_ON,
        "2039-03-14", CaseVariables.RENT_DEBT_TAKEOVER, true,
        CaseVariables.RENT_DEBT_TAKEN_OVER, 1850, CaseVariables.HELP_67, false,
        CaseVariables.LANDLORD_AGREEMENT, true));
    complete(pi, TASK_CLOSE_CASE, "2039-03-15", Map.of(CaseVariables.OUTCOME,
        "housing-retained", CaseVariables.CLOSED_ON, "2039-03-15"));
    return pi;
  }

  private ProcessInstance startCase(String receivedOn) {
    TestClock.onDay(receivedOn);
    String caseId = TestCaseIds.next("IMP");
    return engine.getRuntimeService().createMessageCorrelation(MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice(DISTRICT,
            "7 C " + caseId + "/39", LocalDate.parse(receivedOn), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage();
  }

  /** {@code POST /engine-rest/task/{id}/submit-form} as the team lead, untyped JSON values. */
  private ResponseEntity<String> submit(String taskId, Map<String, Object> values)
      throws Exception {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("leitung.lichtenberg", "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers),
        String.class);
  }

  private void complete(ProcessInstance pi, String taskKey, String on, Map<String, Object> vars) {
    TestClock.onDay(on);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), vars);
  }

  /** Facts as the handler and the case events record them, without running the engine. */
  private void insertFacts() {
    String carriedOut = "impact-test-" + TestCaseIds.next("E");
    jdbc.update("INSERT INTO kpi_case_fact (case_key, district, origin, opened_at, closed_on, "
        + "outcome) VALUES (?, ?, 'bailiff', ?, ?, 'eviction-carried-out')", carriedOut, DISTRICT,
        Timestamp.valueOf("2039-04-01 10:00:00"), LocalDate.parse("2039-04-21"));
    jdbc.update("INSERT INTO kpi_eviction_fact (notice_key, case_key, district, received_on, "
        + "eviction_at, eviction_carried_out) VALUES (?, ?, ?, ?, ?, TRUE)", carriedOut + "-n",
        carriedOut, DISTRICT, LocalDate.parse("2039-04-01"),
        LocalDateTime.parse("2039-04-20T09:00"));
    String withdrawn = "impact-test-" + TestCaseIds.next("W");
    jdbc.update("INSERT INTO kpi_case_fact (case_key, district, origin, court_received_on, "
        + "opened_at, outreach_ended_on, outreach_ended_by, rent_debt_taken_over, "
        + "rent_debt_taken_over_on) VALUES (?, 'pankow', 'court', ?, ?, ?, 'lawsuit-withdrawn', "
        + "1000.00, ?)", withdrawn, LocalDate.parse("2039-02-01"),
        Timestamp.valueOf("2039-02-01 10:00:00"), LocalDate.parse("2039-02-15"),
        LocalDate.parse("2039-02-10"));
  }

  private JsonNode getJson(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}

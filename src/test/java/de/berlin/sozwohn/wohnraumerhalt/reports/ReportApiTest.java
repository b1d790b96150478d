package de.berlin.sozwohn.wohnraumerhalt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.CsvDownload;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * {@code /api/reports} end to end, in Treptow-Köpenick and the first half of 2035 (a district and
 * period no other test uses): two court cases filed through the intake, the team lead asked for
 * the report, approves it with the comment the survey result needs, and a letter sent after the
 * approval changes today's value but not the submitted one. Then who sees what: the district's
 * staff its own report with the case numbers of its pending cases, the Monitoringstelle every
 * district without them, nobody a household name; and the CSV bytes.
 */
@AppTest
class ReportApiTest {

  static final String DISTRICT = "treptow-koepenick";
  static final String CASEWORKER = "fk.report-tk";
  static final String TEAM_LEAD = "lt.report-tk";
  static final String PERIOD = "2035-H1";
  static final String OVERVIEW = "/api/reports?period=" + PERIOD;
  static final String DETAIL = "/api/reports/" + PERIOD + "/" + DISTRICT;
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final String HOUSEHOLD = "Berta Berichtsprobe";

  static final String CSV_HEADINGS = "Berichtszeitraum;Zeitraum von;Zeitraum bis;Bezirk-ID;"
      + "Bezirk;Abgabe;Abgegeben am;Indikator;Qualitätsstandard;Zähler abgegeben;"
      + "Nenner abgegeben;Prozent abgegeben;Status abgegeben;Ausstehend abgegeben;Zähler heute;"
      + "Nenner heute;Prozent heute;Status heute;Ausstehend heute;Differenz Zähler;"
      + "Differenz Nenner;Differenz Prozentpunkte;Zielwert;Zielwert-Status;Mindestwert;"
      + "Mindestwert-Status;Begründung";
  static final String COMMENT = "Ergebnis im Team besprochen; Supervision ist vereinbart.";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  /** Case numbers and court file numbers of the scenario: never in a Berlin-wide output. */
  final List<String> caseIds = new ArrayList<>();
  final List<String> fileNumbers = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ClockUtil.reset();
    // the PostgreSQL suite keeps its schema between runs: start from no 2035 report and facts
    runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.HALF_YEAR_REPORT_PROCESS).list().stream()
        .filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().contains("-2035"))
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "Test"));
    jdbc.update("DELETE FROM report_value WHERE period_code IN ('2035-H1', '2035')");
    jdbc.update("DELETE FROM report_submission WHERE period_code IN ('2035-H1', '2035')");
    String cases = "SELECT case_key FROM kpi_case_fact WHERE district = ? AND opened_at >= ? "
        + "AND opened_at < ?";
    Object[] args = {DISTRICT, Timestamp.valueOf("2035-01-01 00:00:00"),
        Timestamp.valueOf("2036-01-01 00:00:00")};
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key IN (" + cases + ")", args);
    jdbc.update("DELETE FROM kpi_eviction_fact WHERE case_key IN (" + cases + ")", args);
    jdbc.update("DELETE FROM kpi_case_fact WHERE case_key IN (" + cases + ")", args);
    jdbc.update("DELETE FROM kpi_staff_survey WHERE district = ? AND survey_year IN (2034, 2035)",
        DISTRICT);
    user(CASEWORKER, Districts.caseworkerGroup(DISTRICT));
    user(TEAM_LEAD, Districts.teamLeadGroup(DISTRICT));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theTeamLeadApprovesTheValuesAreFrozenAndALaterLetterShowsAsTheDifference()
      throws Exception {
    // Tue 26 Jun: notice A (letter due Fri 29 Jun); Thu 28 Jun: notice B (letter due Tue 3 Jul)
    String a = courtCase("2035-06-26");
    String b = courtCase("2035-06-28");
    sendLetter(a, "2035-06-29"); // in time
    assertThat(put("monitoring", "/api/kpi/staff-survey/2035/" + DISTRICT,
        Map.of("satisfaction", 57.5)).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Mon 2 Jul: the caseworker may not ask for the report, the team lead may – once
    TestClock.at("2035-07-02T09:00");
    assertThat(post(CASEWORKER, DETAIL).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> created = post(TEAM_LEAD, DETAIL);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode requested = json.readTree(created.getBody());
    assertThat(requested.path("period").asText()).isEqualTo(PERIOD);
    assertThat(requested.path("district").asText()).isEqualTo(DISTRICT);
    String instance = requested.path("processInstanceId").asText();
    ResponseEntity<String> again = post("monitoring", DETAIL);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode conflict = json.readTree(again.getBody());
    assertThat(conflict.path("type").asText()).endsWith("/bericht-bereits-angefordert");
    assertThat(conflict.path("detail").asText()).contains("Treptow-Köpenick", "1. Halbjahr 2035");
    // the year 2035 has not ended yet
    assertProblemField(post("monitoring", "/api/reports/2035/" + DISTRICT), "period");
    assertProblemField(post("monitoring", "/api/reports/" + PERIOD + "/atlantis"), "district");

    // requested, not submitted: today's values only
    JsonNode waiting = district(getJson("monitoring", OVERVIEW), DISTRICT);
    assertThat(waiting.path("submission").asText()).isEqualTo("requested");
    assertThat(waiting.path("requestedOn").asText()).isEqualTo("2035-07-02");
    assertThat(waiting.path("dueOn").asText()).isEqualTo("2035-07-16"); // 10th working day
    assertThat(waiting.path("submittedOn").isNull()).isTrue();
    JsonNode waiting11 = waiting.path("indicators").path("1.1");
    assertThat(waiting11.path("submitted").isNull()).isTrue();
    assertThat(waiting11.path("difference").isNull()).isTrue();
    assertValue(waiting11.path("live"), 1, 1, "100.0", "met", 1);

    // the district's own report: the case number of B, pending; nobody else gets it
    JsonNode own = getJson(TEAM_LEAD, DETAIL);
    assertThat(own.path("district").path("pendingCases").path("1.1"))
        .extracting(JsonNode::asText).containsExactly(caseIds.get(1));
    assertThat(fieldNames(own.path("district").path("pendingCases")))
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    assertThat(getJson(CASEWORKER, DETAIL).path("district").path("pendingCases").path("1.1"))
        .hasSize(1);
    assertThat(getJson("admin", DETAIL).path("district").has("pendingCases")).isTrue();
    for (String reader : List.of("monitoring", "prozess")) {
      String raw = get(reader, DETAIL, MediaType.APPLICATION_JSON).getBody();
      assertThat(json.readTree(raw).path("district").has("pendingCases")).as(reader).isFalse();
      assertNothingPersonal(raw);
    }
    assertNothingPersonal(get("monitoring", OVERVIEW, MediaType.APPLICATION_JSON).getBody());

    // the team lead approves: the survey result 57.5 is below the minimum 59 and needs a reason
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_APPROVE_REPORT);
    taskService.complete(task.getId(), Map.of(CaseVariables.COMMENT_2, COMMENT));

    // Tue 3 Jul: B's letter goes out in time – after the approval
    sendLetter(b, "2035-07-03");
    TestClock.at("2035-07-03T15:00");
    JsonNode report = getJson("monitoring", OVERVIEW);
    assertThat(report.path("period").asText()).isEqualTo(PERIOD);
    assertThat(report.path("label").asText()).isEqualTo("1. Halbjahr 2035");
    assertThat(report.path("from").asText()).isEqualTo("2035-01-01");
    assertThat(report.path("to").asText()).isEqualTo("2035-06-30");
    assertThat(report.path("agreement").asText()).isEqualTo("Zielvereinbarung SozWohn 2026–2027");
    assertThat(report.path("asOf").asText()).isEqualTo("2035-07-03T15:00:00");
    assertThat(report.path("submittedCount").asInt()).isEqualTo(1);
    assertThat(report.path("districtCount").asInt()).isEqualTo(12);
    assertThat(report.path("districts").findValuesAsText("district"))
        .containsExactlyElementsOf(Districts.IDS);
    assertThat(district(report, "mitte").path("submission").asText()).isEqualTo("not-requested");

    JsonNode tk = district(report, DISTRICT);
    assertThat(tk.path("name").asText()).isEqualTo("Treptow-Köpenick");
    assertThat(tk.path("submission").asText()).isEqualTo("submitted");
    assertThat(tk.path("submittedOn").asText()).isEqualTo("2035-07-02");
    assertThat(tk.path("remindedOn").isNull()).isTrue();
    assertThat(fieldNames(tk.path("indicators"))).containsExactly("1.1", "1.2", "1.3", "1.4",
        "1.5", "2");
    JsonNode i11 = tk.path("indicators").path("1.1");
    // frozen as approved: A in time, B pending; today both in time
    assertValue(i11.path("submitted"), 1, 1, "100.0", "met", 1);
    assertValue(i11.path("live"), 2, 2, "100.0", "met", 0);
    assertThat(fieldNames(i11.path("difference")))
        .containsExactly("numerator", "denominator", "percent", "pending");
    assertThat(i11.path("difference").path("numerator").asInt()).isEqualTo(1);
    assertThat(i11.path("difference").path("denominator").asInt()).isEqualTo(1);
    assertThat(i11.path("difference").path("percent").decimalValue()).isEqualByComparingTo("0");
    assertThat(i11.path("difference").path("pending").asInt()).isEqualTo(-1);
    assertThat(i11.path("comment").isNull()).isTrue();
    assertThat(i11.path("submitted").path("targetStatus").asText()).isEqualTo("proposed");
    assertThat(i11.path("submitted").path("minimumStatus").asText()).isEqualTo("proposed");
    JsonNode i2 = tk.path("indicators").path("2");
    assertThat(i2.path("submitted").path("percent").decimalValue()).isEqualByComparingTo("57.5");
    assertThat(i2.path("submitted").path("status").asText()).isEqualTo("below");
    assertThat(i2.path("submitted").path("targetStatus").asText()).isEqualTo("agreed");
    assertThat(i2.path("difference").path("numerator").decimalValue()).isEqualByComparingTo("0");
    assertThat(i2.path("difference").path("denominator").isNull()).isTrue();
    assertThat(i2.path("comment").asText()).isEqualTo(COMMENT);
    JsonNode i15 = tk.path("indicators").path("1.5");
    assertThat(i15.path("submitted").path("percent").isNull()).isTrue(); // no self-report
    assertThat(i15.path("submitted").path("targetStatus").asText()).isEqualTo("agreed");

    // Berlin from the one district that submitted, beside Berlin today over all twelve
    JsonNode berlin = report.path("berlin");
    assertThat(berlin.path("fromDistricts")).extracting(JsonNode::asText)
        .containsExactly(DISTRICT);
    JsonNode berlin11 = berlin.path("indicators").path("1.1");
    assertValue(berlin11.path("submitted"), 1, 1, "100.0", "met", 1);
    assertThat(berlin11.path("live").path("denominator").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(berlin11.has("comment")).isFalse();
    assertThat(berlin.path("indicators").path("2").path("submitted").path("percent")
        .decimalValue()).isEqualByComparingTo("57.5");
    assertNothingPersonal(json.writeValueAsString(report));

    // the CSV of the period: every district and Berlin, six rows each, German throughout
    ResponseEntity<byte[]> csv = CsvDownload.get(rest, "monitoring", OVERVIEW);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("halbjahresbericht_2035-H1.csv");
    byte[] bytes = csv.getBody();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = CsvDownload.text(csv);
    assertThat(text).endsWith("\r\n");
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo(CSV_HEADINGS);
    // "Zähler" arrives as UTF-8: ä = C3 A4
    int at = 3 + CSV_HEADINGS.substring(0, CSV_HEADINGS.indexOf("ähler abgegeben"))
        .getBytes(StandardCharsets.UTF_8).length;
    assertThat(Arrays.copyOfRange(bytes, at, at + 2)).containsExactly(0xC3, 0xA4);
    assertThat(lines).hasSize(1 + 13 * 6);
    assertThat(lines).contains("1. Halbjahr 2035;01.01.2035;30.06.2035;treptow-koepenick;"
        + "Treptow-Köpenick;abgegeben;02.07.2035;1.1;Sofortiges Tätigwerden bei Räumungsklagen;"
        + "1;1;100,0;Zielwert erreicht;1;2;2;100,0;Zielwert erreicht;0;1;1;0,0;100;Vorschlag;80;"
        + "Vorschlag;");
    assertThat(lines).contains("1. Halbjahr 2035;01.01.2035;30.06.2035;treptow-koepenick;"
        + "Treptow-Köpenick;abgegeben;02.07.2035;2;Mitarbeitendenzufriedenheit;57,5;;57,5;"
        + "unter dem Mindestwert;0;57,5;;57,5;unter dem Mindestwert;0;0,0;;0,0;65;vereinbart;59;"
        + "vereinbart;\"" + COMMENT + "\"");
    assertThat(lines).anyMatch(line -> line.startsWith("1. Halbjahr 2035;01.01.2035;30.06.2035;"
        + "mitte;Mitte;nicht angefordert;;1.1;"));
    assertThat(lines[lines.length - 6]).startsWith("1. Halbjahr 2035;01.01.2035;30.06.2035;"
        + "berlin;Berlin;aus 1 von 12 Bezirken;;1.1;Sofortiges Tätigwerden bei Räumungsklagen;"
        + "1;1;100,0;Zielwert erreicht;1;");
    assertNothingPersonal(text);

    // the district's own file: its rows and Berlin's, never the case numbers
    ResponseEntity<byte[]> ownCsv = CsvDownload.get(rest, TEAM_LEAD, DETAIL);
    assertThat(ownCsv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("halbjahresbericht_2035-H1_treptow-koepenick.csv");
    String ownText = CsvDownload.text(ownCsv);
    assertThat(ownText.split("\r\n")).hasSize(1 + 2 * 6);
    assertNothingPersonal(ownText);
  }

  // ------------------------------------------------------------------ access

  @Test
  void districtStaffSeeTheirDistrictAndBerlinMonitoringEveryDistrictOthersNothing()
      throws Exception {
    TestClock.at("2035-07-20T09:00");
    JsonNode lead = getJson("leitung.mitte", OVERVIEW);
    assertThat(lead.path("districts").findValuesAsText("district")).containsExactly("mitte");
    assertThat(fieldNames(lead.path("berlin").path("indicators")))
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    JsonNode monitoring = getJson("monitoring", OVERVIEW);
    assertThat(lead.path("berlin")).isEqualTo(monitoring.path("berlin"));
    for (String user : List.of("monitoring", "prozess", "admin")) {
      assertThat(getJson(user, OVERVIEW).path("districts").findValuesAsText("district")).as(user)
          .containsExactlyElementsOf(Districts.IDS);
    }
    assertThat(getJson("monitoring", OVERVIEW + "&district=pankow").path("districts")
        .findValuesAsText("district")).containsExactly("pankow");
    // the overview never carries case numbers, not even for the district's own staff
    assertThat(lead.path("districts").get(0).has("pendingCases")).isFalse();

    ResponseEntity<String> foreign = get("leitung.mitte", OVERVIEW + "&district=neukoelln",
        MediaType.APPLICATION_JSON);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(foreign.getBody()).contains("Neukölln");
    assertThat(get("leitung.mitte", "/api/reports/" + PERIOD + "/neukoelln",
        MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(CsvDownload.get(rest, "leitung.mitte", "/api/reports/" + PERIOD + "/neukoelln").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("gpm", OVERVIEW, MediaType.APPLICATION_JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("gpm", "/api/reports/" + PERIOD + "/mitte", MediaType.APPLICATION_JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(OVERVIEW, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post("gpm", "/api/reports/" + PERIOD + "/mitte").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("leitung.mitte", "/api/reports/" + PERIOD + "/neukoelln").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange("/api/reports/" + PERIOD + "/mitte", HttpMethod.POST,
        HttpEntity.EMPTY, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badParametersAreA400NamingTheParameter() throws Exception {
    assertProblemField(get("monitoring", "/api/reports", MediaType.APPLICATION_JSON), "period");
    assertProblemField(get("monitoring", "/api/reports?period=2035-H2",
        MediaType.APPLICATION_JSON), "period");
    assertProblemField(get("monitoring", "/api/reports?period=H1-2035",
        MediaType.APPLICATION_JSON), "period");
    assertProblemField(get("monitoring", OVERVIEW + "&district=atlantis",
        MediaType.APPLICATION_JSON), "district");
    assertProblemField(get("monitoring", "/api/reports/2035-06/mitte",
        MediaType.APPLICATION_JSON), "period");
    assertProblemField(get("monitoring", "/api/reports/" + PERIOD + "/atlantis",
        MediaType.APPLICATION_JSON), "district");
    // also when CSV was asked for
    ResponseEntity<String> csv = get("monitoring", "/api/reports?period=x",
        MediaType.parseMediaType("text/csv"));
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(csv.getBody()).contains("\"field\":\"period\"");
  }

  // ------------------------------------------------------------------ scenario helpers

  /** A court notice of the district, filed by its caseworker at noon of its day of receipt. */
  private String courtCase(String receivedOn) throws Exception {
    TestClock.onDay(receivedOn);
    String fileNumber = (fileNumbers.size() + 1) + " C " + RUN + "/35";
    Map<String, Object> notice = TestNotices.courtNotice(DISTRICT, fileNumber,
        LocalDate.parse(receivedOn), HOUSEHOLD, "Berichtsweg " + (fileNumbers.size() + 1) + " "
            + RUN);
    ResponseEntity<String> response = rest.exchange("/api/notices/court", HttpMethod.POST,
        new HttpEntity<>(notice, jsonHeaders(CASEWORKER)), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    caseIds.add(body.path("caseId").asText());
    fileNumbers.add(fileNumber);
    return body.path("processInstanceId").asText();
  }

  /** The letter of the case, sent on that day with the appointment its form proposes. */
  private void sendLetter(String processInstanceId, String sentOn) {
    TestClock.onDay(sentOn);
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    String appointment = formService.getTaskFormVariables(task.getId(),
        List.of(CaseVariables.APPOINTMENT_AT), false)
        .getValue(CaseVariables.APPOINTMENT_AT, String.class);
    taskService.complete(task.getId(), Map.of(CaseVariables.LETTER_SENT_ON, sentOn,
        CaseVariables.APPOINTMENT_AT, appointment));
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  // ------------------------------------------------------------------ assertions

  /** No case number, court file number or household name. */
  private void assertNothingPersonal(String output) {
    assertThat(output).doesNotContain(HOUSEHOLD).doesNotContain("Berichtsweg");
    for (String id : caseIds) {
      assertThat(output).doesNotContain(id);
    }
    for (String number : fileNumbers) {
      assertThat(output).doesNotContain(number);
    }
  }

  private static void assertValue(JsonNode value, int numerator, int denominator, String percent,
      String status, int pending) {
    assertThat(fieldNames(value)).containsExactly("numerator", "denominator", "percent", "target",
        "targetStatus", "minimum", "minimumStatus", "status", "pending");
    assertThat(value.path("numerator").isInt()).as("numerator is a count").isTrue();
    assertThat(value.path("numerator").asInt()).as("numerator").isEqualTo(numerator);
    assertThat(value.path("denominator").asInt()).as("denominator").isEqualTo(denominator);
    assertThat(value.path("percent").decimalValue()).as("percent")
        .isEqualByComparingTo(percent);
    assertThat(value.path("status").asText()).as("status").isEqualTo(status);
    assertThat(value.path("pending").asInt()).as("pending").isEqualTo(pending);
  }

  private void assertProblemField(ResponseEntity<String> response, String field) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(problem.path("detail").asText()).contains(field);
  }

  private static JsonNode district(JsonNode report, String district) {
    for (JsonNode d : report.path("districts")) {
      if (d.path("district").asText().equals(district)) {
        return d;
      }
    }
    throw new AssertionError("no " + district + " in " + report);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ------------------------------------------------------------------ HTTP

  private JsonNode getJson(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path, MediaType.APPLICATION_JSON);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> get(String user, String path, MediaType accept) {
    HttpHeaders headers = headers(user);
    headers.setAccept(List.of(accept));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> put(String user, String path, Map<String, Object> body) {
    return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, jsonHeaders(user)),
        String.class);
  }

  private ResponseEntity<String> post(String user, String path) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(headers(user)), String.class);
  }

  private static HttpHeaders jsonHeaders(String user) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
    return headers;
  }
}

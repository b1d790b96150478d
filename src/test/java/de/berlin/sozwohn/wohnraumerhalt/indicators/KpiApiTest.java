package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.CsvDownload;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
 * {@code GET /api/kpi} end to end: cases driven through the real engine in Reinickendorf in 2030
 * (a district and year no other test uses), the facts recorded from their history, the numbers
 * counted by hand; plus the self-report process, the survey entry, parameters and access.
 */
@AppTest
class KpiApiTest {

  static final String DISTRICT = "reinickendorf";
  static final String TEAM_LEAD = "lt.reinickendorf";
  static final String H1_2030 = "/api/kpi?from=2030-01-01&to=2030-06-30";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  CaseDriver cases;
  final List<String> caseKeys = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ClockUtil.reset();
    cases = new CaseDriver(engine, startVariables, DISTRICT);
    // the PostgreSQL suite keeps its schema between runs: start from no 2030 facts
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key IN "
        + "(SELECT case_key FROM kpi_case_fact WHERE district = ?)", DISTRICT);
    jdbc.update("DELETE FROM kpi_eviction_fact WHERE district = ?", DISTRICT);
    jdbc.update("DELETE FROM kpi_case_fact WHERE district = ?", DISTRICT);
    jdbc.update("DELETE FROM kpi_self_report WHERE report_year = 2030");
    jdbc.update("DELETE FROM kpi_staff_survey WHERE survey_year = 2030");
    engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(SelfReports.businessKey(2030, DISTRICT)).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "Test"));
    if (identityService.createUserQuery().userId(TEAM_LEAD).count() == 0) {
      User user = identityService.newUser(TEAM_LEAD);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(TEAM_LEAD, Districts.teamLeadGroup(DISTRICT));
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void indicatorsOfCasesRunThroughTheEngine() throws Exception {
    driveTheHalfYear();
    // the report is made on Thu 27 June 2030 at noon
    TestClock.at("2030-06-27T12:00");

    JsonNode body = getJson("monitoring", H1_2030 + "&district=" + DISTRICT);
    assertThat(body.path("from").asText()).isEqualTo("2030-01-01");
    assertThat(body.path("to").asText()).isEqualTo("2030-06-30");
    // 2030 still takes the agreement of 2026–2027: it stays in force until another replaces it
    assertThat(body.path("agreement").asText()).isEqualTo("Zielvereinbarung SozWohn 2026–2027");
    assertThat(body.path("districts")).hasSize(1);
    JsonNode district = body.path("districts").get(0);
    assertThat(district.path("district").asText()).isEqualTo(DISTRICT);
    JsonNode indicators = district.path("indicators");
    assertThat(fieldNames(indicators)).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");

    // 1.1: case 1 in time (Frauentag Fri 8 Mar: Mon 11 = 1, Tue 12 = 2), case 2 late
    // (Tue 16 Apr: 17, 18, [Karfreitag, Ostermontag], 23, 24 = 4), case 3 pending (due Thu 27 Jun)
    assertIndicator(indicators.path("1.1"), 1, 2, 50.0, 100, 80, "below", 1);
    // 1.2: case 1 visited Wed 20 Mar, 6 working days after the letter; case 2 reacted (not counted)
    assertIndicator(indicators.path("1.2"), 1, 1, 100.0, 90, 60, "met", 0);
    // 1.3: notice of case 1 in time (2 days), notice of case 4 late (Mon 6 May -> Mon 13 May = 5),
    // notice of case 5 the same day
    assertIndicator(indicators.path("1.3"), 2, 3, 66.7, 100, 90, "below", 0);
    // 1.4: case 1 had contact before (not counted), case 4 attended, case 5 called off (not counted)
    assertIndicator(indicators.path("1.4"), 1, 1, 100.0, null, null, null, 0);
    // 1.5: the self-report ticks 5 of 6
    assertIndicator(indicators.path("1.5"), 5, 6, 83.3, 100, 90, "below", 0);
    // 2: survey 62.5
    assertThat(indicators.path("2").path("numerator").decimalValue()).isEqualByComparingTo("62.5");
    assertThat(indicators.path("2").path("denominator").isNull()).isTrue();
    assertThat(indicators.path("2").path("percent").decimalValue()).isEqualByComparingTo("62.5");
    assertThat(indicators.path("2").path("status").asText()).isEqualTo("corridor");
    // each target and minimum says how binding it is: 1.1–1.3 proposals of the AG
    // Fachstellenkonzept, 1.4 not set, 1.5 and 2 agreed
    for (String id : List.of("1.1", "1.2", "1.3")) {
      assertTargetStatus(indicators.path(id), "proposed", "proposed");
    }
    assertTargetStatus(indicators.path("1.4"), "none", "none");
    assertTargetStatus(indicators.path("1.5"), "agreed", "agreed");
    assertTargetStatus(indicators.path("2"), "agreed", "agreed");

    // throughput times: letters of case 1 (Thu 7 → Tue 12 Mar: 5 days, 2 working days) and
    // case 2 (Tue 16 → Wed 24 Apr: 8 days, 4 working days); case 1's visit 8 days, 6 working
    // days after its letter; no case closed yet
    JsonNode figures = district.path("figures");
    assertThat(figures.path("noticeToLetter").path("cases").asInt()).isEqualTo(2);
    assertThat(figures.path("noticeToLetter").path("medianDays").decimalValue())
        .isEqualByComparingTo("6.5");
    assertThat(figures.path("noticeToLetter").path("medianWorkingDays").decimalValue())
        .isEqualByComparingTo("3.0");
    assertThat(figures.path("letterToFirstVisit").path("cases").asInt()).isEqualTo(1);
    assertThat(figures.path("letterToFirstVisit").path("medianDays").decimalValue())
        .isEqualByComparingTo("8.0");
    assertThat(figures.path("letterToFirstVisit").path("medianWorkingDays").decimalValue())
        .isEqualByComparingTo("6.0");
    assertThat(figures.path("noticeToClosure").path("cases").asInt()).isZero();
    assertThat(figures.path("noticeToClosure").path("medianDays").isNull()).isTrue();

    // Berlin: no other district has facts in 2030, so it equals Reinickendorf
    JsonNode berlin = body.path("berlin").path("indicators");
    assertIndicator(berlin.path("1.1"), 1, 2, 50.0, 100, 80, "below", 1);
    assertIndicator(berlin.path("1.5"), 5, 6, 83.3, 100, 90, "below", 0);
    assertThat(berlin.path("2").path("percent").decimalValue()).isEqualByComparingTo("62.5");
    assertTargetStatus(berlin.path("1.1"), "proposed", "proposed");
    assertTargetStatus(berlin.path("2"), "agreed", "agreed");
    assertThat(body.path("berlin").path("figures")).isEqualTo(figures);

    // aggregated numbers only: no case keys, no names
    String raw = get("monitoring", H1_2030, MediaType.APPLICATION_JSON).getBody();
    for (String key : caseKeys) {
      assertThat(raw).doesNotContain(key);
    }
    assertThat(raw).doesNotContain("Mustermann");

    // the district's team lead sees the same for her district, and Berlin beside it
    String ownRaw = get(TEAM_LEAD, H1_2030, MediaType.APPLICATION_JSON).getBody();
    JsonNode own = json.readTree(ownRaw);
    assertThat(own.path("districts")).hasSize(1);
    assertThat(own.path("districts").get(0).path("indicators"))
        .isEqualTo(district.path("indicators"));
    assertThat(own.path("berlin")).isEqualTo(body.path("berlin"));
    for (String key : caseKeys) {
      assertThat(ownRaw).doesNotContain(key);
    }

    // a day later case 3's letter deadline has passed: missed, no longer pending
    TestClock.at("2030-06-28T09:00");
    JsonNode later = getJson("monitoring", H1_2030 + "&district=" + DISTRICT);
    assertIndicator(later.path("districts").get(0).path("indicators").path("1.1"), 1, 3, 33.3,
        100, 80, "below", 0);
  }

  static final String KPI_CSV_HEADINGS = "Zeitraum von;Zeitraum bis;Bezirk-ID;Bezirk;Indikator;"
      + "Qualitätsstandard;Zähler;Nenner;Prozent;Zielwert;Zielwert-Status;Mindestwert;"
      + "Mindestwert-Status;Status;Ausstehend;Hinweis;Fälle;Median Tage;Median Arbeitstage";

  @Test
  void csvWithGermanHeadings() throws Exception {
    ResponseEntity<byte[]> csv = CsvDownload.get(rest, "monitoring", H1_2030);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("kennzahlen_2030-01-01_2030-06-30.csv");
    // Excel by double-click: a UTF-8 byte order mark first, then the German headings
    byte[] bytes = csv.getBody();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String[] lines = CsvDownload.text(csv).split("\r\n");
    assertThat(lines[0]).isEqualTo(KPI_CSV_HEADINGS);
    // "Zähler" arrives as UTF-8: ä = C3 A4
    int at = 3 + KPI_CSV_HEADINGS.substring(0, KPI_CSV_HEADINGS.indexOf("ähler"))
        .getBytes(StandardCharsets.UTF_8).length;
    assertThat(Arrays.copyOfRange(bytes, at, at + 2)).containsExactly(0xC3, 0xA4);
    // 12 districts and Berlin, 6 indicators and 3 throughput times each
    assertThat(lines).hasSize(1 + 13 * 9);
    assertThat(lines[1]).startsWith("01.01.2030;30.06.2030;mitte;Mitte;1.1;"
        + "Sofortiges Tätigwerden bei Räumungsklagen;");
    assertThat(lines[lines.length - 4]).startsWith("01.01.2030;30.06.2030;berlin;Berlin;2;"
        + "Mitarbeitendenzufriedenheit;");
    assertThat(lines[lines.length - 1]).startsWith("01.01.2030;30.06.2030;berlin;Berlin;"
        + "noticeToClosure;");
    // Reinickendorf has nothing in 2030 here: the note says what is missing, each target and
    // minimum says how binding it is
    List<String> reinickendorf = Arrays.stream(lines)
        .filter(line -> line.contains(";reinickendorf;")).toList();
    assertThat(reinickendorf).containsExactly(
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.1;"
            + "Sofortiges Tätigwerden bei Räumungsklagen;0;0;;100;Vorschlag;80;Vorschlag;;0;"
            + "keine Fälle;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.2;"
            + "Aktive Kontaktaufnahme inklusive aufsuchender Arbeit;0;0;;90;Vorschlag;60;"
            + "Vorschlag;;0;keine Fälle;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.3;"
            + "Sofortiges Tätigwerden – Anschreiben Zwangsräumungen;0;0;;100;Vorschlag;90;"
            + "Vorschlag;;0;keine Fälle;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.4;Begleitung Zwangsräumungen;0;0;;;"
            + "nicht festgelegt;;nicht festgelegt;;0;keine Fälle;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.5;"
            + "Einheitlicher Zugang zu den Sozialen Wohnhilfen;0;0;;100;vereinbart;90;vereinbart;;"
            + "0;keine Selbstauskunft;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;2;Mitarbeitendenzufriedenheit;;;;65;"
            + "vereinbart;59;vereinbart;;0;keine Befragung;;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;noticeToLetter;"
            + "Durchlaufzeit vom Eingang der Mitteilung bis zum Anschreiben;;;;;;;;;;keine Fälle;"
            + "0;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;letterToFirstVisit;"
            + "Durchlaufzeit vom Anschreiben bis zum ersten Hausbesuch;;;;;;;;;;keine Fälle;0;;",
        "01.01.2030;30.06.2030;reinickendorf;Reinickendorf;noticeToClosure;"
            + "Durchlaufzeit vom Eingang der Mitteilung bis zum Abschluss;;;;;;;;;;keine Fälle;"
            + "0;;");
    // JSON stays the default
    assertThat(get("monitoring", H1_2030, MediaType.ALL).getHeaders().getContentType()
        .isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
  }

  @Test
  void csvNumbersUseTheDecimalComma() throws Exception {
    driveTheHalfYear();
    TestClock.at("2030-06-27T12:00");
    String csv = CsvDownload.text(CsvDownload.get(rest, "monitoring", H1_2030 + "&district=" + DISTRICT));
    assertThat(csv).contains("01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.3;"
        + "Sofortiges Tätigwerden – Anschreiben Zwangsräumungen;2;3;66,7;100;Vorschlag;90;"
        + "Vorschlag;unter dem Mindestwert;0;;;;\r\n");
    assertThat(csv).contains(";reinickendorf;Reinickendorf;1.4;Begleitung Zwangsräumungen;1;1;"
        + "100,0;;nicht festgelegt;;nicht festgelegt;;0;;;;\r\n");
    assertThat(csv).contains(";reinickendorf;Reinickendorf;1.5;"
        + "Einheitlicher Zugang zu den Sozialen Wohnhilfen;5;6;83,3;100;vereinbart;90;vereinbart;"
        + "unter dem Mindestwert;0;;;;\r\n");
    assertThat(csv).contains(";reinickendorf;Reinickendorf;2;Mitarbeitendenzufriedenheit;62,5;;"
        + "62,5;65;vereinbart;59;vereinbart;im Korridor;0;;;;\r\n");
    // the throughput times (figures): letters of cases 1 and 2, case 1's visit
    assertThat(csv).contains(";reinickendorf;Reinickendorf;noticeToLetter;"
        + "Durchlaufzeit vom Eingang der Mitteilung bis zum Anschreiben;;;;;;;;;;;2;6,5;3,0\r\n");
    // no case keys in the file
    for (String key : caseKeys) {
      assertThat(csv).doesNotContain(key);
    }

    // the team lead's file: her district and Berlin beside it
    String[] own = CsvDownload.text(CsvDownload.get(rest, TEAM_LEAD, H1_2030)).split("\r\n");
    assertThat(own).hasSize(1 + 2 * 9);
    assertThat(own[1]).startsWith("01.01.2030;30.06.2030;reinickendorf;Reinickendorf;1.1;");
    assertThat(own[10]).startsWith("01.01.2030;30.06.2030;berlin;Berlin;1.1;");
  }

  // ------------------------------------------------------------------ parameters

  @Test
  void badParametersAreA400NamingTheParameter() throws Exception {
    assertProblem("/api/kpi?to=2030-06-30", "from");
    assertProblem("/api/kpi?from=2030-01-01", "to");
    assertProblem("/api/kpi?from=2030-13-01&to=2030-06-30", "from");
    assertProblem("/api/kpi?from=01.01.2030&to=2030-06-30", "from");
    assertProblem("/api/kpi?from=2030-01-01&to=2030-02-30", "to");
    assertProblem("/api/kpi?from=2030-07-01&to=2030-06-30", "to");
    assertProblem("/api/kpi?from=2030-01-01&to=2030-06-30&district=atlantis", "district");
    // all at once
    JsonNode problem = json.readTree(get("monitoring", "/api/kpi?district=x",
        MediaType.APPLICATION_JSON).getBody());
    assertThat(problem.path("errors").findValuesAsText("field"))
        .containsExactly("from", "to", "district");
    // also when CSV was asked for
    ResponseEntity<String> csv = get("monitoring", "/api/kpi?from=x&to=2030-06-30",
        MediaType.parseMediaType("text/csv"));
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(csv.getBody()).contains("\"field\":\"from\"");
  }

  // ------------------------------------------------------------------ access

  /**
   * Berlin beside the district: team leads and caseworkers see their own district and the Berlin
   * value (aggregated over all districts, no personal data) – never another district.
   */
  @Test
  void districtUsersSeeTheirDistrictAndBerlinBesideIt() throws Exception {
    JsonNode monitoring = getJson("monitoring", H1_2030);
    JsonNode lead = getJson("leitung.mitte", H1_2030);
    assertThat(lead.path("districts").findValuesAsText("district")).containsExactly("mitte");
    assertThat(fieldNames(lead.path("berlin").path("indicators")))
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    assertThat(lead.path("berlin")).isEqualTo(monitoring.path("berlin"));
    JsonNode caseworker = getJson("fk.neukoelln", H1_2030 + "&district=neukoelln");
    assertThat(caseworker.path("districts").findValuesAsText("district"))
        .containsExactly("neukoelln");
    assertThat(caseworker.path("berlin")).isEqualTo(monitoring.path("berlin"));
    assertThat(caseworker.path("berlin").path("indicators").path("1.1").path("targetStatus")
        .asText()).isEqualTo("proposed");

    ResponseEntity<String> foreign = get("leitung.mitte", H1_2030 + "&district=neukoelln",
        MediaType.APPLICATION_JSON);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(foreign.getBody()).contains("Neukölln");
    assertThat(get("fk.mitte", H1_2030 + "&district=" + DISTRICT, MediaType.APPLICATION_JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void monitoringAndProcessOwnersSeeAllDistrictsAndBerlin() throws Exception {
    for (String user : List.of("monitoring", "prozess", "admin")) {
      JsonNode body = getJson(user, H1_2030);
      assertThat(body.path("districts").findValuesAsText("district")).as(user)
          .containsExactlyElementsOf(Districts.IDS);
      assertThat(fieldNames(body.path("berlin").path("indicators"))).as(user)
          .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    }
    JsonNode one = getJson("monitoring", H1_2030 + "&district=pankow");
    assertThat(one.path("districts").findValuesAsText("district")).containsExactly("pankow");
    assertThat(one.path("berlin").path("indicators").isObject()).isTrue();
  }

  @Test
  void othersSeeNothing() {
    assertThat(get("gpm", H1_2030, MediaType.APPLICATION_JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(H1_2030, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ------------------------------------------------------------------ survey, self-report

  @Test
  void onlyMonitoringEntersSurveyResults() throws Exception {
    String path = "/api/kpi/staff-survey/2030/" + DISTRICT;
    assertThat(put("leitung.mitte", path, Map.of("satisfaction", 70)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemField(put("monitoring", path, Map.of("satisfaction", 100.5)), "satisfaction");
    assertProblemField(put("monitoring", path, Map.of("satisfaction", 61.25)), "satisfaction");
    assertProblemField(put("monitoring", path, Map.of()), "satisfaction");
    assertProblemField(put("monitoring", "/api/kpi/staff-survey/zwanzig/" + DISTRICT,
        Map.of("satisfaction", 61)), "year");
    assertProblemField(put("monitoring", "/api/kpi/staff-survey/2030/atlantis",
        Map.of("satisfaction", 61)), "district");

    ResponseEntity<String> ok = put("monitoring", path, Map.of("satisfaction", 61));
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(ok.getBody()).path("satisfaction").decimalValue())
        .isEqualByComparingTo("61.0");
    // a second entry replaces the first
    put("monitoring", path, Map.of("satisfaction", 66.5));
    TestClock.at("2030-07-01T09:00");
    JsonNode report = getJson(TEAM_LEAD, H1_2030);
    JsonNode satisfaction = report.path("districts").get(0).path("indicators").path("2");
    assertThat(satisfaction.path("percent").decimalValue()).isEqualByComparingTo("66.5");
    assertThat(satisfaction.path("status").asText()).isEqualTo("met");
    // the survey of 2030 still counts for 2031, not for 2032
    JsonNode y2031 = getJson(TEAM_LEAD, "/api/kpi?from=2031-01-01&to=2031-12-31");
    assertThat(y2031.path("districts").get(0).path("indicators").path("2").path("percent")
        .decimalValue()).isEqualByComparingTo("66.5");
    JsonNode y2032 = getJson(TEAM_LEAD, "/api/kpi?from=2032-01-01&to=2032-12-31");
    assertThat(y2032.path("districts").get(0).path("indicators").path("2").path("percent")
        .isNull()).isTrue();
    assertThat(json.readTree(get(TEAM_LEAD, "/api/kpi/staff-survey", MediaType.APPLICATION_JSON)
        .getBody()).findValuesAsText("district")).containsOnly(DISTRICT);
  }

  @Test
  void aSelfReportIsAskedForAndAnsweredByTheTeamLead() throws Exception {
    ResponseEntity<String> denied = post("fk.mitte", "/api/kpi/self-reports/2030/" + DISTRICT);
    assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> created = post(TEAM_LEAD, "/api/kpi/self-reports/2030/" + DISTRICT);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = json.readTree(created.getBody()).path("processInstanceId").asText();
    assertThat(post("monitoring", "/api/kpi/self-reports/2030/" + DISTRICT).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_SUBMIT_SELF_REPORT);
    assertThat(task.getTenantId()).isEqualTo(DISTRICT);
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> Districts.teamLeadGroup(DISTRICT).equals(link.getGroupId()));
    assertThat(taskService.getVariable(task.getId(), CaseVariables.DISTRICT_NAME))
        .isEqualTo("Reinickendorf");

    // submitted without the flyer (a REST client may leave an unticked box out)
    taskService.complete(task.getId(), Map.of(CaseVariables.SHARED_MAIL_ADDRESS, true,
        CaseVariables.SHARED_PHONE_NUMBER, true, CaseVariables.OPEN_CONSULTATION, true,
        CaseVariables.OPEN_CONSULTATION_TUE_THU, true, CaseVariables.PHONE_CONSULTATION_HOURS, true));
    JsonNode reports = json.readTree(get(TEAM_LEAD, "/api/kpi/self-reports",
        MediaType.APPLICATION_JSON).getBody());
    JsonNode report = reports.findParents("year").stream()
        .filter(r -> r.path("year").asInt() == 2030).findFirst().orElseThrow();
    assertThat(report.path("uniformFlyer").asBoolean()).isFalse();
    assertThat(report.path("standardsMet").asInt()).isEqualTo(5);
  }

  @Test
  void eachJanuaryEveryDistrictIsAskedOnce() {
    // the timer start of "selbstauskunft" in the (made-up) year 2032
    TestClock.at("2032-01-02T06:00");
    var jobs = engine.getManagementService().createJobQuery()
        .processDefinitionKey(ProcessKeys.SELF_REPORT_PROCESS).timers().list();
    assertThat(jobs).hasSize(1);
    engine.getManagementService().executeJob(jobs.get(0).getId());
    for (String district : Districts.IDS) {
      var running = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(SelfReports.businessKey(2032, district)).list();
      assertThat(running).as(district).hasSize(1);
      assertThat(running.get(0).getTenantId()).isEqualTo(district);
    }
    // the timer is due again next January
    var next = engine.getManagementService().createJobQuery()
        .processDefinitionKey(ProcessKeys.SELF_REPORT_PROCESS).timers().singleResult();
    assertThat(next.getDuedate()).isEqualTo(TestClock.date("2033-01-02T06:00"));
  }

  // ------------------------------------------------------------------ scenario

  /**
   * Reinickendorf, first half of 2030 (all counted by hand in {@link #indicatorsOfCasesRunThroughTheEngine}):
   * <ol>
   *   <li>court notice Thu 7 Mar, letter Tue 12 Mar, no reaction, visit Wed 20 Mar with contact;
   *       bailiff notice Mon 1 Apr (eviction 14 May), eviction letter Wed 3 Apr;
   *   <li>court notice Tue 16 Apr, letter Wed 24 Apr (late), the household calls on Fri 26 Apr;
   *   <li>court notice Mon 24 Jun, no letter yet;
   *   <li>bailiff notice without a case Mon 6 May (eviction Tue 4 Jun), letter Mon 13 May (late),
   *       eviction attended;
   *   <li>bailiff notice without a case Mon 20 May (eviction Tue 25 Jun), letter the same day,
   *       eviction called off;
   * </ol>
   * plus a self-report (5 of 6) and the survey result 62.5.
   */
  private void driveTheHalfYear() throws Exception {
    ProcessInstance one = cases.courtCase("2030-03-07");
    cases.sendCourtLetter(one, "2030-03-12", "2030-03-19T10:00");
    cases.appointmentPassed(one, "2030-03-20");
    cases.visit(one, TASK_HOME_VISIT_1, "2030-03-20", 2, true, false);
    cases.bailiffNotice(one, "2030-04-01", "2030-05-14T09:00");
    cases.sendEvictionLetter(one, "2030-04-03");

    ProcessInstance two = cases.courtCase("2030-04-16");
    cases.sendCourtLetter(two, "2030-04-24", "2030-05-02T10:00");
    cases.recordContact(two, "2030-04-26", "phone");

    ProcessInstance four = cases.bailiffCase("2030-05-06", "2030-06-04T09:00");
    cases.sendEvictionLetter(four, "2030-05-13");
    cases.decideAttendance(four, "2030-05-14", true);

    ProcessInstance five = cases.bailiffCase("2030-05-20", "2030-06-25T09:00");
    cases.sendEvictionLetter(five, "2030-05-20");
    cases.decideAttendance(five, "2030-05-21", true);

    cases.attendEviction(four, "2030-06-04", true, 2, true);
    ProcessInstance three = cases.courtCase("2030-06-24");
    cases.attendEviction(five, "2030-06-25", false, null, false);
    caseKeys.addAll(List.of(one.getId(), two.getId(), three.getId(), four.getId(), five.getId()));

    assertThat(post("monitoring", "/api/kpi/self-reports/2030/" + DISTRICT).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Task selfReport = taskService.createTaskQuery()
        .processInstanceBusinessKey(SelfReports.businessKey(2030, DISTRICT)).singleResult();
    taskService.complete(selfReport.getId(), Map.of(CaseVariables.SHARED_MAIL_ADDRESS, true,
        CaseVariables.SHARED_PHONE_NUMBER, true, CaseVariables.OPEN_CONSULTATION, true,
        CaseVariables.OPEN_CONSULTATION_TUE_THU, false, CaseVariables.PHONE_CONSULTATION_HOURS,
        true, CaseVariables.UNIFORM_FLYER, true));
    assertThat(put("monitoring", "/api/kpi/staff-survey/2030/" + DISTRICT,
        Map.of("satisfaction", 62.5)).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ------------------------------------------------------------------ helpers

  private void assertIndicator(JsonNode value, int numerator, int denominator, Double percent,
      Integer target, Integer minimum, String status, int pending) {
    assertThat(fieldNames(value)).containsExactly("numerator", "denominator", "percent", "target",
        "targetStatus", "minimum", "minimumStatus", "status", "pending");
    assertThat(value.path("numerator").asInt()).as("numerator").isEqualTo(numerator);
    assertThat(value.path("denominator").asInt()).as("denominator").isEqualTo(denominator);
    if (percent == null) {
      assertThat(value.path("percent").isNull()).as("percent").isTrue();
    } else {
      assertThat(value.path("percent").asDouble()).as("percent").isEqualTo(percent);
    }
    assertNullableInt(value.path("target"), target, "target");
    assertNullableInt(value.path("minimum"), minimum, "minimum");
    if (status == null) {
      assertThat(value.path("status").isNull()).as("status").isTrue();
    } else {
      assertThat(value.path("status").asText()).as("status").isEqualTo(status);
    }
    assertThat(value.path("pending").asInt()).as("pending").isEqualTo(pending);
  }

  private static void assertTargetStatus(JsonNode value, String targetStatus,
      String minimumStatus) {
    assertThat(value.path("targetStatus").asText()).as("targetStatus").isEqualTo(targetStatus);
    assertThat(value.path("minimumStatus").asText()).as("minimumStatus").isEqualTo(minimumStatus);
  }

  private static void assertNullableInt(JsonNode node, Integer expected, String what) {
    if (expected == null) {
      assertThat(node.isNull()).as(what).isTrue();
    } else {
      assertThat(node.asInt()).as(what).isEqualTo(expected);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private void assertProblem(String path, String field) throws Exception {
    ResponseEntity<String> response = get("monitoring", path, MediaType.APPLICATION_JSON);
    assertProblemField(response, field);
  }

  private void assertProblemField(ResponseEntity<String> response, String field) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(problem.path("detail").asText()).contains(field);
  }

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
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> post(String user, String path) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(headers(user)), String.class);
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
    return headers;
  }
}

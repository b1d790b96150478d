package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/ppbe} end to end: cases worked through the real model in a year of their own
 * (random, so that data of other runs on a kept PostgreSQL schema does not count), then the report
 * as JSON and CSV, the "what if", the access rules and the German problems.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PpbeApiTest {

  static final int YEAR = 2100 + ThreadLocalRandom.current().nextInt(800);
  static final String CASEWORKER = "ppbe.fachkraft.spandau";

  /**
   * The model's minutes a year per district, by hand from bpmn/wohnraumerhalt.bpmn (visits per
   * case as OurModelVisitsTest computes them, × ppbe:minutes, × 530 planned cases):
   *
   * <pre>
   * SendCourtLetter 0.88 × 20 = 17.6       RecordContact 0.45 × 10 = 4.5
   * HomeVisit1 0.616 × 180 = 110.88         HomeVisit2 0.1848 × 180 = 33.264
   * Counselling 0.70184 × 240 = 168.4416    CloseCase 1.035632 × 15 = 15.53448
   * FollowUp 1 × 10 = 10                    per case 360.22008, × 530 = 190916.6424
   * 150 bailiff notices × (20 + 0.6 × 10 + 0.6 × 0.8 × 240) = 150 × 141.2 = 21180
   * (the other event subprocesses – eviction called off, transfer, entered in error – have no
   * user tasks)                             together 212096.6424
   * </pre>
   */
  static final double MODEL_MINUTES_PER_YEAR = 360.22008 * 530 + 150 * 141.2;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired CaseStartVariables startVariables;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  final ObjectMapper json = new ObjectMapper();

  /**
   * Spandau in February: case A letter, contact, counselling, closure (the closure late on the
   * 28th); case B letter, then deleted (its open RecordContact is cancelled, not completed); case C
   * letter on 1 March (outside). Pankow: case D letter in February.
   */
  @BeforeAll
  void workSomeCases() {
    ProcessInstance a = courtCase("spandau", day(3));
    at(day(4), 10);
    complete(a, ProcessKeys.TASK_SEND_COURT_LETTER, Map.of(CaseVariables.LETTER_SENT_ON, day(4),
        CaseVariables.APPOINTMENT_AT, day(12) + "T10:00"));
    at(day(5), 10);
    complete(a, ProcessKeys.TASK_RECORD_CONTACT, Map.of(CaseVariables.CONTACT_ON, day(5),
        CaseVariables.CONTACT_CHANNEL, "phone"));
    at(day(6), 10);
    complete(a, ProcessKeys.TASK_COUNSELLING, Map.of(CaseVariables.COUNSELLING_ON, day(6),
        CaseVariables.RENT_DEBT_TAKEOVER, true, CaseVariables.HELP_67, false,
        CaseVariables.LANDLORD_AGREEMENT, true));
    TestClock.at(lastOfFebruary().atTime(23, 30).toString());
    complete(a, ProcessKeys.TASK_CLOSE_CASE, Map.of(CaseVariables.OUTCOME, "housing-retained"));

    ProcessInstance b = courtCase("spandau", day(10));
    at(day(11), 9);
    complete(b, ProcessKeys.TASK_SEND_COURT_LETTER, Map.of(CaseVariables.LETTER_SENT_ON, day(11),
        CaseVariables.APPOINTMENT_AT, day(18) + "T10:00"));
    at(day(20), 9);
    runtimeService.deleteProcessInstance(b.getId(), "Testfall entfernt");

    ProcessInstance c = courtCase("spandau", day(27));
    LocalDate firstOfMarch = lastOfFebruary().plusDays(1);
    at(firstOfMarch.toString(), 0);
    complete(c, ProcessKeys.TASK_SEND_COURT_LETTER, Map.of(
        CaseVariables.LETTER_SENT_ON, firstOfMarch.toString(),
        CaseVariables.APPOINTMENT_AT, firstOfMarch.plusDays(7) + "T10:00"));

    ProcessInstance d = courtCase("pankow", day(3));
    at(day(4), 9);
    complete(d, ProcessKeys.TASK_SEND_COURT_LETTER, Map.of(CaseVariables.LETTER_SENT_ON, day(4),
        CaseVariables.APPOINTMENT_AT, day(12) + "T10:00"));
    ClockUtil.reset();
    if (identityService.createUserQuery().userId(CASEWORKER).count() == 0) {
      User user = identityService.newUser(CASEWORKER);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(CASEWORKER, Districts.caseworkerGroup("spandau"));
    }
  }

  @AfterAll
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void historyAndModelSideBySideForOneDistrict() throws Exception {
    ResponseEntity<String> response = get("gpm", february() + "&district=spandau", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());

    assertThat(body.path("from").asText()).isEqualTo(day(1));
    assertThat(body.path("periodDays").asInt()).isEqualTo(LocalDate.parse(day(1)).lengthOfMonth());
    assertThat(body.path("model").path("processDefinitionKey").asText()).isEqualTo(ProcessKeys.PROCESS);
    assertThat(body.path("basis").path("netAnnualMinutes").asDouble()).isEqualTo(95400);
    assertThat(body.path("basis").path("distributionTimeSurchargePercent").asDouble()).isZero();
    assertThat(body.path("basis").path("note").asText()).contains("Kein Verteilzeitzuschlag");
    // 450 court notices + 60 cases opened by a bailiff notice + 20 cases taken over
    assertThat(body.path("casesPerYear").path("planned").asDouble()).isEqualTo(530);
    assertThat(body.path("berlin").isNull()).isTrue();
    assertThat(body.path("districts")).hasSize(1);

    JsonNode spandau = body.path("districts").get(0);
    assertThat(spandau.path("district").asText()).isEqualTo("spandau");
    assertThat(spandau.path("name").asText()).isEqualTo("Spandau");
    Map<String, JsonNode> tasks = new HashMap<>();
    spandau.path("tasks").forEach(t -> tasks.put(t.path("taskKey").asText(), t));
    assertThat(tasks).hasSize(10);
    // A and B sent their letters in February, C on 1 March; B's contact task was cancelled
    assertThat(tasks.get(ProcessKeys.TASK_SEND_COURT_LETTER).path("history").path("count").asDouble())
        .isEqualTo(2);
    assertThat(tasks.get(ProcessKeys.TASK_RECORD_CONTACT).path("history").path("count").asDouble())
        .isEqualTo(1);
    assertThat(tasks.get(ProcessKeys.TASK_COUNSELLING).path("history").path("count").asDouble())
        .isEqualTo(1);
    assertThat(tasks.get(ProcessKeys.TASK_CLOSE_CASE).path("history").path("count").asDouble())
        .isEqualTo(1);
    assertThat(tasks.get(ProcessKeys.TASK_HOME_VISIT_1).path("history").path("count").asDouble())
        .isZero();
    // 2 × 20 + 10 + 240 + 15 minutes
    assertThat(spandau.path("history").path("minutes").asDouble()).isEqualTo(305);
    // the model: 0.88 × 530 court letters a year, scaled to the month
    double share = LocalDate.parse(day(1)).lengthOfMonth() / 365.0;
    JsonNode letter = tasks.get(ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(letter.path("model").path("count").asDouble())
        .isEqualTo(Math.round(0.88 * 530 * share * 10) / 10.0);
    assertThat(letter.path("difference").path("count").asDouble())
        .isEqualTo(Math.round((2 - 0.88 * 530 * share) * 10) / 10.0);
    assertThat(spandau.path("model").path("minutes").asDouble())
        .isEqualTo(Math.round(MODEL_MINUTES_PER_YEAR * share));
    // the model's VZÄ per district do not depend on the period: MODEL_MINUTES_PER_YEAR ÷ 95400
    // = 212096.6424 ÷ 95400 = 2.2232…
    assertThat(spandau.path("model").path("fte").asDouble()).isEqualTo(2.22);
  }

  @Test
  void allDistrictsWithBerlinAndAWhatIf() throws Exception {
    JsonNode body = json.readTree(get("prozess", february() + "&casesPerYear=1020", null).getBody());
    assertThat(body.path("districts")).hasSize(12);
    assertThat(body.path("casesPerYear").path("applied").asDouble()).isEqualTo(1020);
    assertThat(body.path("casesPerYear").path("whatIf").asBoolean()).isTrue();
    // every start event scaled by 1020 / 530 (the bailiff notices too):
    // MODEL_MINUTES_PER_YEAR × 1020 / 530 = 408185.99 min ÷ 95400 = 4.2787…
    assertThat(body.path("districts").get(0).path("model").path("fte").asDouble()).isEqualTo(4.28);
    JsonNode berlin = body.path("berlin");
    assertThat(berlin.path("district").asText()).isEqualTo("berlin");
    JsonNode berlinLetters = berlin.path("tasks").get(0);
    assertThat(berlinLetters.path("taskKey").asText()).isEqualTo(ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(berlinLetters.path("history").path("count").asDouble()).isEqualTo(3); // A, B, D
  }

  @Test
  void csvOnRequest() {
    ResponseEntity<byte[]> response = getBytes("admin", february() + "&district=pankow",
        "text/csv");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("ppbe-" + day(1) + "-" + lastOfFebruary() + ".csv");
    // Excel by double-click: UTF-8 with a byte order mark, ";" and the decimal comma
    byte[] body = response.getBody();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    String[] rows = text.split("\r\n");
    assertThat(rows[0]).isEqualTo(PpbeCsv.HEADER);
    assertThat(rows[0]).startsWith("Zeitraum von;Zeitraum bis;Bezirk;Aufgabe (Schlüssel);")
        .contains(";VZÄ Modell;").endsWith(";Verteilzeitzuschlag %");
    // the umlaut arrives as UTF-8 (Ä = C3 84)
    assertThat(indexOf(body, new byte[] {'V', 'Z', (byte) 0xC3, (byte) 0x84})).isPositive();
    assertThat(rows).hasSize(12);
    String from = "01.02." + YEAR;
    String to = lastOfFebruary().getDayOfMonth() + ".02." + YEAR;
    assertThat(rows[1]).startsWith(from + ";" + to + ";Pankow;SendCourtLetter;"
        + "Standardanschreiben versenden;20;");
    String[] total = rows[11].split(";", -1);
    assertThat(total).hasSize(PpbeCsv.HEADINGS.size());
    assertThat(rows[11]).startsWith(from + ";" + to + ";Pankow;TOTAL;Summe;");
    // VZÄ Modell for a month: a fraction, with a decimal comma
    assertThat(total[12]).matches("\\d+,\\d+");
  }

  @Test
  void teamLeadsSeeTheirOwnDistrictOnly() throws Exception {
    JsonNode own = json.readTree(get("leitung.mitte", february(), null).getBody());
    assertThat(own.path("districts")).hasSize(1);
    assertThat(own.path("districts").get(0).path("district").asText()).isEqualTo("mitte");
    assertThat(own.path("berlin").isNull()).isTrue();

    ResponseEntity<String> foreign = get("leitung.mitte", february() + "&district=spandau", null);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(foreign.getBody()).path("title").asText()).isEqualTo("Fremder Bezirk");
  }

  @Test
  void caseworkersAndMonitoringAreForbiddenAndStrangersUnauthorized() {
    assertThat(get(CASEWORKER, february(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("monitoring", february(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/ppbe?" + february(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badParametersAreGermanProblems() throws Exception {
    ResponseEntity<String> missing = get("gpm", "to=" + day(28), null);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(missing.getBody());
    assertThat(problem.path("parameter").asText()).isEqualTo("from");
    assertThat(problem.path("detail").asText()).contains("„from“ fehlt");

    assertThat(json.readTree(get("gpm", "from=" + day(28) + "&to=" + day(1), null).getBody())
        .path("detail").asText()).contains("liegt vor");
    assertThat(get("gpm", february() + "&district=atlantis", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> cases = get("gpm", february() + "&casesPerYear=-3", "text/csv");
    assertThat(cases.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(cases.getBody()).contains("casesPerYear");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A day in February of the test year (1–28). */
  static String day(int dayOfFebruary) {
    return LocalDate.of(YEAR, 2, dayOfFebruary).toString();
  }

  static LocalDate lastOfFebruary() {
    LocalDate first = LocalDate.of(YEAR, 2, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }

  static String february() {
    return "from=" + day(1) + "&to=" + lastOfFebruary();
  }

  ResponseEntity<byte[]> getBytes(String user, String query, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user.equals("admin") ? "admin" : "demo");
    headers.set(HttpHeaders.ACCEPT, accept);
    return rest.exchange("/api/ppbe?" + query, HttpMethod.GET, new HttpEntity<>(headers),
        byte[].class);
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  ResponseEntity<String> get(String user, String query, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user.equals("admin") ? "admin" : "demo");
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return rest.exchange("/api/ppbe?" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  ProcessInstance courtCase(String district, String receivedOn) {
    at(receivedOn, 8);
    String caseId = TestCaseIds.next("PPBE");
    return runtimeService.createMessageCorrelation(ProcessKeys.MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice(district,
            "7 C " + caseId, LocalDate.parse(receivedOn), "Erika Mustermann", "Musterstraße 1"),
            null))
        .correlateStartMessage();
  }

  void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    Map<String, Object> submitted = new HashMap<>(variables);
    if (submitted.containsKey(CaseVariables.APPOINTMENT_AT)) {
      // a free slot of the district calendar, as the form proposes it
      submitted.put(CaseVariables.APPOINTMENT_AT, formService.getTaskFormVariables(task.getId(),
          List.of(CaseVariables.APPOINTMENT_AT), false)
          .getValue(CaseVariables.APPOINTMENT_AT, String.class));
    }
    taskService.complete(task.getId(), submitted);
  }

  static void at(String date, int hour) {
    TestClock.at(LocalDate.parse(date).atTime(hour, 0).toString());
  }
}

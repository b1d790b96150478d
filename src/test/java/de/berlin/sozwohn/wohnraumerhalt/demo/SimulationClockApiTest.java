package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** {@code POST /api/simulation/clock} in the profile {@code simulation} (SPEC §7). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = SimulationProfiles.class)
@TestPropertySource(properties = {"camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class SimulationClockApiTest {

  static final String CLOCK = "/api/simulation/clock";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theAdministratorMovesTheClockAndTheMissedLetterDeadlineIsEscalated() throws Exception {
    JsonNode monday = json.readTree(setClock("admin", "{\"now\": \"2026-03-02T09:00:00\"}").getBody());
    assertThat(monday.get("now").asText()).isEqualTo("2026-03-02T09:00:00");
    assertThat(monday.get("zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(berlin("2026-03-02T09:00"));

    // a court notice arrives that Monday; the letter is due Thursday 5 March, end of the day
    var filed = rest.withBasicAuth("fk.mitte", "demo").exchange("/api/notices/court", HttpMethod.POST,
        jsonEntity(courtNotice("2026-03-02")), String.class);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String processInstanceId = json.readTree(filed.getBody()).get("processInstanceId").asText();

    JsonNode thursday = json.readTree(setClock("admin", "{\"now\": \"2026-03-05T18:00:00\"}").getBody());
    assertThat(thursday.get("jobsExecuted").asInt()).as("nothing due yet").isZero();
    Task letter = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    assertThat(taskService.getVariableLocal(letter.getId(), CaseVariables.OVERDUE)).isNull();

    ResponseEntity<String> friday = setClock("admin", "{\"now\": \"2026-03-06T07:00:00\"}");
    assertThat(friday.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode answer = json.readTree(friday.getBody());
    assertThat(answer.get("now").asText()).isEqualTo("2026-03-06T07:00:00");
    // the deadline timer and the escalation it started, both before the answer
    assertThat(answer.get("jobsExecuted").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(answer.get("failedJobs")).isEmpty();
    assertThat(answer.get("remainingDueJobs").asInt()).isZero();
    assertThat(answer.get("incidents").asInt()).isZero();
    assertThat(taskService.getVariableLocal(letter.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId("EscalateSendCourtLetter").finished().count()).isEqualTo(1);
  }

  @Test
  void onlyAdministratorsMayMoveTheClock() {
    Date before = ClockUtil.getCurrentTime();
    ResponseEntity<String> response = setClock("fk.mitte", "{\"now\": \"2030-01-01T09:00:00\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).contains("camunda-admin");
    assertThat(ClockUtil.getCurrentTime()).isCloseTo(before, 60_000);
    assertThat(rest.withBasicAuth("fk.mitte", "demo").exchange(CLOCK, HttpMethod.DELETE, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange(CLOCK, HttpMethod.POST, jsonEntity("{\"now\": \"2030-01-01T09:00:00\"}"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aTimeThatIsNoTimeIsRejectedNamingTheField() throws Exception {
    ResponseEntity<String> response = setClock("admin", "{\"now\": \"2.3.2026 9 Uhr\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("now");
    assertThat(setClock("admin", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anOffsetIsReadInBerlinAndDeleteReturnsToRealTime() throws Exception {
    JsonNode answer = json.readTree(setClock("admin", "{\"now\": \"2026-07-01T07:00:00Z\"}").getBody());
    assertThat(answer.get("now").asText()).isEqualTo("2026-07-01T09:00:00");

    ResponseEntity<String> reset = rest.withBasicAuth("admin", "admin").exchange(CLOCK,
        HttpMethod.DELETE, null, String.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
  }

  private ResponseEntity<String> setClock(String user, String body) {
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo")
        .exchange(CLOCK, HttpMethod.POST, jsonEntity(body), String.class);
  }

  static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  static String courtNotice(String receivedOn) {
    return """
        {"district": "mitte", "court": "Amtsgericht Mitte", "courtFileNumber": "99 C 1/26",
         "receivedOn": "%s",
         "household": {"name": "Erika Mustermann", "street": "Musterstraße 1", "postalCode": "10115",
                       "city": "Berlin", "phone": null, "email": null},
         "landlord": "Wohnbau GmbH", "arrears": 2450.00, "hearingOn": null}
        """.formatted(receivedOn);
  }

  private static Date berlin(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant());
  }
}

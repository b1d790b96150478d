package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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

/**
 * The listener {@code taskInputValidator} on a tiny process, driven through Camunda's REST API as
 * Tasklist does (the test process is tenant-less, so a caseworker of any district sees it): bad input → 400 with the German violations and the task untouched; good input →
 * 204 and stored, with defaults filled in.
 */
@AppTest
class TaskInputValidationTest {

  /**
   * A caseworker, as in Tasklist. (The demo user {@code admin} is in {@code camunda-admin}, which
   * Camunda exempts only from admin-only checks; it has no task permissions of its own.)
   */
  static final String USER = "fk.mitte";
  static final String PASSWORD = "demo";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  final ObjectMapper json = new ObjectMapper();
  String deploymentId;
  ProcessInstance instance;

  @BeforeEach
  void deployAndStart() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("validationTest")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(ProcessKeys.TASK_SEND_COURT_LETTER).name("Standardanschreiben versenden")
          .camundaFormRef("form-send-court-letter").camundaFormRefBinding("deployment")
          .camundaTaskListenerDelegateExpression("complete", "${taskInputValidator}")
        .userTask(ProcessKeys.TASK_CLOSE_CASE).name("Fall abschließen")
          .camundaFormRef("form-close-case").camundaFormRefBinding("deployment")
          .camundaTaskListenerDelegateExpression("complete", "${taskInputValidator}")
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().name("validationTest")
        .addModelInstance("validationTest.bpmn", model)
        .addClasspathResource("forms/send-court-letter.form")
        .addClasspathResource("forms/close-case.form")
        .deploy().getId();
    TestClock.at("2026-03-05T10:00");
    instance = runtimeService.startProcessInstanceByKey("validationTest", "FALL-TEST-1",
        Map.of("caseId", "FALL-TEST-1", "receivedOn", "2026-03-02", "appointmentAt", "2026-03-12T09:00"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aFutureSendDateIs400NamingTheFieldAndChangesNothing() throws Exception {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = submit(taskId,
        Map.of("letterSentOn", "2026-03-06", "appointmentAt", "2026-03-13T10:00"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .isTrue();
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("type").asText()).isEqualTo("TaskInputInvalidException");
    // the field by its label in the form, the date the German way, what to do
    assertThat(body.path("message").asText()).isEqualTo("Die Eingaben zu „Standardanschreiben"
        + " versenden“ sind nicht vollständig oder nicht gültig: Versanddatum: Der 6.3.2026 liegt"
        + " in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen"
        + " ist.");
    // the field's key and its message, for Tasklist to mark the field
    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("letterSentOn");
    assertThat(body.path("errors").get(0).path("message").asText()).startsWith("Der 6.3.2026");
    // rolled back: the task is still open, nothing submitted was stored
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), "letterSentOn")).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), "appointmentAt")).isEqualTo("2026-03-12T09:00");
  }

  @Test
  void allViolationsAreListed() throws Exception {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = submit(taskId,
        Map.of("letterSentOn", "2026-03-01", "appointmentAt", "morgen früh"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("errors").findValuesAsText("field"))
        .containsExactly("appointmentAt", "letterSentOn");
    assertThat(body.path("message").asText())
        .contains("Termin für das Gespräch: „morgen früh“ ist kein Zeitpunkt")
        .contains("Versanddatum: Der 1.3.2026 liegt vor dem Eingang der Mitteilung am 2.3.2026")
        .doesNotContain("appointmentAt", "letterSentOn", "2026-03-02");
  }

  @Test
  void validInputIs204AndStored() {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = submit(taskId,
        Map.of("letterSentOn", "2026-03-04", "appointmentAt", "2026-03-12T10:30"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(runtimeService.getVariable(instance.getId(), "letterSentOn")).isEqualTo("2026-03-04");
    assertThat(runtimeService.getVariable(instance.getId(), "appointmentAt")).isEqualTo("2026-03-12T10:30");
    assertThat(task(ProcessKeys.TASK_CLOSE_CASE)).isNotNull();
  }

  @Test
  void anEmptySendDateBecomesTodayOnTheEngineClock() {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = submit(taskId, Map.of("appointmentAt", "2026-03-12T09:00"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.getVariable(instance.getId(), "letterSentOn")).isEqualTo("2026-03-05");
  }

  @Test
  void closingFillsTheDateAndChecksTheOutcome() {
    taskService.complete(task(ProcessKeys.TASK_SEND_COURT_LETTER).getId(),
        Map.of("letterSentOn", "2026-03-04"));
    String taskId = task(ProcessKeys.TASK_CLOSE_CASE).getId();

    ResponseEntity<String> bad = submit(taskId, Map.of("outcome", "Wohnung erhalten"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("Ergebnis: „Wohnung erhalten“ ist keine der Möglichkeiten");

    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("outcome", "housing-retained");
    variables.put("closedOn", null); // as Camunda Forms submits an empty optional date
    ResponseEntity<String> good = submit(taskId, variables);
    assertThat(good.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void theCompleteEndpointAlsoAnswers400() {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = post("/engine-rest/task/" + taskId + "/complete",
        Map.of("letterSentOn", "2027-01-01"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Versanddatum: Der 1.1.2027 liegt in der Zukunft");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void otherEngineErrorsKeepCamundasOwnAnswer() throws Exception {
    ResponseEntity<String> response = submit("no-such-task", Map.of("letterSentOn", "2026-03-04"));

    assertThat(response.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("type").asText())
        .isNotEqualTo("TaskInputInvalidException");
  }

  @Test
  void theJavaApiSeesTheViolationsAsCause() {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("letterSentOn", "2026-03-06")))
        .isInstanceOf(ProcessEngineException.class)
        .hasRootCauseInstanceOf(TaskInputInvalidException.class)
        .rootCause().hasMessageContaining("Versanddatum: Der 6.3.2026 liegt in der Zukunft");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void theFormIsDeployedAndLinkedToTheTask() throws Exception {
    String taskId = task(ProcessKeys.TASK_SEND_COURT_LETTER).getId();

    ResponseEntity<String> response = rest.withBasicAuth(USER, PASSWORD)
        .getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode form = json.readTree(response.getBody());
    assertThat(form.path("id").asText()).isEqualTo("form-send-court-letter");
    assertThat(response.getBody()).contains("Standardanschreiben versenden");
  }

  Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  ResponseEntity<String> submit(String taskId, Map<String, Object> values) {
    return post("/engine-rest/task/" + taskId + "/submit-form", values);
  }

  ResponseEntity<String> post(String path, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new java.util.HashMap<>();
      variable.put("value", value);
      variables.put(name, variable);
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    try {
      String body = json.writeValueAsString(Map.of("variables", variables));
      return rest.withBasicAuth(USER, PASSWORD)
          .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

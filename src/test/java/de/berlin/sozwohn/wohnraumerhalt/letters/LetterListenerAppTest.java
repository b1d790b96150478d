package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The letterListener in a small process shaped like the real one (the court letter on the case,
 * the eviction letter inside a scope that holds the bailiff data locally), and the letter API.
 */
@AppTest
class LetterListenerAppTest {

  static final String KEY = "letterListenerCheck";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LetterStore store;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  String deploymentId;
  String caseId;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(ProcessKeys.TASK_SEND_COURT_LETTER)
        .camundaTaskListenerDelegateExpression("complete", "${letterListener}")
        .subProcess("EvictionNotice")
        .camundaInputParameter("bailiffReference", "${noticeBailiffReference}")
        .camundaInputParameter("evictionAt", "${noticeEvictionAt}")
        .embeddedSubProcess()
        .startEvent()
        .userTask(ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .camundaTaskListenerDelegateExpression("complete", "${letterListener}")
        .camundaTaskListenerClass("complete", FailAfterTheLetter.class.getName())
        .endEvent()
        .subProcessDone()
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
    caseId = "MI-2026-" + UUID.randomUUID().toString().substring(0, 8);
    TestClock.at("2026-03-04T11:00");
    FailAfterTheLetter.fail = false;
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
    ClockUtil.reset();
  }

  ProcessInstance startCase(String district) {
    Map<String, Object> v = new HashMap<>();
    v.put("district", district);
    v.put("householdName", "Jürgen Weiß");
    v.put("householdStreet", "Große Hamburger Straße 5");
    v.put("householdPostalCode", "10115");
    v.put("householdCity", "Berlin");
    v.put("court", "Amtsgericht Mitte");
    v.put("courtFileNumber", "12 C 345/26");
    v.put("appointmentAt", "2026-03-10T10:00");
    v.put("noticeBailiffReference", "DR II 123/26");
    v.put("noticeEvictionAt", "2026-05-12T09:00");
    return runtimeService.startProcessInstanceByKey(KEY, caseId, v);
  }

  Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  @Test
  void completingTheTaskKeepsTheLetterWithTheCaseAndItsDistrictCanReadIt() throws Exception {
    ProcessInstance instance = startCase("mitte");
    Task task = task(instance, ProcessKeys.TASK_SEND_COURT_LETTER);
    taskService.complete(task.getId(), Map.of("letterSentOn", "2026-03-03"));

    List<StoredLetter> stored = store.list(caseId);
    assertThat(stored).singleElement().satisfies(letter -> {
      assertThat(letter.kind()).isEqualTo(LetterKind.COURT_LETTER);
      assertThat(letter.district()).isEqualTo("mitte");
      assertThat(letter.letterDate()).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(letter.processInstanceId()).isEqualTo(instance.getId());
      assertThat(letter.taskId()).isEqualTo(task.getId());
      assertThat(letter.createdAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
      // Berlin time (CET in March) on H2 and on PostgreSQL alike
      assertThat(letter.createdAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    });

    for (String[] user : List.of(new String[] {"fk.mitte", "demo"}, new String[] {"leitung.mitte", "demo"},
        new String[] {"admin", "admin"})) {
      ResponseEntity<String> list = rest.withBasicAuth(user[0], user[1])
          .getForEntity("/api/cases/{caseId}/letters", String.class, caseId);
      assertThat(list.getStatusCode()).as(user[0]).isEqualTo(HttpStatus.OK);
      JsonNode letters = json.readTree(list.getBody());
      assertThat(letters).hasSize(1);
      JsonNode letter = letters.get(0);
      assertThat(letter.get("id").asText()).isEqualTo(stored.get(0).id());
      assertThat(letter.get("kind").asText()).isEqualTo("court-letter");
      assertThat(letter.get("createdAt").asText()).startsWith("2026-03-04T").endsWith("+01:00");
      String href = letter.get("href").asText();
      assertThat(href).isEqualTo("/api/cases/" + caseId + "/letters/" + stored.get(0).id());

      ResponseEntity<byte[]> pdf = rest.withBasicAuth(user[0], user[1]).getForEntity(href, byte[].class);
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(pdf.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
      assertThat(pdf.getHeaders().getContentDisposition().getFilename()).contains(caseId);
      assertThat(pdf.getHeaders().getCacheControl()).contains("no-store");
      assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(LetterRendererTest.text(pdf.getBody()))
          .contains("Guten Tag Jürgen Weiß,", "Dienstag, 10. März 2026, 10:00 Uhr", "3. März 2026", caseId);
    }
  }

  @Test
  void anotherDistrictGetsTheSameAnswerAsForACaseThatDoesNotExist() throws Exception {
    ProcessInstance instance = startCase("mitte");
    taskService.complete(task(instance, ProcessKeys.TASK_SEND_COURT_LETTER).getId(), Map.of("letterSentOn", "2026-03-03"));
    String letterId = store.list(caseId).get(0).id();

    for (String user : List.of("fk.neukoelln", "monitoring", "gpm", "prozess")) {
      ResponseEntity<String> list = rest.withBasicAuth(user, "demo")
          .getForEntity("/api/cases/{caseId}/letters", String.class, caseId);
      assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(list.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      JsonNode problem = json.readTree(list.getBody());
      assertThat(problem.get("type").asText()).isEqualTo(LetterProblems.CASE_NOT_FOUND.toString());
      assertThat(problem.get("detail").asText()).contains("gehört nicht zu Ihrem Bezirk");

      ResponseEntity<String> pdf = rest.withBasicAuth(user, "demo")
          .getForEntity("/api/cases/{caseId}/letters/{id}", String.class, caseId, letterId);
      assertThat(pdf.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(pdf.getBody()).doesNotContain("%PDF");
    }

    ResponseEntity<String> unknown = rest.withBasicAuth("admin", "admin")
        .getForEntity("/api/cases/{caseId}/letters", String.class, "MI-1999-99999");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(unknown.getBody()).get("detail").asText())
        .isEqualTo("Einen Fall „MI-1999-99999“ gibt es nicht, oder er gehört nicht zu Ihrem Bezirk.");

    ResponseEntity<String> noSuchLetter = rest.withBasicAuth("fk.mitte", "demo")
        .getForEntity("/api/cases/{caseId}/letters/{id}", String.class, caseId, UUID.randomUUID());
    assertThat(noSuchLetter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(noSuchLetter.getBody()).get("type").asText())
        .isEqualTo(LetterProblems.LETTER_NOT_FOUND.toString());

    assertThat(rest.getForEntity("/api/cases/{caseId}/letters", String.class, caseId).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theEvictionLetterReadsTheBailiffDataOfItsScope() throws Exception {
    ProcessInstance instance = startCase("mitte");
    taskService.complete(task(instance, ProcessKeys.TASK_SEND_COURT_LETTER).getId(), Map.of("letterSentOn", "2026-03-03"));
    assertThat(runtimeService.getVariable(instance.getId(), "evictionAt")).as("local to the scope").isNull();
    TestClock.at("2026-04-28T09:30");

    taskService.complete(task(instance, ProcessKeys.TASK_SEND_EVICTION_LETTER).getId(),
        Map.of("evictionLetterSentOn", "2026-04-28"));

    List<StoredLetter> stored = store.list(caseId);
    assertThat(stored).extracting(StoredLetter::kind).containsExactly(LetterKind.COURT_LETTER, LetterKind.EVICTION_LETTER);
    StoredLetter eviction = stored.get(1);
    assertThat(eviction.letterDate()).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(LetterRendererTest.text(store.content(caseId, eviction.id()).orElseThrow()))
        .contains("Räumungstermin: Dienstag, 12. Mai 2026, 09:00 Uhr", "DR II 123/26",
            "Dienstag und Donnerstag, 9 bis 12 Uhr", "Donnerstag, 30. April 2026");
  }

  @Test
  void whenTheCompletionFailsNoLetterIsKept() {
    ProcessInstance instance = startCase("mitte");
    taskService.complete(task(instance, ProcessKeys.TASK_SEND_COURT_LETTER).getId(), Map.of("letterSentOn", "2026-03-03"));
    FailAfterTheLetter.fail = true;
    Task eviction = task(instance, ProcessKeys.TASK_SEND_EVICTION_LETTER);

    assertThatThrownBy(() -> taskService.complete(eviction.getId(), Map.of("evictionLetterSentOn", "2026-04-28")))
        .hasMessageContaining("after the letter");

    assertThat(store.list(caseId)).extracting(StoredLetter::kind).containsExactly(LetterKind.COURT_LETTER);
    assertThat(task(instance, ProcessKeys.TASK_SEND_EVICTION_LETTER)).isNotNull();
  }

  @Test
  void withoutAppointmentTheTaskCannotBeCompletedAndNothingIsKept() throws Exception {
    ProcessInstance instance = startCase("mitte");
    runtimeService.removeVariable(instance.getId(), "appointmentAt");
    Task task = task(instance, ProcessKeys.TASK_SEND_COURT_LETTER);

    ResponseEntity<String> submitted = submitForm("fk.mitte", task, "letterSentOn", "2026-03-03");

    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(submitted.getBody());
    assertThat(error.get("message").asText()).contains("Standardanschreiben versenden");
    assertThat(error.get("errors")).singleElement().satisfies(violation -> {
      assertThat(violation.get("field").asText()).isEqualTo("appointmentAt");
      assertThat(violation.get("message").asText()).isEqualTo("Termin mit Datum und Uhrzeit fehlt – ohne diese "
          + "Angabe kann das Standardanschreiben nicht erstellt werden.");
    });
    assertThat(store.list(caseId)).isEmpty();
    assertThat(task(instance, ProcessKeys.TASK_SEND_COURT_LETTER)).isNotNull();
  }

  @Test
  void submittingTheFormThroughTasklistsRestApiWritesTheLetter() {
    ProcessInstance instance = startCase("mitte");
    Task task = task(instance, ProcessKeys.TASK_SEND_COURT_LETTER);

    assertThat(submitForm("fk.mitte", task, "letterSentOn", "2026-03-03").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(store.list(caseId)).singleElement().satisfies(letter -> {
      assertThat(letter.taskId()).isEqualTo(task.getId());
      assertThat(letter.letterDate()).isEqualTo(LocalDate.of(2026, 3, 3));
      // the sender is the contact person: name from the profile, line and room from the staff
      // configuration (application.yaml)
      assertThat(LetterRendererTest.text(store.content(caseId, letter.id()).orElseThrow()))
          .contains("Ihre Ansprechperson", "Fatma Kaya", "Telefon: 030 23125-201",
              "Zimmer: 2.014");
    });
  }

  @Test
  void aLetterCompletedWithoutAnAuthenticatedUserNamesTheAssigneeOrNobody() throws Exception {
    ProcessInstance instance = startCase("mitte");
    runtimeService.setVariable(instance.getId(), "servedOn", "2026-02-27");
    Task task = task(instance, ProcessKeys.TASK_SEND_COURT_LETTER);
    taskService.setAssignee(task.getId(), "fk.neukoelln");
    taskService.complete(task.getId(), Map.of("letterSentOn", "2026-03-03"));
    String text = LetterRendererTest.text(store.content(caseId, store.list(caseId).get(0).id())
        .orElseThrow());
    assertThat(text).contains("Jonas Neumann", "Zimmer: A 107")
        // served on 27 February 2026: the Schonfrist ends on Monday 27 April 2026
        .contains("Bis zum Montag, 27. April 2026");
  }

  ResponseEntity<String> submitForm(String user, Task task, String field, String value) {
    Map<String, Object> body = Map.of("variables", Map.of(field, Map.of("value", value, "type", "String")));
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/task/{id}/submit-form", body, String.class, task.getId());
  }

  @Test
  void theCaseworkerCanPreviewTheLetterOfTheOpenTask() throws Exception {
    ProcessInstance instance = startCase("mitte");

    ResponseEntity<byte[]> preview = rest.withBasicAuth("fk.mitte", "demo")
        .getForEntity("/api/cases/{caseId}/letters/preview?kind=court-letter", byte[].class, caseId);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(preview.getHeaders().getContentDisposition().getFilename()).startsWith("entwurf-").contains(caseId);
    // no dispatch date yet: dated today (engine clock)
    assertThat(LetterRendererTest.text(preview.getBody()))
        .contains("Dienstag, 10. März 2026, 10:00 Uhr", "Datum 4. März 2026")
        .contains("Ihre Ansprechperson", "Fatma Kaya");
    assertThat(store.list(caseId)).as("a preview is not kept").isEmpty();

    ResponseEntity<String> noEvictionTask = rest.withBasicAuth("fk.mitte", "demo")
        .getForEntity("/api/cases/{caseId}/letters/preview?kind=eviction-letter", String.class, caseId);
    assertThat(noEvictionTask.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(noEvictionTask.getBody()).get("detail").asText())
        .contains("keine Aufgabe „Anschreiben Zwangsräumung versenden“ offen");

    ResponseEntity<String> badKind = rest.withBasicAuth("fk.mitte", "demo")
        .getForEntity("/api/cases/{caseId}/letters/preview?kind=flyer", String.class, caseId);
    assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badKind.getBody()).get("detail").asText())
        .isEqualTo("Unbekannte Art des Anschreibens „flyer“. Erlaubt sind: court-letter, eviction-letter.");

    assertThat(rest.withBasicAuth("fk.neukoelln", "demo")
        .getForEntity("/api/cases/{caseId}/letters/preview?kind=court-letter", String.class, caseId)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    runtimeService.removeVariable(instance.getId(), "appointmentAt");
    ResponseEntity<String> incomplete = rest.withBasicAuth("fk.mitte", "demo")
        .getForEntity("/api/cases/{caseId}/letters/preview?kind=court-letter", String.class, caseId);
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(incomplete.getBody()).get("detail").asText()).contains("appointmentAt");
  }

  /** A listener after the letterListener that fails on demand: the completion must roll back the letter. */
  public static class FailAfterTheLetter implements TaskListener {
    static volatile boolean fail;

    @Override
    public void notify(DelegateTask task) {
      if (fail) {
        throw new IllegalStateException("failing after the letter");
      }
    }
  }
}

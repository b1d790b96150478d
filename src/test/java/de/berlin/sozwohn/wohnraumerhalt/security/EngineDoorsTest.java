package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.HttpProbe;
import de.berlin.sozwohn.wohnraumerhalt.support.HttpProbe.Browser;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import de.berlin.sozwohn.wohnraumerhalt.support.Webapps;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The doors that Camunda's REST API leaves open around the engine's own permissions (issue "Close
 * the doors the engine leaves open"), each probed as a stranger would: the request as sent over
 * HTTP, by the demo user who tried it. Every test failed before {@link EngineDoorGuard} and the
 * narrowed grants of {@link IdentitySetup}.
 *
 * <p>One Mitte case is opened once by {@code fk.mitte}; the probes aim at it.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineDoorsTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  private static final String ENGINE = "/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  private final ObjectMapper json = new ObjectMapper();
  private HttpProbe http;
  private String householdName;
  private String caseId;
  private String processInstanceId;
  private String taskId;

  @BeforeAll
  void openMitteCase() throws Exception {
    http = new HttpProbe(rest, port);
    for (String user : List.of("fk.mitte", "fk.neukoelln", "leitung.mitte", "prozess", "gpm")) {
      identityService.unlockUser(user); // a wrong password elsewhere in the suite
    }
    householdName = "Heike Schlüssel " + RUN;
    ResponseEntity<String> opened = basic("fk.mitte", HttpMethod.POST, "/api/notices/court",
        TestNotices.courtNotice("mitte", "9 C " + RUN + "/26", today(), householdName,
            "Pforte " + RUN));
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    JsonNode body = json.readTree(opened.getBody());
    caseId = body.path("caseId").asText();
    processInstanceId = body.path("processInstanceId").asText();
    // the letter task (RecordContact is open beside it from the case's start)
    taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("SendCourtLetter").singleResult().getId();
    Webapps.freshRuntimeDelegates();
  }

  // ------------------------------------------------------------------ variable values

  /**
   * The value oracle: the process owner may see the instance but not its variables, and so may
   * not filter, count or sort by them – through no door, GET parameters and POST bodies alike.
   */
  @Test
  void theProcessOwnerLearnsNoVariableValueThroughAnyDoor() throws Exception {
    String like = "Heike%";
    Map<String, Object> filter = Map.of("name", "householdName", "operator", "like", "value", like);
    String param = URLEncoder.encode("householdName_like_" + like, StandardCharsets.UTF_8);
    List<ResponseEntity<String>> probes = List.of(
        basic("prozess", HttpMethod.POST, "/engine-rest/process-instance/count",
            Map.of("processInstanceIds", List.of(processInstanceId), "variables", List.of(filter))),
        basic("prozess", HttpMethod.POST, "/engine-rest/process-instance",
            Map.of("orQueries", List.of(Map.of("variables", List.of(filter))))),
        basic("prozess", HttpMethod.GET, "/engine-rest/process-instance/count?processInstanceIds="
            + processInstanceId + "&variables=" + param, null),
        basic("prozess", HttpMethod.GET, "/engine-rest/task?processVariables=" + param, null),
        basic("prozess", HttpMethod.GET, "/engine-rest/task/count?taskVariables=" + param, null),
        basic("prozess", HttpMethod.GET, "/engine-rest/task?withTaskVariablesInReturn=true", null),
        basic("prozess", HttpMethod.POST, "/engine-rest/task", Map.of("sorting", List.of(Map.of(
            "sortBy", "processVariable", "sortOrder", "asc",
            "parameters", Map.of("variable", "householdName", "type", "String"))))),
        basic("prozess", HttpMethod.GET, "/engine-rest/history/process-instance?variables=" + param, null),
        basic("prozess", HttpMethod.POST, "/engine-rest/history/process-instance/count",
            Map.of("variables", List.of(filter))),
        basic("prozess", HttpMethod.GET, "/engine-rest/history/task?processVariables=" + param, null),
        basic("prozess", HttpMethod.GET, "/engine-rest/execution?processVariables=" + param, null),
        basic("prozess", HttpMethod.GET, "/engine-rest/engine/default/process-instance/count?variables="
            + param, null),
        basic("gpm", HttpMethod.POST, "/engine-rest/process-instance/count",
            Map.of("variables", List.of(filter))));
    for (ResponseEntity<String> probe : probes) {
      assertThat(probe.getStatusCode().value()).as(probe.getBody()).isEqualTo(403);
      assertThat(probe.getBody()).doesNotContain("\"count\"").doesNotContain(householdName)
          .contains("Variablenwerte");
    }

    Browser cockpit = http.login("prozess", "demo", "cockpit");
    List<HttpResponse<String>> webapp = List.of(
        cockpit.get(ENGINE + "/process-instance?variables=" + param),
        cockpit.send("POST", ENGINE + "/process-instance/count",
            Map.of("variables", List.of(filter))),
        cockpit.send("POST", "/api/cockpit/plugin/base/default/process-instance",
            Map.of("variables", List.of(filter))),
        cockpit.send("POST", "/api/cockpit/plugin/base/default/process-instance/count",
            Map.of("variables", List.of(filter))));
    for (HttpResponse<String> probe : webapp) {
      assertThat(probe.statusCode()).as(probe.body()).isEqualTo(403);
      assertThat(probe.body()).doesNotContain(householdName).doesNotContain("\"count\"");
    }

    // the same questions without variable values are answered: the flows stay visible
    ResponseEntity<String> count = basic("prozess", HttpMethod.POST,
        "/engine-rest/process-instance/count", Map.of("processInstanceIds", List.of(processInstanceId)));
    assertThat(json.readTree(count.getBody()).path("count").asInt()).isEqualTo(1);
    assertThat(cockpit.send("POST", ENGINE + "/process-instance/count",
        Map.of("processInstanceIds", List.of(processInstanceId))).body()).contains("\"count\":1");
  }

  /** The district's staff read the case data, and so may search by it (Tasklist's search). */
  @Test
  void theDistrictsStaffStillSearchByVariableValues() throws Exception {
    Map<String, Object> filter = Map.of("name", "householdName", "operator", "eq",
        "value", householdName);
    for (String user : List.of("fk.mitte", "leitung.mitte", "admin")) {
      ResponseEntity<String> count = basic(user, HttpMethod.POST,
          "/engine-rest/process-instance/count", Map.of("variables", List.of(filter)));
      assertThat(count.getBody()).as(user).isEqualTo("{\"count\":1}");
    }
    // another district's caseworker may filter too, and finds nothing of Mitte (tenant check)
    assertThat(basic("fk.neukoelln", HttpMethod.POST, "/engine-rest/process-instance/count",
        Map.of("variables", List.of(filter))).getBody()).isEqualTo("{\"count\":0}");
    Browser tasklist = http.login("fk.mitte", "demo", "tasklist");
    HttpResponse<String> tasks = tasklist.send("POST", ENGINE + "/task",
        Map.of("processVariables", List.of(filter)));
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.body()).contains(taskId);
  }

  // ------------------------------------------------------------------ comments and attachments

  @Test
  void commentsAndAttachmentsAreTheDistricts() throws Exception {
    ResponseEntity<String> written = basic("fk.mitte", HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "Rückruf vereinbart " + RUN));
    assertThat(written.getStatusCode().value()).as(written.getBody()).isEqualTo(200);
    String commentId = json.readTree(written.getBody()).path("id").asText();
    String attachmentId = asAdmin(() -> taskService.createAttachment("text/plain", taskId,
        processInstanceId, "Mietvertrag", "Kopie", "https://example.org/mietvertrag")).getId();

    assertThat(basic("leitung.mitte", HttpMethod.GET, "/engine-rest/task/" + taskId + "/comment",
        null).getBody()).contains("Rückruf vereinbart " + RUN);
    assertThat(basic("fk.mitte", HttpMethod.GET, "/engine-rest/task/" + taskId + "/attachment",
        null).getBody()).contains(attachmentId);

    String missing = "/engine-rest/task/" + UUID.randomUUID();
    for (String stranger : List.of("prozess", "fk.neukoelln", "gpm")) {
      for (String path : List.of("/comment", "/comment/" + commentId, "/attachment",
          "/attachment/" + attachmentId, "/attachment/" + attachmentId + "/data")) {
        ResponseEntity<String> refused = basic(stranger, HttpMethod.GET,
            "/engine-rest/task/" + taskId + path, null);
        assertThat(refused.getStatusCode().value()).as(stranger + " GET " + path).isEqualTo(404);
        assertThat(refused.getBody()).doesNotContain("Rückruf").doesNotContain("Mietvertrag");
        if (!path.endsWith("/data")) { // (a missing one: 406 for an Accept other than the file's type)
          assertThat(basic(stranger, HttpMethod.GET, missing + path, null).getStatusCode().value())
              .as("a missing task answers the same").isEqualTo(404);
        }
      }
      assertThat(basic(stranger, HttpMethod.POST, "/engine-rest/task/" + taskId + "/comment/create",
          Map.of("message", "fremd")).getStatusCode().value()).isEqualTo(404);
      assertThat(basic(stranger, HttpMethod.GET, "/engine-rest/process-instance/"
          + processInstanceId + "/comment", null).getStatusCode().value()).isEqualTo(404);
    }
    ResponseEntity<String> deleted = basic("fk.neukoelln", HttpMethod.DELETE,
        "/engine-rest/task/" + taskId + "/attachment/" + attachmentId, null);
    assertThat(deleted.getStatusCode().value()).isEqualTo(404);
    assertThat(asAdmin(() -> taskService.getAttachment(attachmentId))).as("still there").isNotNull();
    assertThat(asAdmin(() -> taskService.getTaskComments(taskId))).hasSize(1);

    Browser cockpit = http.login("prozess", "demo", "cockpit");
    assertThat(cockpit.get(ENGINE + "/task/" + taskId + "/comment").statusCode()).isEqualTo(404);

    // a changed comment is in the user operation log (readable by the process owner) without text
    ResponseEntity<String> changed = basic("fk.mitte", HttpMethod.PUT,
        "/engine-rest/task/" + taskId + "/comment",
        Map.of("id", commentId, "message", "Rückruf am Freitag " + RUN));
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);
    ResponseEntity<String> log = basic("prozess", HttpMethod.GET,
        "/engine-rest/history/user-operation?taskId=" + taskId, null);
    assertThat(log.getStatusCode().value()).isEqualTo(200);
    assertThat(log.getBody()).contains("UpdateComment").doesNotContain("Rückruf");
  }

  // ------------------------------------------------------------------ process starts

  @Test
  void casesSelfReportsAndHalfYearReportsStartOnlyThroughTheirDoors() throws Exception {
    long instancesBefore = asAdmin(() -> runtimeService.createProcessInstanceQuery().count());
    Map<String, Object> variables = Map.of(
        "caseId", Map.of("value", "MI-2026-9" + RUN.substring(0, 4)),
        "district", Map.of("value", "mitte"),
        "courtFileNumber", Map.of("value", "9 C " + RUN + "/26"),
        "householdName", Map.of("value", "Erfunden"));
    for (String user : List.of("fk.neukoelln", "fk.mitte", "leitung.mitte", "admin")) {
      for (String message : List.of("CourtNoticeReceived", "CaseOpenedByBailiffNotice",
          "BailiffNoticeReceived", "SelfReportRequested", "ReportRequested")) {
        ResponseEntity<String> probe = basic(user, HttpMethod.POST, "/engine-rest/message",
            Map.of("messageName", message, "businessKey", "MI-2026-9" + RUN, "tenantId", "mitte",
                "processVariables", variables));
        assertThat(probe.getStatusCode().value()).as(user + " " + message + ": " + probe.getBody())
            .isEqualTo(403);
      }
      for (String path : List.of("/engine-rest/process-definition/key/selbstauskunft/start",
          "/engine-rest/process-definition/key/selbstauskunft/tenant-id/mitte/submit-form",
          "/engine-rest/process-definition/key/halbjahresbericht/start",
          "/engine-rest/process-definition/key/halbjahresbericht/tenant-id/mitte/submit-form",
          "/engine-rest/process-definition/" + definitionId("halbjahresbericht") + "/start",
          "/engine-rest/process-definition/key/wohnraumerhalt/start",
          "/engine-rest/process-definition/key/wohnraumerhalt/tenant-id/mitte/start",
          "/engine-rest/process-definition/" + definitionId("wohnraumerhalt") + "/submit-form",
          "/engine-rest/process-definition/" + definitionId("wohnraumerhalt") + "/restart")) {
        ResponseEntity<String> probe = basic(user, HttpMethod.POST, path,
            Map.of("variables", variables, "businessKey", "MI-2026-9" + RUN));
        assertThat(probe.getStatusCode().value()).as(user + " " + path + ": " + probe.getBody())
            .isEqualTo(403);
      }
    }
    // the same doors written as the container and Jersey still route them
    String execution = processInstanceId;
    for (String path : List.of("/engine-rest//message/", "/engine-rest/%6Dessage",
        "/engine-rest/./message", "/engine-rest/message;x=1",
        "/engine-rest/engine/default/message",
        "/engine-rest/execution/" + execution + "/messageSubscriptions/BailiffNoticeReceived/trigger",
        "/engine-rest/process-definition/key/wohnraumerhalt/start/",
        "/engine-rest/process-definition/key/wohn%72aumerhalt/start")) {
      HttpResponse<String> probe = http.callVerbatim("admin", "admin", "POST", path,
          Map.of("messageName", "CourtNoticeReceived", "businessKey", "MI-2026-9" + RUN,
              "tenantId", "mitte", "processVariables", variables, "variables", variables));
      assertThat(probe.statusCode()).as(path + ": " + probe.body()).isIn(400, 403, 404);
      assertThat(probe.body()).doesNotContain("\"id\"");
    }
    assertThat(asAdmin(() -> runtimeService.createProcessInstanceQuery().count()))
        .as("no case, no self-report, no half-year report started").isEqualTo(instancesBefore);
    assertThat(asAdmin(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("SendEvictionLetter").count())).as("no bailiff notice").isZero();
  }

  // ------------------------------------------------------------------ working around the process

  @Test
  void caseworkersWorkTasksButDoNotSteerTheProcess() throws Exception {
    String jobId = asAdmin(() -> managementService.createJobQuery()
        .processInstanceId(processInstanceId).list().get(0).getId());
    String pi = "/engine-rest/process-instance/" + processInstanceId;
    String task = "/engine-rest/task/" + taskId;
    Map<String, Object> future = Map.of("value", "2031-01-01", "type", "String");
    List<ResponseEntity<String>> probes = List.of(
        basic("fk.mitte", HttpMethod.PUT, "/engine-rest/process-instance/suspended",
            Map.of("processDefinitionKey", "wohnraumerhalt", "suspended", true)),
        basic("fk.mitte", HttpMethod.PUT, "/engine-rest/job/suspended",
            Map.of("processDefinitionKey", "wohnraumerhalt", "suspended", true)),
        basic("fk.mitte", HttpMethod.PUT, pi + "/suspended", Map.of("suspended", true)),
        basic("fk.mitte", HttpMethod.POST, pi + "/modification", Map.of("instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "CloseCase"),
            Map.of("type", "cancel", "activityId", "SendCourtLetter")))),
        basic("fk.mitte", HttpMethod.PUT, pi + "/variables/receivedOn", future),
        basic("fk.mitte", HttpMethod.POST, pi + "/variables",
            Map.of("modifications", Map.of("receivedOn", future))),
        basic("fk.mitte", HttpMethod.PUT, task + "/variables/receivedOn", future),
        basic("fk.mitte", HttpMethod.PUT, task + "/localVariables/receivedOn", future),
        basic("fk.mitte", HttpMethod.PUT, task, Map.of("name", "Standardanschreiben versenden",
            "due", "2031-01-01T00:00:00.000+0100")),
        basic("fk.mitte", HttpMethod.DELETE, pi, null),
        basic("fk.mitte", HttpMethod.PUT, "/engine-rest/job/" + jobId + "/duedate",
            Map.of("duedate", "2031-01-01T00:00:00.000+0100")),
        basic("fk.mitte", HttpMethod.PUT, "/engine-rest/job/" + jobId + "/suspended",
            Map.of("suspended", true)));
    for (ResponseEntity<String> probe : probes) {
      assertThat(probe.getStatusCode().value()).as(probe.getBody()).isEqualTo(403);
    }
    assertThat(asAdmin(() -> runtimeService.getVariable(processInstanceId, "receivedOn")))
        .isEqualTo(today().toString());
    assertThat(asAdmin(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).active().count())).isEqualTo(1);
    assertThat(asAdmin(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("SendCourtLetter").count())).isEqualTo(1);
    assertThat(asAdmin(() -> managementService.createJobQuery().jobId(jobId).active().count()))
        .isEqualTo(1);
  }

  /** {@code submit-form} takes the task's form fields and nothing else (the task catalogue). */
  @Test
  void submitFormTakesExactlyTheFieldsOfTheTask() throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("letterSentOn", Map.of("value", today().toString()));
    variables.put("district", Map.of("value", "neukoelln"));
    ResponseEntity<String> refused = basic("fk.mitte", HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(json.readTree(refused.getBody()).path("errors").get(0).path("field").asText())
        .isEqualTo("district");
    Browser tasklist = http.login("fk.mitte", "demo", "tasklist");
    HttpResponse<String> viaTasklist = tasklist.send("POST",
        ENGINE + "/task/" + taskId + "/complete", Map.of("variables", variables));
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(viaTasklist.body()).contains("district");
    assertThat(asAdmin(() -> runtimeService.getVariable(processInstanceId, "district")))
        .isEqualTo("mitte");
    assertThat(asAdmin(() -> taskService.createTaskQuery().taskId(taskId).count())).isEqualTo(1);

    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("court", Map.of("value", "Amtsgericht Mitte"));
    entry.put("caseId", Map.of("value", "MI-2026-00001"));
    ResponseEntity<String> entryRefused = basic("fk.mitte", HttpMethod.POST,
        "/engine-rest/process-definition/key/courtNoticeEntry/tenant-id/mitte/submit-form",
        Map.of("variables", entry));
    assertThat(entryRefused.getStatusCode().value()).as(entryRefused.getBody()).isEqualTo(400);
    assertThat(entryRefused.getBody()).contains("caseId");
  }

  // ------------------------------------------------------------------ 404 parity

  /** Another district's task and job answer exactly like ids that do not exist. */
  @Test
  void anotherDistrictsObjectsAnswerLikeMissingOnes() throws Exception {
    String jobId = asAdmin(() -> managementService.createJobQuery()
        .processInstanceId(processInstanceId).list().get(0).getId());
    String nobody = UUID.randomUUID().toString();
    record Probe(HttpMethod method, String path, Object body) {}
    List<java.util.function.Function<String, Probe>> probes = List.of(
        id -> new Probe(HttpMethod.DELETE, "/engine-rest/task/" + id, null),
        id -> new Probe(HttpMethod.GET, "/engine-rest/task/" + id + "/comment", null),
        id -> new Probe(HttpMethod.POST, "/engine-rest/task/" + id + "/claim", Map.of("userId", "fk.neukoelln")));
    for (var probe : probes) {
      Probe foreign = probe.apply(taskId);
      Probe missing = probe.apply(nobody);
      ResponseEntity<String> a = basic("fk.neukoelln", foreign.method(), foreign.path(), foreign.body());
      ResponseEntity<String> b = basic("fk.neukoelln", missing.method(), missing.path(), missing.body());
      assertThat(a.getStatusCode().value()).as(foreign.path() + " " + a.getBody()).isEqualTo(404);
      assertThat(b.getStatusCode().value()).as(missing.path() + " " + b.getBody()).isEqualTo(404);
    }
    for (var path : List.of("/engine-rest/job/%s/retries", "/engine-rest/job/%s/duedate",
        "/engine-rest/job/%s/suspended", "/engine-rest/job/%s/priority")) {
      Map<String, Object> body = Map.of("retries", 1, "duedate", "2031-01-01T00:00:00.000+0100",
          "suspended", true, "priority", 1);
      ResponseEntity<String> a = basic("fk.neukoelln", HttpMethod.PUT, path.formatted(jobId), body);
      ResponseEntity<String> b = basic("fk.neukoelln", HttpMethod.PUT, path.formatted(nobody), body);
      assertThat(a.getStatusCode().value()).as(path + " foreign: " + a.getBody())
          .isEqualTo(b.getStatusCode().value()).isEqualTo(404);
    }
    assertThat(asAdmin(() -> taskService.createTaskQuery().taskId(taskId).count())).isEqualTo(1);
  }

  // ------------------------------------------------------------------ lockout

  /** Wrong passwords slow the login down, but never lock the account for good. */
  @Test
  void wrongPasswordsNeverLockAnAccountForGood() {
    String user = "probe." + RUN;
    var entity = identityService.newUser(user);
    entity.setPassword("richtig-" + RUN);
    identityService.saveUser(entity);
    try {
      for (int attempt = 1; attempt <= 12; attempt++) {
        assertThat(basic(user, "falsch", HttpMethod.GET, "/engine-rest/task/count").getStatusCode()
            .value()).isEqualTo(401);
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()
            + 61_000L); // past the throttle (at most 60 s)
      }
      assertThat(basic(user, "richtig-" + RUN, HttpMethod.GET, "/engine-rest/task/count")
          .getStatusCode().value()).isEqualTo(200);
    } finally {
      ClockUtil.reset();
      identityService.deleteUser(user);
    }
  }

  // ------------------------------------------------------------------ helpers

  private ResponseEntity<String> basic(String user, HttpMethod method, String path, Object body) {
    return http.call(user, "admin".equals(user) ? "admin" : "demo", method, path, body);
  }

  private ResponseEntity<String> basic(String user, String password, HttpMethod method,
      String path) {
    return http.call(user, password, method, path, null);
  }

  private String definitionId(String key) {
    return asAdmin(() -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult()).getId();
  }

  /** Engine calls of the test itself, without the authentication a request left behind. */
  private <T> T asAdmin(java.util.function.Supplier<T> call) {
    identityService.clearAuthentication();
    return call.get();
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Berlin"));
  }
}

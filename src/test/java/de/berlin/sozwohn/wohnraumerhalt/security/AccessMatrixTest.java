package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.HttpProbe;
import de.berlin.sozwohn.wohnraumerhalt.support.HttpProbe.Browser;
import de.berlin.sozwohn.wohnraumerhalt.support.Webapps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Who may do what (SPEC §1, §7, §8), over HTTP only: every demo role against the intake, the case
 * data in Camunda's REST API (tasks, process instance variables, history), the letters, model
 * deployment and the webapp logins. "Denied" is asserted precisely: the status code, and for reads
 * that Camunda answers with a (filtered) list, that no Mitte data is in it.
 *
 * <p>One Mitte case is opened once (by {@code fk.mitte}); the rows read it.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  /** A demo role and what it may do. {@code webapps}: the apps whose login succeeds. */
  enum Role {
    ADMIN("admin", "admin", 201, 201, true, true, true, Set.of("admin", "cockpit", "tasklist")),
    FK_MITTE("fk.mitte", "demo", 201, 403, true, true, false, Set.of("tasklist")),
    FK_NEUKOELLN("fk.neukoelln", "demo", 403, 201, false, false, false, Set.of("tasklist")),
    LEITUNG_MITTE("leitung.mitte", "demo", 201, 403, true, true, false, Set.of("tasklist", "cockpit")),
    /** Process owner: sees the flows (tasks, instances, history) but no personal variables. */
    PROZESS("prozess", "demo", 403, 403, true, false, false, Set.of("cockpit")),
    /** GPM consultant: deploys models, reads no cases. */
    GPM("gpm", "demo", 403, 403, false, false, true, Set.of("cockpit")),
    /** Monitoring: aggregated indicators only, no instance data at all, no webapp. */
    MONITORING("monitoring", "demo", 403, 403, false, false, false, Set.of()),
    ANONYMOUS(null, null, 401, 401, false, false, false, Set.of());

    final String user;
    final String password;
    final int courtMitte;
    final int courtNeukoelln;
    /** sees Mitte's case in tasks, instances and history */
    final boolean seesMitteFlow;
    /** reads Mitte's case data: variables, history variables, letters */
    final boolean readsMitteData;
    final boolean deploys;
    final Set<String> webapps;

    Role(String user, String password, int courtMitte, int courtNeukoelln, boolean seesMitteFlow,
        boolean readsMitteData, boolean deploys, Set<String> webapps) {
      this.user = user;
      this.password = password;
      this.courtMitte = courtMitte;
      this.courtNeukoelln = courtNeukoelln;
      this.seesMitteFlow = seesMitteFlow;
      this.readsMitteData = readsMitteData;
      this.deploys = deploys;
      this.webapps = webapps;
    }
  }

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();

  String caseId;
  String processInstanceId;
  String taskId;
  String householdName;

  /** See {@link Webapps#freshRuntimeDelegates()}. */
  @BeforeAll
  void freshWebappDelegates() {
    Webapps.freshRuntimeDelegates();
  }

  @BeforeAll
  void openMitteCase() throws Exception {
    for (Role role : Role.values()) {
      if (role.user != null) { // a wrong password elsewhere in the suite may have locked a user
        call(Role.ADMIN, HttpMethod.POST, "/engine-rest/user/" + role.user + "/unlock", Map.of());
      }
    }
    householdName = "Erika Matrix " + RUN;
    ResponseEntity<String> opened = call(Role.FK_MITTE, HttpMethod.POST, "/api/notices/court",
        courtNotice("mitte"));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(opened.getBody());
    caseId = body.path("caseId").asText();
    processInstanceId = body.path("processInstanceId").asText();
    JsonNode tasks = json.readTree(call(Role.FK_MITTE, HttpMethod.GET,
        "/engine-rest/task?processInstanceId=" + processInstanceId, null).getBody());
    // the letter, and from the case's start the contact
    assertThat(tasks.findValuesAsText("taskDefinitionKey"))
        .containsExactlyInAnyOrder("SendCourtLetter", "RecordContact");
    JsonNode letter = json.readTree(call(Role.FK_MITTE, HttpMethod.GET, "/engine-rest/task"
        + "?processInstanceId=" + processInstanceId + "&taskDefinitionKey=SendCourtLetter", null)
        .getBody());
    assertThat(letter).hasSize(1);
    taskId = letter.get(0).path("id").asText();
  }

  // ------------------------------------------------------------------ intake

  @ParameterizedTest
  @EnumSource(Role.class)
  void intake(Role role) {
    assertStatus(call(role, HttpMethod.POST, "/api/notices/court", courtNotice("mitte")),
        role.courtMitte);
    assertStatus(call(role, HttpMethod.POST, "/api/notices/court", courtNotice("neukoelln")),
        role.courtNeukoelln);
  }

  // ------------------------------------------------------------------ the flow: tasks, instances, history

  @ParameterizedTest
  @EnumSource(Role.class)
  void tasks(Role role) {
    ResponseEntity<String> list = call(role, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, null);
    ResponseEntity<String> all = call(role, HttpMethod.GET, "/engine-rest/task?maxResults=500", null);
    ResponseEntity<String> one = call(role, HttpMethod.GET, "/engine-rest/task/" + taskId, null);
    if (role == Role.ANONYMOUS) {
      assertStatus(list, 401);
      assertStatus(one, 401);
      return;
    }
    assertStatus(list, 200);
    assertStatus(all, 200);
    if (role.seesMitteFlow) {
      assertThat(list.getBody()).contains(taskId);
      assertStatus(one, 200);
    } else {
      assertThat(list.getBody()).isEqualTo("[]");
      assertNoMitteData(all);
      assertStatus(one, 404);
    }
    if (role == Role.MONITORING || role == Role.GPM) {
      assertThat(all.getBody()).as("no task of any district").isEqualTo("[]");
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void processInstanceVariables(Role role) {
    ResponseEntity<String> variables = call(role, HttpMethod.GET,
        "/engine-rest/process-instance/" + processInstanceId + "/variables", null);
    ResponseEntity<String> instances = call(role, HttpMethod.GET,
        "/engine-rest/process-instance?businessKey=" + caseId, null);
    if (role == Role.ANONYMOUS) {
      assertStatus(variables, 401);
      assertStatus(instances, 401);
      return;
    }
    assertStatus(instances, 200);
    assertThat(instances.getBody().contains(processInstanceId)).isEqualTo(role.seesMitteFlow);
    if (role.readsMitteData) {
      assertStatus(variables, 200);
      assertThat(variables.getBody()).contains(householdName);
    } else {
      assertThat(variables.getStatusCode().value()).as(variables.getBody()).isIn(403, 404);
      assertNoMitteData(variables);
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void history(Role role) {
    ResponseEntity<String> instances = call(role, HttpMethod.GET,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId, null);
    ResponseEntity<String> variables = call(role, HttpMethod.GET,
        "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId, null);
    ResponseEntity<String> allInstances = call(role, HttpMethod.GET,
        "/engine-rest/history/process-instance?maxResults=500", null);
    if (role == Role.ANONYMOUS) {
      assertStatus(instances, 401);
      assertStatus(variables, 401);
      return;
    }
    assertStatus(instances, 200);
    assertStatus(variables, 200);
    assertThat(instances.getBody().contains(processInstanceId)).isEqualTo(role.seesMitteFlow);
    if (role.readsMitteData) {
      assertThat(variables.getBody()).contains(householdName);
    } else {
      assertNoMitteData(variables);
    }
    if (role == Role.MONITORING || role == Role.GPM) {
      assertThat(allInstances.getBody()).as("no case of any district").isEqualTo("[]");
    }
  }

  // ------------------------------------------------------------------ letters, models

  @ParameterizedTest
  @EnumSource(Role.class)
  void letters(Role role) {
    ResponseEntity<String> letters = call(role, HttpMethod.GET,
        "/api/cases/" + caseId + "/letters", null);
    if (role == Role.ANONYMOUS) {
      assertStatus(letters, 401);
    } else if (role.readsMitteData) {
      assertStatus(letters, 200);
    } else {
      assertStatus(letters, 404); // as for a case that does not exist
      assertNoMitteData(letters);
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void deployment(Role role) throws Exception {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "matrix-" + RUN + "-" + role);
    body.add("deployment-source", "access-matrix-test");
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    partHeaders.setContentDispositionFormData("data", "matrix-" + role + ".form");
    body.add("data", new HttpEntity<>(("{\"id\":\"matrix\",\"type\":\"default\",\"components\":[]}")
        .getBytes(StandardCharsets.UTF_8), partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> created = client(role).exchange("/engine-rest/deployment/create",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    if (role == Role.ANONYMOUS) {
      assertStatus(created, 401);
    } else if (role.deploys) {
      assertStatus(created, 200);
      String id = json.readTree(created.getBody()).path("id").asText();
      assertStatus(call(role, HttpMethod.DELETE, "/engine-rest/deployment/" + id, null), 204);
    } else {
      assertStatus(created, 403);
    }
  }

  // ------------------------------------------------------------------ webapps

  @ParameterizedTest
  @EnumSource(Role.class)
  void webappLogin(Role role) throws Exception {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      int status = webappLogin(role, app);
      if (role == Role.ANONYMOUS) {
        assertThat(status).as("%s without login", app).isIn(401, 403);
      } else if (role.webapps.contains(app)) {
        assertThat(status).as("%s logs into %s", role.user, app).isEqualTo(200);
      } else {
        assertThat(status).as("%s logs into %s", role.user, app).isIn(401, 403);
      }
    }
  }

  /**
   * With enforceSpecificVariablePermission the webapps still work: Tasklist (through its own
   * session and API) shows a Mitte caseworker the task and its form variables; Cockpit shows the
   * process owner the instance, but not its variables.
   */
  @Test
  void tasklistShowsTheCaseworkerTheFormAndCockpitHidesVariablesFromTheProcessOwner()
      throws Exception {
    String engine = "/api/engine/engine/default";
    Browser tasklist = webappSession(Role.FK_MITTE, "tasklist");
    HttpResponse<String> task = tasklist.get(engine + "/task/" + taskId);
    assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
    HttpResponse<String> formVariables = tasklist.get(
        engine + "/task/" + taskId + "/form-variables");
    assertThat(formVariables.statusCode()).as(formVariables.body()).isEqualTo(200);
    assertThat(formVariables.body()).contains("appointmentAt");
    HttpResponse<String> taskVariables = tasklist.get(engine + "/task/" + taskId + "/variables");
    assertThat(taskVariables.body()).contains(householdName);

    Browser cockpit = webappSession(Role.PROZESS, "cockpit");
    HttpResponse<String> instance = cockpit.get(engine + "/process-instance/" + processInstanceId);
    assertThat(instance.statusCode()).as(instance.body()).isEqualTo(200);
    HttpResponse<String> history = cockpit.get(
        engine + "/history/activity-instance?processInstanceId=" + processInstanceId);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(history.body()).contains("SendCourtLetter");
    HttpResponse<String> variables = cockpit.get(
        engine + "/process-instance/" + processInstanceId + "/variables");
    assertThat(variables.body()).doesNotContain(householdName);
    HttpResponse<String> historicVariables = cockpit.get(
        engine + "/history/variable-instance?processInstanceId=" + processInstanceId);
    assertThat(historicVariables.body()).doesNotContain(householdName);
  }

  /**
   * The webapps' CSRF protection stays on: a state-changing request of a logged-in browser session
   * without the session's token is refused, and so is a login without it.
   */
  @Test
  void theWebappsRefuseRequestsWithoutTheirCsrfToken() throws Exception {
    String base = "http://localhost:" + port + "/camunda";
    HttpClient tasklist = webappSession(Role.FK_MITTE, "tasklist").client();
    HttpResponse<String> claim = tasklist.send(HttpRequest.newBuilder(URI.create(base
            + "/api/engine/engine/default/task/" + taskId + "/claim"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"fk.mitte\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
    assertThat(claim.headers().firstValue("X-XSRF-TOKEN")).contains("Required");

    HttpClient stranger = http().browser().client();
    stranger.send(HttpRequest.newBuilder(URI.create(base + "/app/welcome/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login = stranger.send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=fk.mitte&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(403);
    JsonNode task = json.readTree(call(Role.FK_MITTE, HttpMethod.GET, "/engine-rest/task/" + taskId,
        null).getBody());
    assertThat(task.path("assignee").isNull()).as("the refused claim changed nothing").isTrue();
  }

  // ------------------------------------------------------------------ audit

  /**
   * restrictUserOperationLogToAuthenticatedUsers (Camunda's default, true): what a user does
   * through the REST API is in the user operation log with the user's id.
   */
  @Test
  void completingATaskViaRestIsLoggedWithTheUser() throws Exception {
    ResponseEntity<String> opened = call(Role.FK_MITTE, HttpMethod.POST, "/api/notices/court",
        courtNotice("mitte"));
    assertStatus(opened, 201);
    String instance = json.readTree(opened.getBody()).path("processInstanceId").asText();
    String task = json.readTree(call(Role.FK_MITTE, HttpMethod.GET,
        "/engine-rest/task?processInstanceId=" + instance, null).getBody()).get(0).path("id").asText();
    assertStatus(call(Role.FK_MITTE, HttpMethod.POST, "/engine-rest/task/" + task + "/claim",
        Map.of("userId", "fk.mitte")), 204);

    JsonNode log = json.readTree(call(Role.ADMIN, HttpMethod.GET,
        "/engine-rest/history/user-operation?taskId=" + task, null).getBody());
    List<String> entries = new ArrayList<>();
    log.forEach(entry -> entries.add(entry.path("operationType").asText() + " by "
        + entry.path("userId").asText()));
    assertThat(entries).contains("Claim by fk.mitte");
  }

  // ------------------------------------------------------------------ helpers

  Map<String, Object> courtNotice(String district) {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", householdName);
    household.put("street", "Matrixweg " + NUMBERS.incrementAndGet() + " " + RUN);
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    household.put("phone", null);
    household.put("email", null);
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", district);
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", "7 C " + NUMBERS.incrementAndGet() + "-" + RUN + "/26");
    notice.put("receivedOn", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Berlin")).toString());
    notice.put("household", household);
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 1200.00);
    notice.put("hearingOn", null);
    return notice;
  }

  TestRestTemplate client(Role role) {
    return role.user == null ? rest : rest.withBasicAuth(role.user, role.password);
  }

  ResponseEntity<String> call(Role role, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    try {
      String content = body == null ? null : json.writeValueAsString(body);
      return client(role).exchange(path, method, new HttpEntity<>(content, headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Logs into a Camunda webapp as the browser does; returns the login's status. */
  int webappLogin(Role role, String app) throws Exception {
    return http().browser().login(role.user, role.password, app);
  }

  /** A browser logged into the webapp (its session cookie). */
  Browser webappSession(Role role, String app) throws Exception {
    return http().login(role.user, role.password, app);
  }

  HttpProbe http() {
    return new HttpProbe(rest, port);
  }

  /** No personal data of the Mitte case (a 404 may repeat the id the caller sent). */
  void assertNoMitteData(ResponseEntity<String> response) {
    assertThat(response.getBody() == null ? "" : response.getBody())
        .doesNotContain(householdName).doesNotContain("Matrixweg").doesNotContain("Wohnbau");
  }

  static void assertStatus(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
  }
}

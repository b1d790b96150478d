package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowFixtures;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The four history resources of the Cockpit plugin over HTTP, logged in to the webapp as each
 * demo user, on two kinds of data:
 *
 * <ul>
 *   <li>three real cases started on Monday 2 March 2026 09:00 – A and B in Mitte, C in Neukölln;
 *       A's letter (SendCourtLetter, due Thursday 5 March 23:59) sent by fk.mitte on 3 March; the
 *       clock then stands on Friday 20 March 2026 10:00: every open task is 14 working days old
 *       (3–6, 9–13, 16–20 March), the two open letters are overdue;
 *   <li>hand-made flow facts of June 2025: Mitte's case F1 with letters done in 1 (in time) and 4
 *       (late) working days, Neukölln's case F2 with one in 6 (in time); a deadline event in Mitte
 *       on 10 February 2026.
 * </ul>
 *
 * <p>An own context, as {@link CockpitPluginTest} explains (the webapp's filters are initialised
 * from the context started last).
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitFlowApiTest {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/wohnraumerhalt";
  static final String PROCESS = ProcessKeys.PROCESS;
  static final String JUNE_2025 = "from=2025-06-01&to=2025-06-30";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  FlowFixtures fixtures;
  String data;
  String caseA;
  String caseC;
  String caseIdA;
  String f1;
  String f2;
  String caseIdF1;

  @BeforeAll
  void cases() {
    data = PLUGIN + "/" + engine.getName();
    fixtures = new FlowFixtures(jdbc);
    TestClock.at("2026-03-02T09:00");
    caseA = startCourtCase("mitte");
    startCourtCase("mitte");
    caseC = startCourtCase("neukoelln");
    TestClock.at("2026-03-03T10:00");
    Task letter = engine.getTaskService().createTaskQuery().processInstanceId(caseA)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    engine.getTaskService().setAssignee(letter.getId(), "fk.mitte");
    engine.getTaskService().complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON,
        "2026-03-03", CaseVariables.APPOINTMENT_AT, "2026-03-10T10:00"));
    TestClock.at("2026-03-20T10:00");
    caseIdA = fixtures.caseId(caseA, "mitte");

    f1 = fixtures.flowCase(PROCESS, "mitte", "2025-05-20", "2025-06-10", "CaseCompleted", false,
        false);
    fixtures.task(f1, "mitte", "SendCourtLetter", "2025-06-02", 1, true);
    fixtures.task(f1, "mitte", "SendCourtLetter", "2025-06-09", 4, false);
    fixtures.step(f1, PROCESS, "mitte", "SendCourtLetterDeadline", "boundaryTimer", "2026-02-10",
        0, null, false, true);
    caseIdF1 = fixtures.caseId(f1, "mitte");
    f2 = fixtures.flowCase(PROCESS, "neukoelln", "2025-05-02", "2025-06-20", "CaseHandedOver",
        false, false);
    fixtures.task(f2, "neukoelln", "SendCourtLetter", "2025-06-05", 6, true);
  }

  @AfterAll
  void cleanUp() {
    fixtures.cleanUp();
    TestClock.reset();
  }

  // ------------------------------------------------------------------ verlauf

  /** All: letters 1 4 6 → median 4, p90 rank 3 → 6, 2 of 3 in time; Mitte: 1 4 → 2.5, 4, 50 %. */
  @Test
  void overviewForProcessOwnerGpmAndTeamLead() throws Exception {
    JsonNode all = ok(login("prozess", "demo").get(data + "/verlauf?" + JUNE_2025));
    assertThat(all.get("processKey").asText()).isEqualTo("wohnraumerhalt");
    assertThat(all.get("from").asText()).isEqualTo("2025-06-01");
    assertThat(all.get("to").asText()).isEqualTo("2025-06-30");
    assertThat(all.get("district").isNull()).isTrue();
    assertThat(all.get("districts")).hasSize(12);
    JsonNode letters = activity(all, "SendCourtLetter");
    assertThat(letters.get("activityType").asText()).isEqualTo("userTask");
    assertThat(letters.get("count").asLong()).isEqualTo(3);
    assertThat(letters.get("canceled").asLong()).isZero();
    assertThat(letters.get("medianDays").asDouble()).isEqualTo(4.0);
    assertThat(letters.get("p90Days").asInt()).isEqualTo(6);
    assertThat(letters.get("dueCount").asLong()).isEqualTo(3);
    assertThat(letters.get("withinDue").asLong()).isEqualTo(2);
    assertThat(letters.get("withinDuePercent").asDouble()).isEqualTo(66.7);
    assertThat(letters.get("heat").asDouble()).isEqualTo(1.0);
    assertThat(all.get("finished").asLong()).isEqualTo(2);
    assertThat(all.get("deleted").asLong()).isZero();
    assertThat(all.get("endEvents").get(0).get("activityId").asText()).isIn("CaseCompleted",
        "CaseHandedOver");
    assertThat(all.get("outcomes")).hasSize(5);
    assertThat(all.get("flows").isArray()).isTrue();

    JsonNode gpm = ok(login("gpm", "demo").get(data + "/verlauf?" + JUNE_2025));
    assertThat(activity(gpm, "SendCourtLetter").get("count").asLong()).isEqualTo(3);

    Session lead = login("leitung.mitte", "demo");
    JsonNode mitte = ok(lead.get(data + "/verlauf?" + JUNE_2025));
    assertThat(mitte.get("districts")).hasSize(1);
    assertThat(mitte.get("districts").get(0).get("name").asText()).isEqualTo("Mitte");
    JsonNode own = activity(mitte, "SendCourtLetter");
    assertThat(own.get("count").asLong()).isEqualTo(2);
    assertThat(own.get("medianDays").asDouble()).isEqualTo(2.5);
    assertThat(own.get("p90Days").asInt()).isEqualTo(4);
    assertThat(own.get("withinDuePercent").asDouble()).isEqualTo(50.0);
    assertThat(mitte.get("finished").asLong()).isEqualTo(1);
    HttpResponse<String> foreign = lead.get(data + "/verlauf?district=neukoelln&" + JUNE_2025);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(json.readTree(foreign.body()).get("title").asText()).isEqualTo("Keine Berechtigung");
  }

  /** The real case A, recorded by the engine: its letter took 1 working day, within its due date. */
  @Test
  void overviewOfTheRecordedEngineCases() throws Exception {
    assumeFalse(TestProfiles.onPostgres(), "counts every case of March 2026 in Mitte: on the "
        + "suite's shared PostgreSQL schema other test classes' cases of that month are there too");
    JsonNode march = ok(login("leitung.mitte", "demo").get(data
        + "/verlauf?from=2026-03-01&to=2026-03-31"));
    JsonNode letters = activity(march, "SendCourtLetter");
    assertThat(letters.get("count").asLong()).isEqualTo(1);
    assertThat(letters.get("medianDays").asDouble()).isEqualTo(1.0);
    assertThat(letters.get("withinDuePercent").asDouble()).isEqualTo(100.0);
  }

  // ------------------------------------------------------------------ engpaesse

  @Test
  void bottlenecksByAgeAndDistrict() throws Exception {
    assumeFalse(TestProfiles.onPostgres(), "counts every open task: on the suite's shared "
        + "PostgreSQL schema other test classes' open cases are there too");
    JsonNode all = ok(login("prozess", "demo").get(data + "/engpaesse"));
    assertThat(all.get("today").asText()).isEqualTo("2026-03-20");
    assertThat(texts(all.get("buckets"))).containsExactly("0–3", "4–10", "11–20", "über 20");
    JsonNode tasks = all.get("tasks");
    assertThat(tasks).hasSize(4);
    assertTaskGroup(tasks.get(0), "SendCourtLetter", "mitte", 1, 1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("Standardanschreiben versenden");
    assertTaskGroup(tasks.get(1), "RecordContact", "mitte", 2, 0);
    assertTaskGroup(tasks.get(2), "SendCourtLetter", "neukoelln", 1, 1);
    assertTaskGroup(tasks.get(3), "RecordContact", "neukoelln", 1, 0);
    assertThat(all.get("longestHidden").asBoolean()).isFalse();
    JsonNode longest = all.get("longest");
    assertThat(longest).hasSize(5);
    for (JsonNode task : longest) {
      assertThat(task.get("ageDays").asInt()).isEqualTo(14);
      assertThat(task.get("createdAt").asText()).isEqualTo("2026-03-02T09:00:00");
    }
    JsonNode letterA = find(longest, t -> t.get("processInstanceId").asText().equals(caseA));
    assertThat(letterA.get("taskKey").asText()).isEqualTo("RecordContact");
    assertThat(letterA.get("caseId").asText()).isEqualTo(caseIdA);
    JsonNode letterC = find(longest, t -> t.get("processInstanceId").asText().equals(caseC)
        && t.get("taskKey").asText().equals("SendCourtLetter"));
    assertThat(letterC.get("due").asText()).isEqualTo("2026-03-05T23:59:00");
    assertThat(letterC.get("overdue").asBoolean()).isTrue();
    assertThat(letterC.get("district").asText()).isEqualTo("neukoelln");
    JsonNode escalations = all.get("escalations");
    assertThat(texts(escalations.get("months"))).hasSize(12).startsWith("2025-04")
        .endsWith("2026-03");
    JsonNode mitte = escalations.get("districts").get(0);
    assertThat(mitte.get("id").asText()).isEqualTo("mitte");
    assertThat(longs(mitte.get("counts"))).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
        1L, 0L);

    JsonNode lead = ok(login("leitung.mitte", "demo").get(data + "/engpaesse"));
    assertThat(lead.get("tasks")).hasSize(2);
    assertThat(lead.get("longest")).hasSize(3);
    for (JsonNode task : lead.get("longest")) {
      assertThat(task.get("district").asText()).isEqualTo("mitte");
    }
    assertThat(lead.get("escalations").get("districts")).hasSize(1);

    JsonNode gpm = ok(login("gpm", "demo").get(data + "/engpaesse"));
    assertThat(gpm.get("tasks")).hasSize(4);
    assertThat(gpm.get("longestHidden").asBoolean()).isTrue();
    assertThat(gpm.get("longest")).isEmpty();
    JsonNode gpmNeukoelln = ok(login("gpm", "demo").get(data + "/engpaesse?district=neukoelln"));
    assertThat(gpmNeukoelln.get("tasks")).hasSize(2);
  }

  // ------------------------------------------------------------------ faelle

  @Test
  void finishedCasesForProcessOwnerAndTeamLeadNotGpm() throws Exception {
    JsonNode all = ok(login("prozess", "demo").get(data + "/faelle?" + JUNE_2025));
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(all.get("size").asInt()).isEqualTo(50);
    JsonNode cases = all.get("cases");
    assertThat(cases.get(0).get("processInstanceId").asText()).isEqualTo(f2);
    JsonNode first = cases.get(1);
    assertThat(first.get("processInstanceId").asText()).isEqualTo(f1);
    assertThat(first.get("caseId").asText()).isEqualTo(caseIdF1);
    assertThat(first.get("startedOn").asText()).isEqualTo("2025-05-20");
    assertThat(first.get("endedOn").asText()).isEqualTo("2025-06-10");
    assertThat(first.get("durationDays").asInt()).isEqualTo(21);
    assertThat(first.get("endEventName").asText()).isEqualTo("Nachhaltigkeit geprüft");
    assertThat(first.get("historyAvailable").asBoolean()).isFalse();
    assertThat(all.get("outcomeNames").get("housing-retained").asText())
        .isEqualTo("Wohnung erhalten");

    JsonNode filtered = ok(login("prozess", "demo").get(data + "/faelle?" + JUNE_2025
        + "&endEvent=CaseHandedOver&deadlineMissed=false&page=0&size=10"));
    assertThat(filtered.get("total").asLong()).isEqualTo(1);
    assertThat(filtered.get("cases").get(0).get("processInstanceId").asText()).isEqualTo(f2);

    JsonNode lead = ok(login("leitung.mitte", "demo").get(data + "/faelle?" + JUNE_2025));
    assertThat(lead.get("total").asLong()).isEqualTo(1);
    assertThat(login("leitung.mitte", "demo").get(data + "/faelle?district=neukoelln")
        .statusCode()).isEqualTo(403);
    assertThat(login("gpm", "demo").get(data + "/faelle").statusCode()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ timeline

  /** Admin and the district's team lead see who completed the letter; the process owner not. */
  @Test
  void timelineOfARunningCaseFromCamundasHistory() throws Exception {
    JsonNode admin = ok(login("admin", "admin").get(data + "/faelle/" + caseA + "/verlauf"));
    assertThat(admin.get("caseId").asText()).isEqualTo(caseIdA);
    assertThat(admin.get("district").asText()).isEqualTo("mitte");
    assertThat(admin.get("state").asText()).isEqualTo("running");
    assertThat(admin.get("historyAvailable").asBoolean()).isTrue();
    assertThat(admin.get("showUsers").asBoolean()).isTrue();
    assertThat(admin.get("startedAt").asText()).isEqualTo("2026-03-02T09:00:00");
    assertThat(admin.get("endedAt").isNull()).isTrue();
    JsonNode letter = step(admin, "SendCourtLetter");
    assertThat(letter.get("name").asText()).isEqualTo("Standardanschreiben versenden");
    assertThat(letter.get("startedAt").asText()).isEqualTo("2026-03-02T09:00:00");
    assertThat(letter.get("endedAt").asText()).isEqualTo("2026-03-03T10:00:00");
    assertThat(letter.get("workingDays").asInt()).isEqualTo(1);
    assertThat(letter.get("canceled").asBoolean()).isFalse();
    assertThat(letter.get("completedBy").asText()).isEqualTo("fk.mitte");
    JsonNode contact = step(admin, "RecordContact");
    assertThat(contact.get("endedAt").isNull()).isTrue();
    assertThat(contact.get("workingDays").asInt()).isEqualTo(14);
    assertThat(contact.get("completedBy").isNull()).isTrue();

    JsonNode lead = ok(login("leitung.mitte", "demo").get(data + "/faelle/" + caseA + "/verlauf"));
    assertThat(step(lead, "SendCourtLetter").get("completedBy").asText()).isEqualTo("fk.mitte");

    JsonNode owner = ok(login("prozess", "demo").get(data + "/faelle/" + caseA + "/verlauf"));
    assertThat(owner.get("showUsers").asBoolean()).isFalse();
    assertThat(step(owner, "SendCourtLetter").get("completedBy").isNull()).isTrue();
    assertThat(owner.toString()).doesNotContain("fk.mitte", "Mustermann", "letterSentOn");
  }

  @Test
  void timelineOfACaseWhoseHistoryIsGone() throws Exception {
    JsonNode owner = ok(login("prozess", "demo").get(data + "/faelle/" + f1 + "/verlauf"));
    assertThat(owner.get("historyAvailable").asBoolean()).isFalse();
    assertThat(owner.get("state").asText()).isEqualTo("finished");
    assertThat(owner.get("endedAt").asText()).isEqualTo("2025-06-10T16:00:00");
    assertThat(owner.get("steps")).hasSize(3);
    assertThat(owner.get("steps").get(0).get("name").asText())
        .isEqualTo("Standardanschreiben versenden");
  }

  @Test
  void timelineAccessAndUnknownInstances() throws Exception {
    Session lead = login("leitung.mitte", "demo");
    HttpResponse<String> foreign = lead.get(data + "/faelle/" + caseC + "/verlauf");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(json.readTree(foreign.body()).get("detail").asText())
        .isEqualTo("Diesen Fall sehen Sie nicht: er gehört zum Bezirk Neukölln.");
    assertThat(login("gpm", "demo").get(data + "/faelle/" + caseA + "/verlauf").statusCode())
        .isEqualTo(403);

    HttpResponse<String> unknown = login("prozess", "demo").get(data
        + "/faelle/does-not-exist/verlauf");
    assertThat(unknown.statusCode()).isEqualTo(404);
    JsonNode problem = json.readTree(unknown.body());
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("title").asText()).isEqualTo("Nicht gefunden");
  }

  // ------------------------------------------------------------------ refusals, bad input

  @Test
  void caseworkersAndMonitoringAreRefused() throws Exception {
    // a caseworker logged in to Tasklist has no Cockpit
    Session caseworker = login("fk.mitte", "demo", "tasklist");
    for (String path : List.of("/verlauf", "/engpaesse", "/faelle", "/faelle/" + caseA + "/verlauf")) {
      assertThat(caseworker.get(data + path).statusCode()).as(path).isEqualTo(403);
    }
    // monitoring has no Cockpit either: refused at the login or by the resource
    Session monitoring = new Session();
    int status = monitoring.login("monitoring", "demo", "cockpit");
    if (status == 200) {
      assertThat(monitoring.get(data + "/engpaesse").statusCode()).isEqualTo(403);
    } else {
      assertThat(status).isIn(401, 403);
      assertThat(monitoring.get(data + "/engpaesse").statusCode()).isIn(401, 403);
    }
    assertThat(new Session().get(data + "/verlauf").statusCode()).isIn(401, 403);
  }

  @Test
  void badInputIs400() throws Exception {
    Session owner = login("prozess", "demo");
    HttpResponse<String> badDate = owner.get(data + "/verlauf?from=2026-13-01");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badDate.body()).get("detail").asText()).contains("JJJJ-MM-TT");
    assertThat(owner.get(data + "/verlauf?from=2026-07-01&to=2026-01-01").statusCode())
        .isEqualTo(400);
    assertThat(owner.get(data + "/verlauf?district=atlantis").statusCode()).isEqualTo(400);
    assertThat(owner.get(data + "/verlauf?processKey=nope").statusCode()).isEqualTo(400);
    assertThat(owner.get(data + "/faelle?deadlineMissed=vielleicht").statusCode()).isEqualTo(400);
    assertThat(owner.get(data + "/faelle?page=erste").statusCode()).isEqualTo(400);
    assertThat(owner.get(data + "/faelle?outcome=won").statusCode()).isEqualTo(400);
  }

  // ------------------------------------------------------------------ helpers

  private String startCourtCase(String district) {
    String caseId = TestCaseIds.next("FLOW");
    return engine.getRuntimeService().createMessageCorrelation(ProcessKeys.MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice(district,
            "7 C " + caseId + "/26", LocalDate.parse("2026-03-02"), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage().getId();
  }

  private void assertTaskGroup(JsonNode group, String taskKey, String district, long open,
      long overdue) {
    assertThat(group.get("taskKey").asText()).isEqualTo(taskKey);
    assertThat(group.get("district").asText()).isEqualTo(district);
    assertThat(group.get("open").asLong()).isEqualTo(open);
    assertThat(group.get("overdue").asLong()).isEqualTo(overdue);
    assertThat(longs(group.get("byAge"))).containsExactly(0L, 0L, open, 0L);
    assertThat(group.get("medianAgeDays").asDouble()).isEqualTo(14.0);
  }

  private JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode activity(JsonNode overview, String id) {
    return find(overview.get("activities"), a -> a.get("activityId").asText().equals(id));
  }

  private static JsonNode step(JsonNode timeline, String id) {
    return find(timeline.get("steps"), s -> s.get("activityId").asText().equals(id));
  }

  private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode node : array) {
      if (test.test(node)) {
        return node;
      }
    }
    throw new AssertionError("not found in " + array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asLong()));
    return values;
  }

  Session login(String user, String password) throws Exception {
    return login(user, password, "cockpit");
  }

  Session login(String user, String password, String app) throws Exception {
    Session session = new Session();
    assertThat(session.login(user, password, app)).as(user + " → " + app).isEqualTo(200);
    return session;
  }

  /** A browser's session: the XSRF cookie first, then the form POST of the webapp's login. */
  class Session {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    int login(String user, String password, String app) throws Exception {
      get("/camunda/app/cockpit/" + engine.getName() + "/");
      String token = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
          .orElse("");
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(password, StandardCharsets.UTF_8);
      return client.send(HttpRequest.newBuilder(
              uri("/camunda/api/admin/auth/user/" + engine.getName() + "/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, */*")
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}

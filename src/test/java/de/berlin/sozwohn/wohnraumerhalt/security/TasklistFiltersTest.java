package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist filters of {@link IdentitySetup} as each role gets them through the REST API that
 * Tasklist uses: caseworkers and team leads see their district's tasks and the overdue ones, the
 * administrators a filter over all districts; every list is sorted by due date, the overdue tasks
 * first and the tasks without a due date last – on H2 and in the PostgreSQL run alike.
 */
@AppTest
class TasklistFiltersTest {

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  final LocalDate today = LocalDate.now(TestClock.BERLIN);
  final String street = "Filterweg 3 " + UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void cases() throws Exception {
    // Mitte: a letter three weeks overdue and a fresh one; Neukölln: a fresh one
    fileCourtNotice("fk.mitte", "mitte", "Olga Spät", today.minusDays(21));
    fileCourtNotice("fk.mitte", "mitte", "Fritz Frisch", today);
    fileCourtNotice("fk.neukoelln", "neukoelln", "Nora Neu", today.minusDays(1));
  }

  @Test
  void teamLeadsSeeTheirDistrictsTasksAndTheOverdueOnes() throws Exception {
    Map<String, String> filters = filters("leitung.mitte");
    assertThat(filters).containsKeys(IdentitySetup.FILTER_DISTRICT_TASKS,
        IdentitySetup.FILTER_MY_TASKS, IdentitySetup.FILTER_OVERDUE)
        .doesNotContainKey(IdentitySetup.FILTER_ALL_DISTRICTS);

    List<JsonNode> district = list("leitung.mitte", filters.get(IdentitySetup.FILTER_DISTRICT_TASKS));
    assertThat(names(district)).containsExactly(
        "Standardanschreiben versenden", "Standardanschreiben versenden",
        "Kontakt erfassen", "Kontakt erfassen");
    assertDueDateOrder(district);
    assertThat(households(district)).doesNotContain("Nora Neu");

    List<JsonNode> overdue = list("leitung.mitte", filters.get(IdentitySetup.FILTER_OVERDUE));
    assertThat(names(overdue)).containsExactly("Standardanschreiben versenden");
  }

  @Test
  void caseworkersDoNotSeeTheAdministratorsFilter() throws Exception {
    assertThat(filters("fk.mitte")).containsKeys(IdentitySetup.FILTER_DISTRICT_TASKS,
        IdentitySetup.FILTER_OVERDUE).doesNotContainKey(IdentitySetup.FILTER_ALL_DISTRICTS);
  }

  @Test
  void administratorsSeeEveryDistrictFirst() throws Exception {
    Map<String, String> filters = filters("admin");
    assertThat(filters).containsKey(IdentitySetup.FILTER_ALL_DISTRICTS);
    JsonNode all = get("admin", "/engine-rest/filter/" + filters.get(IdentitySetup.FILTER_ALL_DISTRICTS));
    assertThat(all.path("properties").path("priority").asInt())
        .as("the first filter in the administrators' Tasklist")
        .isLessThan(get("admin", "/engine-rest/filter/"
            + filters.get(IdentitySetup.FILTER_DISTRICT_TASKS)).path("properties").path("priority")
            .asInt());
    assertThat(all.path("properties").path("variables").findValuesAsText("name"))
        .contains(CaseVariables.CASE_ID, CaseVariables.HOUSEHOLD_NAME,
            CaseVariables.COURT_FILE_NUMBER, CaseVariables.DISTRICT);

    List<JsonNode> tasks = list("admin", filters.get(IdentitySetup.FILTER_ALL_DISTRICTS));
    assertThat(tasks).hasSize(6);
    assertThat(tasks).extracting(t -> t.path("tenantId").asText())
        .contains("mitte", "neukoelln");
    assertDueDateOrder(tasks);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("Standardanschreiben versenden");
  }

  /** Due dates ascending, the tasks without one at the end. */
  static void assertDueDateOrder(List<JsonNode> tasks) {
    List<String> due = new ArrayList<>();
    tasks.forEach(t -> due.add(t.path("due").isNull() ? null : t.path("due").asText()));
    int firstWithout = due.indexOf(null);
    List<String> with = firstWithout < 0 ? due : due.subList(0, firstWithout);
    assertThat(with).as("due dates").isSorted().doesNotContainNull();
    if (firstWithout >= 0) {
      assertThat(due.subList(firstWithout, due.size())).as("without due date last")
          .containsOnlyNulls();
    }
    assertThat(with).as("an overdue letter first").isNotEmpty();
  }

  List<String> names(List<JsonNode> tasks) {
    return tasks.stream().map(t -> t.path("name").asText()).toList();
  }

  List<String> households(List<JsonNode> tasks) throws Exception {
    List<String> households = new ArrayList<>();
    for (JsonNode task : tasks) {
      households.add(get("admin", "/engine-rest/process-instance/"
          + task.path("processInstanceId").asText() + "/variables/householdName")
          .path("value").asText());
    }
    return households;
  }

  /** The filters the user may read: name → id. */
  Map<String, String> filters(String user) throws Exception {
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    get(user, "/engine-rest/filter?resourceType=Task").forEach(
        f -> filters.put(f.path("name").asText(), f.path("id").asText()));
    return filters;
  }

  /** A filter's tasks for this test's cases, sorted as Tasklist sorts (sort-by-due-date.js). */
  List<JsonNode> list(String user, String filterId) throws Exception {
    String body = json.writeValueAsString(Map.of(
        "processVariables", List.of(Map.of("name", CaseVariables.HOUSEHOLD_STREET,
            "operator", "eq", "value", street)),
        "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(
        "/engine-rest/filter/" + filterId + "/list")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    json.readTree(response.body()).forEach(tasks::add);
    return tasks;
  }

  JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path)).GET());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  void fileCourtNotice(String user, String district, String household, LocalDate receivedOn)
      throws Exception {
    Map<String, Object> notice = TestNotices.courtNotice(district,
        "45 C " + Math.abs((household + street).hashCode()) + "/26", receivedOn, household, street);
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri("/api/notices/court"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(notice))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    String password = "admin".equals(user) ? "admin" : "demo";
    return HttpClient.newHttpClient().send(request.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

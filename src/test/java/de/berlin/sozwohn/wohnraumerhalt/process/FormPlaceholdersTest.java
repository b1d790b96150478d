package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.SelfReports;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseOpened;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeIntake;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportPeriod;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportRequests;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every task form with a real case's values: cases filed through the intake and driven through the
 * engine to each user task (letters, contact, both visits, counselling, closure, follow-up, the
 * bailiff notice's letter, decision and attendance, a case opened by a bailiff notice, the
 * self-report, the half-year report), then each task's form rendered with the variables Tasklist loads for it ({@code
 * FormService#getTaskFormVariables}, the display values of {@link FormDisplayValues} included).
 *
 * <p>The text blocks are rendered the way form-js does for the part of its templating the forms use
 * ({@code {{name}}}, {@code {{#if name}}…{{/if}}}). No placeholder may come out empty ("Frist in
 * diesem Fall: ." of issue 14), and the dates and amounts read German: no ISO date, no "7795.3 €".
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPlaceholdersTest {

  static final Path FORMS = Path.of("forms");
  static final Pattern IF_BLOCK = Pattern.compile("\\{\\{#if ([^}]+)}}(.*?)\\{\\{/if}}", Pattern.DOTALL);
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^#/}][^}]*)}}");
  static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final Pattern ENGLISH_AMOUNT = Pattern.compile("\\d+\\.\\d+ ?€");

  @LocalServerPort int port;
  @Autowired NoticeIntake intake;
  @Autowired SelfReports selfReports;
  @Autowired ReportRequests reportRequests;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  final ObjectMapper json = new ObjectMapper();
  final LocalDate today = LocalDate.now(TestClock.BERLIN);
  final String run = UUID.randomUUID().toString().substring(0, 6);
  /** form id → the rendered texts of every task that showed it. */
  final Map<String, List<String>> rendered = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();
  Map<String, JsonNode> forms;
  String appointment;
  String contactTask;

  @BeforeAll
  void driveCasesToEveryTask() throws IOException {
    forms = loadForms();

    // a court case: letter and contact, no reaction, two visits, counselling, closure, follow-up
    String court = courtCase("Erika Formprobe-" + run, "Probeweg 1 " + run);
    renderOpenTasks(court);
    // the letter offers the appointment proposed from the district calendar; nobody comes
    complete(court, ProcessKeys.TASK_SEND_COURT_LETTER, Map.of(
        CaseVariables.LETTER_SENT_ON, day(-38)));
    appointment = GermanFormats.dateTime(LocalDateTime.parse(
        (String) runtimeService.getVariable(court, CaseVariables.APPOINTMENT_AT)));
    runTimer(court, "AppointmentPassed");
    renderOpenTasks(court);
    complete(court, ProcessKeys.TASK_HOME_VISIT_1, Map.of(CaseVariables.VISITED_ON, day(-28),
        CaseVariables.VISIT_STAFF_COUNT, 2, CaseVariables.CONTACT_MADE, false,
        CaseVariables.SECOND_VISIT_WANTED, true));
    renderOpenTasks(court);
    complete(court, ProcessKeys.TASK_HOME_VISIT_2, Map.of(CaseVariables.VISITED_ON, day(-25),
        CaseVariables.VISIT_STAFF_COUNT, 2, CaseVariables.CONTACT_MADE, true));
    renderOpenTasks(court);
    complete(court, ProcessKeys.TASK_COUNSELLING, Map.of(CaseVariables.COUNSELLING_ON, day(-20)));
    renderOpenTasks(court);
    complete(court, ProcessKeys.TASK_CLOSE_CASE, Map.of(CaseVariables.OUTCOME, "housing-retained",
        CaseVariables.CLOSED_ON, day(-15)));
    runTimer(court, "FollowUpDue");
    renderOpenTasks(court);

    // a court case without contact that a bailiff notice joins: letter, decision, attendance
    String joined = courtCase("Jonas Formprobe-" + run, "Probeweg 2 " + run);
    bailiffNotice("Jonas Formprobe-" + run, "Probeweg 2 " + run);
    renderOpenTasks(joined);
    complete(joined, ProcessKeys.TASK_SEND_EVICTION_LETTER,
        Map.of(CaseVariables.EVICTION_LETTER_SENT_ON, day(-4)));
    renderOpenTasks(joined);
    complete(joined, ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE,
        Map.of(CaseVariables.ATTEND_EVICTION, true));
    renderOpenTasks(joined);

    contactTask = taskService.createTaskQuery().processInstanceId(joined)
        .taskDefinitionKey(ProcessKeys.TASK_RECORD_CONTACT).singleResult().getId();

    // a case that a bailiff notice opens: no court file, no arrears, no letter date
    String opened = bailiffNotice("Mira Formprobe-" + run, "Probeweg 3 " + run);
    renderOpenTasks(opened);

    // the district's self-report
    String report = selfReports.running("mitte", today.getYear())
        .orElseGet(() -> selfReports.request("mitte", today.getYear()));
    renderOpenTasks(report);

    // the district's report on this year, with the values and pending cases of the cases above
    // (a period that has not ended: neither the timer nor the API asks for it, only this test)
    ReportPeriod year = ReportPeriod.wholeYear(today.getYear());
    String halfYearReport = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ReportRequests.businessKey(year, "mitte")).list().stream()
        .map(ProcessInstance::getId).findFirst()
        .orElseGet(() -> reportRequests.request(year, "mitte"));
    renderOpenTasks(halfYearReport);
  }

  @Test
  void everyTaskFormWasRenderedWithARealCase() {
    Set<String> taskForms = new TreeSet<>();
    for (UserTaskCatalogue task : UserTaskCatalogue.values()) {
      taskForms.add(task.form());
    }
    assertThat(rendered.keySet()).containsExactlyInAnyOrderElementsOf(taskForms);
  }

  @Test
  void noPlaceholderIsEmpty() {
    assertThat(problems).isEmpty();
    rendered.forEach((form, texts) -> texts.forEach(text -> assertThat(text).as(form)
        .doesNotContain("{{", ": .", "****", "()")));
  }

  @Test
  void theHalfYearReportShowsEveryStandardWithItsTargets() {
    assertThat(rendered.get("form-half-year-report")).singleElement().asString()
        .contains("## Bericht Jahr " + today.getYear() + " (01.01." + today.getYear())
        .contains("**Mitte**")
        .containsPattern("\\*\\*1\\.1 Sofortiges Tätigwerden bei Räumungsklagen\\*\\* – "
            + "(\\d+,\\d %|keine Fälle)[^\\n]* · Zielwert 100 % \\(Vorschlag\\) · Mindestwert 80 % "
            + "\\(Vorschlag\\)")
        .contains("**2 Mitarbeitendenzufriedenheit** – ")
        .containsPattern("Ausstehend: (keine|\\d+: [A-Z]{2}-\\d{4}-\\d{5})");
  }

  @Test
  void theDeadlineOfTheHomeVisitIsShown() {
    assertThat(rendered.get("form-home-visit-1")).singleElement().asString()
        .containsPattern("Frist in diesem Fall: \\*\\*\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\*\\*\\.");
  }

  @Test
  void datesAndAmountsReadGerman() {
    rendered.forEach((form, texts) -> {
      for (String text : texts) {
        assertThat(ISO_DATE.matcher(text).find()).as("%s shows an ISO date: %s", form, text)
            .isFalse();
        assertThat(ENGLISH_AMOUNT.matcher(text).find()).as("%s shows an amount in English: %s",
            form, text).isFalse();
      }
    });
    assertThat(String.join("\n", rendered.get("form-home-visit-1")))
        .contains("**Mietrückstand:** 7.795,30 €")
        .contains("**Mitteilung des Amtsgerichts eingegangen am:** " + german(-40))
        .contains("**Anschreiben versandt am:** " + german(-38))
        .contains("**Angebotener Termin:** " + appointment);
    assertThat(String.join("\n", rendered.get("form-send-eviction-letter")))
        .contains("**Räumungstermin:** " + GermanFormats.date(today.plusDays(30)) + ", 09:00 Uhr");
  }

  @Test
  void theDisplayValuesAreComputedWhenReadNeverStored() {
    Task task = taskService.createTaskQuery().taskId(contactTask).singleResult();
    assertThat(formService.getTaskFormVariables(contactTask, List.of("receivedOn", "receivedOnText"),
        false)).containsOnlyKeys("receivedOn", "receivedOnText")
        .containsEntry("receivedOnText", german(-40));
    // a display value comes with its variable only, and only when asked for
    assertThat(formService.getTaskFormVariables(contactTask, List.of("receivedOnText"), false))
        .isEmpty();
    assertThat(formService.getTaskFormVariables(contactTask, List.of("receivedOn"), false))
        .containsOnlyKeys("receivedOn");
    assertThat(runtimeService.getVariables(task.getProcessInstanceId()))
        .doesNotContainKeys("receivedOnText", "arrearsText");
    assertThat(taskService.getVariables(contactTask)).doesNotContainKeys("receivedOnText");
  }

  /** What Tasklist loads: the REST API of the webapps has them too (here /engine-rest). */
  @Test
  void theRestApiHandsThemToTasklist() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/task/" + contactTask
                + "/form-variables"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "fk.mitte:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode variables = json.readTree(response.body());
    assertThat(variables.path("arrearsText").path("value").asText()).isEqualTo("7.795,30 €");
    assertThat(variables.path("arrearsText").path("type").asText()).isEqualTo("String");
    assertThat(variables.path("receivedOnText").path("value").asText()).isEqualTo(german(-40));
    assertThat(variables.path("receivedOn").path("value").asText()).isEqualTo(day(-40));
  }

  @Test
  void theStartFormsShowNoCaseData() {
    forms.forEach((id, form) -> {
      if (!rendered.containsKey(id)) {
        assertThat(texts(form)).as(id).doesNotContain("{{");
      }
    });
  }

  // ---- driving the cases ---------------------------------------------------------------------

  String courtCase(String household, String street) {
    CaseOpened opened = asCaseworker(() -> intake.fileCourtNotice(new CourtNoticeRequest("mitte",
        "Amtsgericht Mitte", "77 C " + run + "-" + household.charAt(0) + "/26", day(-40),
        new HouseholdData(household, street, "10115", "Berlin", null, null), "Wohnbau GmbH",
        new BigDecimal("7795.30"), day(20))));
    return opened.processInstanceId();
  }

  String bailiffNotice(String household, String street) {
    return asCaseworker(() -> intake.fileBailiffNotice(new BailiffNoticeRequest("mitte",
        "DR II " + run + "-" + household.charAt(0) + "/26", day(-6), day(30) + "T09:00",
        new HouseholdData(household, street, "10115", "Berlin", null, null), null, null)))
        .processInstanceId();
  }

  <T> T asCaseworker(Supplier<T> work) {
    identityService.setAuthentication("fk.mitte", List.of(Districts.caseworkerGroup("mitte")),
        List.of("mitte"));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void complete(String instance, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    taskService.complete(task.getId(), values);
  }

  void runTimer(String instance, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(instance)
        .activityId(activityId).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  /** Renders the form of every open task of the instance with the task's form variables. */
  void renderOpenTasks(String instance) {
    for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
      String formId = UserTaskCatalogue.byKey(task.getTaskDefinitionKey()).orElseThrow().form();
      Map<String, Object> variables = plain(formService.getTaskFormVariables(task.getId()));
      String where = formId + " (" + task.getTaskDefinitionKey() + ")";
      rendered.computeIfAbsent(formId, f -> new ArrayList<>())
          .add(render(texts(forms.get(formId)), variables, where, problems));
    }
  }

  /** The values as the REST API hands them to Tasklist: JSON values as their text. */
  static Map<String, Object> plain(VariableMap variables) {
    Map<String, Object> values = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      values.put(name, value instanceof SerializableValue serializable
          ? serializable.getValueSerialized() : value.getValue());
    }
    return values;
  }

  String day(int days) {
    return today.plusDays(days).toString();
  }

  String german(int days) {
    return GermanFormats.date(today.plusDays(days));
  }

  // ---- rendering as form-js does ---------------------------------------------------------------

  /**
   * The subset of form-js templating the forms use: {@code {{#if name}}…{{/if}}} (not nested) and
   * {@code {{name}}}. A placeholder whose value is missing or blank is a problem.
   */
  static String render(String template, Map<String, Object> variables, String where,
      List<String> problems) {
    Matcher blocks = IF_BLOCK.matcher(template);
    StringBuilder withBlocks = new StringBuilder();
    while (blocks.find()) {
      String kept = truthy(variables.get(blocks.group(1).strip())) ? blocks.group(2) : "";
      blocks.appendReplacement(withBlocks, Matcher.quoteReplacement(kept));
    }
    blocks.appendTail(withBlocks);
    Matcher placeholders = PLACEHOLDER.matcher(withBlocks);
    StringBuilder text = new StringBuilder();
    while (placeholders.find()) {
      String name = placeholders.group(1).strip();
      Object value = variables.get(name);
      if (!truthy(value)) {
        problems.add(where + ": {{" + name + "}} ist leer");
      }
      placeholders.appendReplacement(text,
          Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    placeholders.appendTail(text);
    return text.toString();
  }

  static boolean truthy(Object value) {
    return value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank();
  }

  static String texts(JsonNode form) {
    StringBuilder text = new StringBuilder();
    for (JsonNode component : form.path("components")) {
      if ("text".equals(component.path("type").asText())) {
        text.append(component.path("text").asText()).append("\n\n");
      }
    }
    return text.toString();
  }

  Map<String, JsonNode> loadForms() throws IOException {
    Map<String, JsonNode> loaded = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        loaded.put(form.path("id").asText(), form);
      }
    }
    return loaded;
  }
}

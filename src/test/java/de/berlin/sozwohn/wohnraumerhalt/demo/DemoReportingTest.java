package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.demo.SimulationClock.JobRun;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.HttpProbe;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's reporting through the real engine, without the casework: ten months from Monday
 * 6 October 2025 played day by day as {@link DemoHistoryGenerator} plays them (reporting work in
 * the morning, the due jobs at night). Survey results and self-reports fill 1.5 and 2, the annual
 * report 2025 and the first half-year 2026 are asked for and approved by the team leads with the
 * comments their values need, and Marzahn-Hellersdorf's latest report stays open: one reminder.
 *
 * <p>An engine of its own (its timers were created at its deployment, due in the real future, as
 * in the demo); H2 only, like {@code DemoHistoryTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
@AppTest
@TestPropertySource(properties = {"camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
@DisabledIfSystemProperty(named = "wohnraumerhalt.test.db", matches = "postgres",
    disabledReason = "eine eigene Engine mit leerer Datenbank; auf PostgreSQL teilen sich alle "
        + "Kontexte ein Schema")
class DemoReportingTest {

  static final LocalDate FROM = LocalDate.of(2025, 10, 6);
  static final LocalDate UNTIL = LocalDate.of(2026, 8, 4);
  static final List<String> DEMO = List.copyOf(DemoScenario.districts());
  static final String REMINDER = "Betreff: Erinnerung: Halbjahresbericht 1. Halbjahr 2026 – "
      + "Marzahn-Hellersdorf noch nicht freigegeben";

  @Autowired DemoReporting reporting;
  @Autowired SimulationClock clock;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void surveysSelfReportsAndSubmittedReportsFillEveryColumnAndOneReportStaysOpen(
      CapturedOutput output) throws Exception {
    int failures = reporting.beforeSimulation(FROM, UNTIL);
    int jobs = 0;
    for (LocalDate day = FROM; day.isBefore(UNTIL); day = day.plusDays(1)) {
      failures += reporting.workDay(day);
      clock.set(day.atTime(LocalTime.of(23, 59, 30)));
      JobRun night = clock.runDueJobs(false);
      failures += night.failed().size();
      jobs += night.executed();
    }
    assertThat(failures).as("no step of the demo's reporting failed").isZero();
    assertThat(jobs).as("the reminder: its timer and the mail").isEqualTo(2);
    clock.set(LocalDate.of(2026, 8, 4).atTime(9, 0));

    // standard 2: the results of 2024 and 2026; standard 1.5: the self-reports of 2025 and 2026
    assertThat(jdbc.queryForList("SELECT DISTINCT survey_year FROM kpi_staff_survey "
        + "ORDER BY survey_year", Integer.class)).containsExactly(2024, 2026);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM kpi_staff_survey", Integer.class))
        .isEqualTo(2 * DEMO.size());
    assertThat(jdbc.queryForList("SELECT CAST(report_year AS VARCHAR(4)) || '-' || district FROM kpi_self_report",
        String.class)).hasSize(2 * DEMO.size()).contains("2025-mitte", "2026-marzahn-hellersdorf");
    assertThat(taskService.createTaskQuery().processDefinitionKey(ProcessKeys.SELF_REPORT_PROCESS)
        .count()).isZero();

    // /api/kpi for the first half-year: every demo district has 1.5 and 2, the others none
    JsonNode kpi = get("/api/kpi?from=2026-01-01&to=2026-06-30");
    for (JsonNode district : kpi.path("districts")) {
      String id = district.path("district").asText();
      for (String standard : List.of("1.5", "2")) {
        JsonNode percent = district.path("indicators").path(standard).path("percent");
        assertThat(percent.isNull()).as(id + " " + standard).isEqualTo(!DEMO.contains(id));
      }
    }
    assertThat(kpi.path("berlin").path("indicators").path("1.5").path("percent").decimalValue())
        .isEqualByComparingTo("94.4");

    // the annual report 2025: every demo district submitted
    JsonNode year = get("/api/reports?period=2025");
    assertThat(year.path("berlin").path("fromDistricts")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrderElementsOf(DEMO);
    for (JsonNode district : year.path("districts")) {
      String id = district.path("district").asText();
      assertThat(district.path("submission").asText()).as(id)
          .isEqualTo(DEMO.contains(id) ? "submitted" : "not-requested");
    }
    assertThat(district(year, "mitte").path("requestedOn").asText()).isEqualTo("2026-01-02");

    // the first half-year 2026: five submitted, Marzahn-Hellersdorf reminded and still open
    JsonNode half = get("/api/reports?period=2026-H1");
    assertThat(half.path("submittedCount").asInt()).isEqualTo(DEMO.size() - 1);
    assertThat(half.path("berlin").path("fromDistricts")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrderElementsOf(DEMO.stream()
            .filter(d -> !d.equals(DemoReporting.LATE_DISTRICT)).toList());
    JsonNode late = district(half, DemoReporting.LATE_DISTRICT);
    assertThat(late.path("submission").asText()).isEqualTo("reminded");
    assertThat(late.path("requestedOn").asText()).isEqualTo("2026-07-01");
    assertThat(late.path("dueOn").asText()).isEqualTo("2026-07-15");
    assertThat(late.path("remindedOn").asText()).isEqualTo("2026-07-15");
    List<Task> open = taskService.createTaskQuery()
        .processDefinitionKey(ProcessKeys.HALF_YEAR_REPORT_PROCESS).list();
    assertThat(open).extracting(Task::getTenantId).containsExactly(DemoReporting.LATE_DISTRICT);
    assertThat(open.get(0).getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_APPROVE_REPORT);
    assertThat(occurrences(output.getOut(), REMINDER)).as("one reminder").isEqualTo(1);
    assertThat(output.getOut()).contains("An: leitung.marzahn-hellersdorf@wohnhilfe.example");

    int comments = 0;
    for (String id : DEMO) {
      JsonNode district = district(half, id);
      if (id.equals(DemoReporting.LATE_DISTRICT)) {
        continue;
      }
      assertThat(district.path("submission").asText()).as(id).isEqualTo("submitted");
      LocalDate submittedOn = LocalDate.parse(district.path("submittedOn").asText());
      assertThat(submittedOn).as(id).isBetween(LocalDate.of(2026, 7, 6),
          LocalDate.of(2026, 7, 14)); // 3 to 9 working days after Wed 1 July
      for (Map.Entry<String, JsonNode> indicator : fields(district.path("indicators"))) {
        JsonNode submitted = indicator.getValue().path("submitted");
        boolean below = "below".equals(submitted.path("status").asText());
        JsonNode comment = indicator.getValue().path("comment");
        assertThat(comment.isNull()).as(id + " " + indicator.getKey() + " comment")
            .isEqualTo(!below);
        comments += below ? 1 : 0;
        if (Set.of("1.5", "2").contains(indicator.getKey())) {
          assertThat(submitted.path("percent").isNull()).as(id + " " + indicator.getKey())
              .isFalse();
        }
      }
    }
    // Friedrichshain-Kreuzberg and Lichtenberg tick 5 of 6 (83.3 % < 90), Neukölln's survey is
    // 59.5 – so at least the two self-reports needed a reason
    assertThat(comments).isGreaterThanOrEqualTo(2);
  }

  private JsonNode get(String path) throws Exception {
    ResponseEntity<String> response = new HttpProbe(rest, port).call("monitoring", "demo",
        HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static JsonNode district(JsonNode report, String id) {
    for (JsonNode district : report.path("districts")) {
      if (district.path("district").asText().equals(id)) {
        return district;
      }
    }
    throw new AssertionError("no " + id + " in " + report);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    node.fields().forEachRemaining(fields::add);
    return fields;
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiJson;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseOpened;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeIntake;
import de.berlin.sozwohn.wohnraumerhalt.notification.LoggingMailGateway;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The half-year report end to end, on the engine clock in years no other test uses (2031, 2032,
 * 2034): the timer on 1 July asks all twelve districts, the team lead of Mitte cannot approve a
 * value below the minimum without a reason, the approval freezes the values as {@code /api/kpi}
 * shows them at that moment, later acts move only the live values, and on 1 January the annual
 * report follows. The reminder goes out once, and not at all when the report came in time.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfYearReportPathTest {

  static final String MITTE = "mitte";
  static final ReportPeriod H1_2031 = ReportPeriod.firstHalf(2031);
  static final ReportPeriod YEAR_2031 = ReportPeriod.wholeYear(2031);
  static final ReportPeriod H1_2034 = ReportPeriod.firstHalf(2034);
  static final String KPI_H1_2031 = "/api/kpi?from=2031-01-01&to=2031-06-30&district=" + MITTE;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired NoticeIntake intake;
  @Autowired ReportRequests requests;
  @Autowired ReportStore store;
  @Autowired Deadlines deadlines;
  @Autowired ObjectMapper appJson;
  final ObjectMapper json = new ObjectMapper();
  final String run = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void cleanUp() {
    TestClock.reset();
    // the PostgreSQL suite keeps its schema between runs: no reports and no Mitte cases of 2031
    for (ReportPeriod period : List.of(H1_2031, YEAR_2031, H1_2034)) {
      jdbc.update("DELETE FROM report_value WHERE period_code = ?", period.code());
      jdbc.update("DELETE FROM report_submission WHERE period_code = ?", period.code());
    }
    deleteReportInstances();
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key IN (SELECT case_key FROM kpi_case_fact "
        + "WHERE district = ? AND court_received_on BETWEEN ? AND ?)", MITTE,
        LocalDate.parse("2031-01-01"), LocalDate.parse("2031-12-31"));
    jdbc.update("DELETE FROM kpi_case_fact WHERE district = ? AND court_received_on BETWEEN ? "
        + "AND ?", MITTE, LocalDate.parse("2031-01-01"), LocalDate.parse("2031-12-31"));
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  /** The instances of this test wait for team leads: remove them for the tests that follow. */
  @AfterAll
  void removeOpenReports() {
    deleteReportInstances();
  }

  @Test
  void requestedOnFirstJulyApprovedWithReasonsFrozenAndTheAnnualReportInJanuary()
      throws Exception {
    // Mitte, first half of 2031: one letter in time, one late, one notice still within its 3 days
    TestClock.onDay("2031-03-03");
    CaseOpened inTime = courtNotice("2031-03-03", "A");
    sendCourtLetter(inTime, "2031-03-04");
    TestClock.onDay("2031-04-01");
    CaseOpened late = courtNotice("2031-04-01", "B");
    sendCourtLetter(late, "2031-04-07");
    TestClock.onDay("2031-06-30");
    CaseOpened pending = courtNotice("2031-06-30", "C");

    // 1 July, 06:00: the timer asks every district for the first half-year
    TestClock.at("2031-07-01T06:00");
    managementService.executeJob(reportTimer().getId());

    Map<String, Task> tasks = new LinkedHashMap<>();
    for (String district : Districts.IDS) {
      Task task = taskService.createTaskQuery()
          .processInstanceBusinessKey(ReportRequests.businessKey(H1_2031, district))
          .singleResult();
      assertThat(task).as(district).isNotNull();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessKeys.TASK_APPROVE_REPORT);
      assertThat(task.getTenantId()).isEqualTo(district);
      assertThat(taskService.getIdentityLinksForTask(task.getId()))
          .extracting(IdentityLink::getGroupId).contains(Districts.teamLeadGroup(district));
      // due at the end of the 10th working day: Tue 1 July + 10 = Tue 15 July
      assertThat(task.getDueDate()).isEqualTo(TestClock.date("2031-07-15T23:59"));
      ReportStore.Submission row = store.submission(H1_2031.code(), district).orElseThrow();
      assertThat(row.state()).isEqualTo("requested");
      assertThat(row.requestedOn()).isEqualTo("2031-07-01");
      assertThat(row.dueOn()).isEqualTo("2031-07-15");
      assertThat(row.processInstanceId()).isEqualTo(task.getProcessInstanceId());
      tasks.put(district, task);
    }
    assertThat(store.submissions(H1_2031.code())).extracting(ReportStore.Submission::district)
        .containsExactlyElementsOf(Districts.IDS);
    // the reminder is due with the task
    assertThat(reminderTimer(tasks.get(MITTE).getProcessInstanceId()).getDuedate())
        .isEqualTo(tasks.get(MITTE).getDueDate());
    // the next run is on 1 January (the cron's month list 1,7)
    assertThat(reportTimer().getDuedate()).isEqualTo(TestClock.date("2032-01-01T06:00"));

    // the form shows the values now, the pending case by its number, and asks for a reason
    TestClock.at("2031-07-01T10:00");
    Task mitte = tasks.get(MITTE);
    VariableMap form = formService.getTaskFormVariables(mitte.getId());
    assertThat(form.get("reportPeriodText")).isEqualTo("1. Halbjahr 2031 (01.01.2031–30.06.2031)");
    assertThat((String) form.get("indicator1_1Text")).startsWith("50,0 % (1 von 2) · Zielwert 100 %"
        + " (Vorschlag) · Mindestwert 80 % (Vorschlag) · unter dem Mindestwert – Begründung "
        + "erforderlich");
    assertThat(form.get("pending1_1Text")).isEqualTo("1: " + pending.caseId());
    assertThat(form.get("pending2Text")).isEqualTo("keine");
    // computed when read, never stored
    assertThat(runtimeService.getVariables(mitte.getProcessInstanceId()))
        .doesNotContainKeys("indicator1_1Text", "pending1_1Text");

    // without a reason for 1.1 the team lead's approval is refused: the task stays open
    JsonNode live = indicators(KPI_H1_2031);
    assertThat(live.path("1.1").path("status").asText()).isEqualTo("below");
    ResponseEntity<String> refused = complete("leitung.mitte", mitte.getId(), Map.of());
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Begründung zu 1.1: Der Wert 50,0 % liegt unter dem "
        + "Mindestwert 80 %. Bitte begründen Sie ihn.");
    assertThat(taskService.createTaskQuery().taskId(mitte.getId()).count()).isEqualTo(1);
    assertThat(store.submission(H1_2031.code(), MITTE).orElseThrow().state())
        .isEqualTo("requested");
    assertThat(store.frozen(H1_2031.code())).doesNotContainKey(MITTE);

    // with a reason for every value below the minimum it goes through
    Map<String, Object> reasons = new HashMap<>();
    live.fieldNames().forEachRemaining(id -> {
      if ("below".equals(live.path(id).path("status").asText())) {
        reasons.put(CaseVariables.commentOf(id), "Urlaubszeit im April " + id + ".");
      }
    });
    reasons.put(CaseVariables.COMMENT_1_4, "   ");
    ResponseEntity<String> approved = complete("leitung.mitte", mitte.getId(), reasons);
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ReportStore.Submission submitted = store.submission(H1_2031.code(), MITTE).orElseThrow();
    assertThat(submitted.state()).isEqualTo("submitted");
    assertThat(submitted.submittedAt()).isEqualTo(TestClock.date("2031-07-01T10:00").toInstant());
    assertThat(jdbc.queryForObject("SELECT submitted_by FROM report_submission WHERE "
        + "period_code = ? AND district = ?", String.class, H1_2031.code(), MITTE))
        .isEqualTo("leitung.mitte");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(mitte.getProcessInstanceId()).count()).isZero();
    // the frozen values are /api/kpi at the moment of approval, value by value
    Map<String, ReportStore.Frozen> frozen = store.frozen(H1_2031.code()).get(MITTE);
    assertThat(frozen.keySet()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    frozen.forEach((id, value) -> assertThat(asJson(value)).as(id).isEqualTo(live.path(id)));
    assertThat(frozen.get("1.1").comment()).isEqualTo("Urlaubszeit im April 1.1.");
    assertThat(frozen.get("1.4").comment()).as("a blank reason is none").isNull();
    assertThat(frozen.get("1.1").value().pending()).isEqualTo(1);
    // the other districts still wait
    assertThat(store.frozen(H1_2031.code())).containsOnlyKeys(MITTE);

    // 2 July: the pending letter goes out in time – the live value moves, the frozen one stays
    TestClock.onDay("2031-07-02");
    sendCourtLetter(pending, "2031-07-02");
    JsonNode after = indicators(KPI_H1_2031).path("1.1");
    assertThat(after.path("numerator").asInt()).isEqualTo(2);
    assertThat(after.path("denominator").asInt()).isEqualTo(3);
    assertThat(after.path("pending").asInt()).isZero();
    assertThat(asJson(store.frozen(H1_2031.code()).get(MITTE).get("1.1")))
        .isEqualTo(live.path("1.1"));
    assertThat(live.path("1.1").path("numerator").asInt()).isEqualTo(1);
    assertThat(live.path("1.1").path("denominator").asInt()).isEqualTo(2);

    // a second request for a submitted report is refused
    assertThat(requests.isRequested(H1_2031, MITTE)).isTrue();
    assertThatThrownBy(() -> requests.request(H1_2031, MITTE))
        .isInstanceOf(ReportAlreadyRequestedException.class)
        .satisfies(e -> assertThat(((ReportAlreadyRequestedException) e).submitted()).isTrue());

    // 1 January 2032: the annual report 2031
    TestClock.at("2032-01-01T06:00");
    Job january = reportTimer();
    assertThat(january.getDuedate()).isEqualTo(TestClock.date("2032-01-01T06:00"));
    managementService.executeJob(january.getId());
    for (String district : Districts.IDS) {
      ReportStore.Submission row = store.submission(YEAR_2031.code(), district).orElseThrow();
      assertThat(row.state()).as(district).isEqualTo("requested");
      // Neujahr is no working day: Fri 2 … Thu 15 January
      assertThat(row.dueOn()).isEqualTo("2032-01-15");
      assertThat(runtimeService.getVariable(row.processInstanceId(), CaseVariables.REPORT_PERIOD))
          .isEqualTo("2031");
      assertThat(runtimeService.createProcessInstanceQuery()
          .processInstanceId(row.processInstanceId()).singleResult().getBusinessKey())
          .isEqualTo("halbjahresbericht-2031-" + district);
    }
    assertThat(reportTimer().getDuedate()).isEqualTo(TestClock.date("2032-07-01T06:00"));
  }

  @Test
  void theReminderGoesOutOnceAfterTheDueDay(CapturedOutput output) {
    TestClock.at("2034-07-03T09:00");
    String instance = requests.request(H1_2034, MITTE);
    // Mon 3 July + 10 working days = Mon 17 July
    assertThat(store.submission(H1_2034.code(), MITTE).orElseThrow().dueOn())
        .isEqualTo("2034-07-17");
    assertThat(runDueJobs(instance)).as("nothing due before the deadline").isZero();

    TestClock.at("2034-07-18T08:00");
    assertThat(runDueJobs(instance)).as("the timer and the reminder").isEqualTo(2);
    String subject = "Betreff: Erinnerung: Halbjahresbericht 1. Halbjahr 2034 – Mitte noch nicht "
        + "freigegeben";
    assertThat(mails(output, subject)).isEqualTo(1);
    assertThat(output.getOut()).contains(LoggingMailGateway.LOGGER)
        .contains("An: leitung.mitte@wohnhilfe.example\nBetreff: Erinnerung: Halbjahresbericht");
    ReportStore.Submission reminded = store.submission(H1_2034.code(), MITTE).orElseThrow();
    assertThat(reminded.state()).isEqualTo("reminded");
    assertThat(reminded.remindedAt()).isEqualTo(TestClock.date("2034-07-18T08:00").toInstant());
    // the task stays open
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);

    TestClock.at("2034-08-01T08:00");
    runDueJobs(instance);
    assertThat(mails(output, subject)).isEqualTo(1);
  }

  @Test
  void noReminderForAReportApprovedInTime(CapturedOutput output) {
    TestClock.at("2034-07-03T09:00");
    String instance = requests.request(H1_2034, "spandau");
    TestClock.at("2034-07-10T11:00");
    // Spandau has no cases in 2034: no value is below a minimum, no reason needed
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId());
    assertThat(store.submission(H1_2034.code(), "spandau").orElseThrow().state())
        .isEqualTo("submitted");

    TestClock.at("2034-07-18T08:00");
    assertThat(managementService.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(output.getOut()).doesNotContain("Erinnerung: Halbjahresbericht 1. Halbjahr 2034 – "
        + "Spandau");
  }

  @Test
  void noReminderWhenTheReportIsApprovedBetweenTheTimerAndTheMail(CapturedOutput output) {
    TestClock.at("2034-07-03T09:00");
    String instance = requests.request(H1_2034, "neukoelln");
    TestClock.at("2034-07-18T08:00");
    managementService.executeJob(reminderTimer(instance).getId());
    Job reminder = managementService.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(reminder).isNotNull();
    // the team lead approves before the job executor gets to the reminder
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId());
    managementService.executeJob(reminder.getId());

    assertThat(output.getOut()).doesNotContain("Erinnerung: Halbjahresbericht 1. Halbjahr 2034 – "
        + "Neukölln");
    ReportStore.Submission row = store.submission(H1_2034.code(), "neukoelln").orElseThrow();
    assertThat(row.state()).isEqualTo("submitted");
    assertThat(row.remindedAt()).isNull();
  }

  @Test
  void aSecondRequestForAWaitingReportIsRefused() {
    TestClock.at("2034-07-03T09:00");
    String first = requests.request(H1_2034, "pankow");
    assertThatThrownBy(() -> requests.request(H1_2034, "pankow"))
        .isInstanceOfSatisfying(ReportAlreadyRequestedException.class, e -> {
          assertThat(e.submitted()).isFalse();
          assertThat(e.processInstanceId()).isEqualTo(first);
        });
    // nothing of the refused request stays behind
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ReportRequests.businessKey(H1_2034, "pankow")).count())
        .isEqualTo(1);
    assertThat(runtimeService.getVariable(first, CaseVariables.REQUESTED_ON))
        .isEqualTo("2034-07-03");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  Job reportTimer() {
    return managementService.createJobQuery()
        .processDefinitionKey(ProcessKeys.HALF_YEAR_REPORT_PROCESS).timers()
        .activityId("ReportingPeriodEnded").singleResult();
  }

  Job reminderTimer(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).timers()
        .activityId("ReportReminderDue").singleResult();
  }

  /** Runs every job of the instance that is due now; returns how many ran. */
  int runDueJobs(String instance) {
    int ran = 0;
    for (int round = 0; round < 5; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable()
          .list();
      if (due.isEmpty()) {
        break;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  static int mails(CapturedOutput output, String subject) {
    return output.getOut().split(Pattern.quote(subject), -1).length - 1;
  }

  void deleteReportInstances() {
    for (String prefix : List.of("2031", "2034")) {
      runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.HALF_YEAR_REPORT_PROCESS)
          .processInstanceBusinessKeyLike(ProcessKeys.HALF_YEAR_REPORT_PROCESS + "-" + prefix + "%")
          .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "Test"));
    }
  }

  CaseOpened courtNotice(String receivedOn, String tag) {
    identityService.setAuthentication("fk.mitte", List.of(Districts.caseworkerGroup(MITTE)),
        List.of(MITTE));
    try {
      return intake.fileCourtNotice(new CourtNoticeRequest(MITTE, "Amtsgericht Mitte",
          "31 C " + run + "-" + tag + "/31", receivedOn, new HouseholdData("Berta Bericht-" + run
              + tag, "Berichtsweg " + tag + " " + run, "10115", "Berlin", null, null),
          "Wohnbau GmbH", new BigDecimal("1200.00"),
          LocalDate.parse(receivedOn).plusDays(40).toString()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  void sendCourtLetter(CaseOpened opened, String sentOn) {
    TestClock.onDay(sentOn);
    Task task = taskService.createTaskQuery().processInstanceId(opened.processInstanceId())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    taskService.complete(task.getId(), Map.of(CaseVariables.LETTER_SENT_ON, sentOn));
  }

  /** The indicators of Mitte as {@code GET /api/kpi} shows them to the Monitoringstelle. */
  JsonNode indicators(String path) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("monitoring", "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).path("districts").get(0).path("indicators");
  }

  /** A frozen value in the shape of {@code /api/kpi}. */
  JsonNode asJson(ReportStore.Frozen frozen) {
    try {
      return json.readTree(appJson.writeValueAsString(KpiJson.Indicator.of(frozen.value())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code POST /engine-rest/task/{id}/complete} as that user (what Tasklist sends). */
  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> values)
      throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers),
        String.class);
  }
}

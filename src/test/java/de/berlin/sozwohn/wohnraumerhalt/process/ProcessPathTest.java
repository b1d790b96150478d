package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.*;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.at;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.date;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.onDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNotice;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of the model {@code wohnraumerhalt} (SPEC §3), timers included, with the real beans
 * (working-day deadlines, validation, contact tracking, escalation mail against GreenMail).
 * Flow-node coverage of the model must reach 100 %.
 */
@AppTest
@Import({ProcessEngineCoverageConfiguration.class, ProcessPathTest.Coverage.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
    // own context (mail server, coverage plugin) next to the shared one: a second engine needs its own name
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class ProcessPathTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
    }
  }

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @org.springframework.test.context.DynamicPropertySource
  static void mailPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseStartVariables startVariables;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;


  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // Monday 2 March 2026, 9:00 – the day the court notice arrives
    at("2026-03-02T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ court notice, outreach

  @Test
  void letterThenContactThenCounsellingAndClosureStartsTheFollowUpTimer() {
    ProcessInstance pi = courtCase("2026-03-02");
    assertThat(pi).isWaitingAt(TASK_SEND_COURT_LETTER);
    Task letter = task(TASK_SEND_COURT_LETTER, pi);
    // due on the 3rd working day after receipt: Thursday 5 March 2026, end of day
    assertThat(letter.getDueDate()).isEqualTo(date("2026-03-05T23:59"));
    assertThat(letter.getTenantId()).isEqualTo("mitte");

    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    assertThat(pi).isWaitingAt(TASK_RECORD_CONTACT, "AppointmentPassed");
    assertThat(letterKinds(pi)).containsExactly("court-letter");

    recordContact(pi, "2026-03-04", "phone");
    assertThat(pi).isWaitingAt(TASK_COUNSELLING).isNotWaitingAt("AppointmentPassed");
    assertThat(pi).variables().containsEntry(CaseVariables.CONTACT_ESTABLISHED, true)
        .containsEntry(CaseVariables.FIRST_CONTACT_ON, "2026-03-04");

    counsel(pi);
    assertThat(pi).isWaitingAt(TASK_CLOSE_CASE);
    closeCase(pi, "housing-retained");
    assertThat(pi).hasPassed("CaseClosed").isWaitingAt("FollowUpDue");
    Job followUpTimer = timer(pi, "FollowUpDue");
    assertThat(followUpTimer.getDuedate()).isAfterOrEqualTo(date("2027-03-02T00:00"));

    at("2027-04-01T08:00");
    runDueJobs(pi);
    assertThat(pi).isWaitingAt(TASK_FOLLOW_UP);
    complete(task(TASK_FOLLOW_UP, pi), withVariables(CaseVariables.STILL_HOUSED_AFTER_12_MONTHS, true));
    assertThat(pi).isEnded().hasPassed("CaseCompleted");
    assertThat(mail.getReceivedMessages()).as("no deadline was missed").isEmpty();
  }

  @Test
  void noReactionLeadsToAHomeVisitWithContact() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    Job appointment = timer(pi, "AppointmentPassed");
    assertThat(appointment.getDuedate()).isEqualTo(date("2026-03-09T23:59"));

    at("2026-03-10T08:00");
    managementService.executeJob(appointment.getId());
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_1, TASK_RECORD_CONTACT);
    // 10 working days after dispatch on Monday 2 March: Monday 16 March 2026
    assertThat(task(TASK_HOME_VISIT_1, pi).getDueDate()).isEqualTo(date("2026-03-16T23:59"));

    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 2, true, false);
    assertThat(pi).isWaitingAt(TASK_COUNSELLING).isNotWaitingAt(TASK_RECORD_CONTACT)
        .hasPassed("ContactAtVisit1");
    assertThat(pi).variables().containsEntry(CaseVariables.FIRST_CONTACT_ON, "2026-03-11");
  }

  @Test
  void firstVisitWithoutContactSecondVisitWithContact() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 2, false, true);
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_2, TASK_RECORD_CONTACT);
    visit(pi, TASK_HOME_VISIT_2, "2026-03-18", 1, true, null);
    assertThat(pi).isWaitingAt(TASK_COUNSELLING).hasPassed("ContactAtVisit2")
        .isNotWaitingAt(TASK_RECORD_CONTACT);
  }

  @Test
  void twoVisitsWithoutContactLeaveTheCaseOpenAndItCanBeClosedWithoutContact() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 2, false, true);
    visit(pi, TASK_HOME_VISIT_2, "2026-03-18", 2, false, null);
    assertThat(pi).hasPassed("HouseholdNotReached", "NoContactAfterVisits")
        .isWaitingAt(TASK_RECORD_CONTACT, TASK_CLOSE_CASE);

    closeCase(pi, "no-contact");
    assertThat(pi).isWaitingAt("FollowUpDue").isNotWaitingAt(TASK_RECORD_CONTACT);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void noSecondVisitThenALateContactLeadsToCounsellingWithoutASecondClosureTask() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 1, false, false);
    assertThat(pi).isWaitingAt(TASK_RECORD_CONTACT, TASK_CLOSE_CASE).isNotWaitingAt(TASK_HOME_VISIT_2);

    recordContact(pi, "2026-03-20", "office");
    assertThat(pi).isWaitingAt(TASK_COUNSELLING, TASK_CLOSE_CASE);
    counsel(pi);
    assertThat(pi).hasPassed("CounsellingDone").isWaitingAt(TASK_CLOSE_CASE);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CLOSE_CASE).count()).isEqualTo(1);
    closeCase(pi, "housing-retained");
    assertThat(pi).isWaitingAt("FollowUpDue");
  }

  // ------------------------------------------------------------------ bailiff notices

  @Test
  void bailiffNoticeJoiningACaseWithPriorContactNeedsNoAttendanceDecision() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    recordContact(pi, "2026-03-04", "email");

    bailiffNotice(pi, "DR II 123/26", "2026-04-01", "2026-05-12T09:00");
    Task letter = task(TASK_SEND_EVICTION_LETTER, pi);
    // received Wed 1.4.: Thu 2.4. is day 1, Karfreitag 3.4. and Ostermontag 6.4. do not count, Tue 7.4. day 2, Wed 8.4. day 3
    assertThat(letter.getDueDate()).isEqualTo(date("2026-04-08T23:59"));
    sendEvictionLetter(pi, "2026-04-02");
    assertThat(pi).hasPassed("EvictionNoticeHandled").hasNotPassed(TASK_DECIDE_EVICTION_ATTENDANCE)
        .isWaitingAt(TASK_COUNSELLING);
    assertThat(letterKinds(pi)).containsExactly("court-letter", "eviction-letter");
  }

  @Test
  void bailiffNoticeWithoutPriorContactLeadsToAttendedEviction() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR II 124/26", "2026-03-05", "2026-04-14T09:00");
    sendEvictionLetter(pi, "2026-03-06");
    assertThat(pi).isWaitingAt(TASK_DECIDE_EVICTION_ATTENDANCE);
    complete(task(TASK_DECIDE_EVICTION_ATTENDANCE, pi), withVariables(CaseVariables.ATTEND_EVICTION, true));
    Task attend = task(TASK_ATTEND_EVICTION, pi);
    assertThat(attend.getDueDate()).isEqualTo(date("2026-04-14T23:59"));
    complete(attend, withVariables(CaseVariables.EVICTION_ATTENDED, true,
        CaseVariables.EVICTION_STAFF_COUNT, 2, CaseVariables.EVICTION_CARRIED_OUT, true));
    assertThat(pi).hasPassed(TASK_ATTEND_EVICTION, "EvictionNoticeHandled")
        .isWaitingAt(TASK_RECORD_CONTACT, "AppointmentPassed");
  }

  @Test
  void evictionCalledOffIsRecorded() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR II 125/26", "2026-03-05", "2026-04-14T09:00");
    sendEvictionLetter(pi, "2026-03-05");
    complete(task(TASK_DECIDE_EVICTION_ATTENDANCE, pi), withVariables(CaseVariables.ATTEND_EVICTION, true));
    complete(task(TASK_ATTEND_EVICTION, pi), withVariables(CaseVariables.EVICTION_ATTENDED, false,
        CaseVariables.EVICTION_CARRIED_OUT, false));
    assertThat(pi).hasPassed("EvictionNoticeHandled");
    var carriedOut = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(CaseVariables.EVICTION_CARRIED_OUT).singleResult();
    assertThat(carriedOut.getValue()).isEqualTo(false);
  }

  @Test
  void noAttendanceDecided() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR II 126/26", "2026-03-05", "2026-04-14T09:00");
    sendEvictionLetter(pi, "2026-03-05");
    complete(task(TASK_DECIDE_EVICTION_ATTENDANCE, pi), withVariables(CaseVariables.ATTEND_EVICTION, false));
    assertThat(pi).hasPassed("EvictionNoticeHandled").hasNotPassed(TASK_ATTEND_EVICTION);
  }

  @Test
  void twoBailiffNoticesKeepTheirOwnData() {
    ProcessInstance pi = courtCase("2026-03-02");
    bailiffNotice(pi, "DR 1/26", "2026-03-03", "2026-04-14T09:00");
    bailiffNotice(pi, "DR 2/26", "2026-03-10", "2026-05-19T09:00");
    List<Task> letters = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SEND_EVICTION_LETTER).orderByDueDate().asc().list();
    assertThat(letters).hasSize(2);
    assertThat(taskService.getVariable(letters.get(0).getId(), CaseVariables.BAILIFF_REFERENCE)).isEqualTo("DR 1/26");
    assertThat(taskService.getVariable(letters.get(1).getId(), CaseVariables.BAILIFF_REFERENCE)).isEqualTo("DR 2/26");
    assertThat(letters.get(0).getDueDate()).isEqualTo(date("2026-03-06T23:59"));
    assertThat(letters.get(1).getDueDate()).isEqualTo(date("2026-03-13T23:59"));
  }

  @Test
  void bailiffNoticeOpeningANewCase() {
    String caseId = nextCaseId();
    ProcessInstance pi = runtimeService.createMessageCorrelation(MSG_CASE_OPENED_BY_BAILIFF)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.bailiffCase(caseId, bailiffRequest("DR II 127/26",
            "2026-03-02", "2026-04-14T09:00"), null))
        .correlateStartMessage();
    bailiffNotice(pi, "DR II 127/26", "2026-03-02", "2026-04-14T09:00");
    assertThat(pi).isWaitingAt(TASK_SEND_EVICTION_LETTER, TASK_RECORD_CONTACT, TASK_CLOSE_CASE)
        .hasNotPassed(TASK_SEND_COURT_LETTER);
    assertThat(pi.getTenantId()).isEqualTo("mitte");
    sendEvictionLetter(pi, "2026-03-03");
    assertThat(pi).isWaitingAt(TASK_DECIDE_EVICTION_ATTENDANCE);
    closeCase(pi, "eviction-carried-out");
    assertThat(pi).isWaitingAt("FollowUpDue");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count())
        .as("closing the case ends the eviction steps too").isZero();
  }

  // ------------------------------------------------------------------ deadlines

  @Test
  void missedLetterDeadlineMailsTheTeamLeadOnceAndMarksTheTask() throws Exception {
    ProcessInstance pi = courtCase("2026-03-02");
    Job deadline = timer(pi, "SendCourtLetterDeadline");
    assertThat(deadline.getDuedate()).isEqualTo(date("2026-03-05T23:59"));
    at("2026-03-06T07:00");
    runDueJobs(pi);
    assertOneEscalationMail(pi, TASK_SEND_COURT_LETTER);
    runDueJobs(pi);
    assertThat(mail.getReceivedMessages()).hasSize(1);
    // nothing is cancelled: the letter can still be sent
    assertThat(pi).isWaitingAt(TASK_SEND_COURT_LETTER);
    sendCourtLetter(pi, "2026-03-06", "2026-03-13T10:00");
    assertThat(pi).isWaitingAt(TASK_RECORD_CONTACT);
  }

  @Test
  void missedHomeVisitDeadlineMailsOnce() throws Exception {
    ProcessInstance pi = toFirstVisit();
    at("2026-03-17T07:00");
    runDueJobs(pi);
    assertOneEscalationMail(pi, TASK_HOME_VISIT_1);
    runDueJobs(pi);
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_1);
  }

  @Test
  void missedEvictionLetterDeadlineMailsOnce() throws Exception {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    recordContact(pi, "2026-03-04", "letter");
    bailiffNotice(pi, "DR II 128/26", "2026-03-05", "2026-04-14T09:00");
    at("2026-03-11T07:00"); // due Tuesday 10 March
    runDueJobs(pi);
    assertOneEscalationMail(pi, TASK_SEND_EVICTION_LETTER);
    runDueJobs(pi);
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  // ------------------------------------------------------------------ helpers

  private void assertOneEscalationMail(ProcessInstance pi, String taskKey) throws Exception {
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("leitung.mitte@wohnhilfe.example");
    assertThat(received[0].getSubject()).contains(pi.getBusinessKey());
    String body = String.valueOf(received[0].getContent());
    assertThat(body).doesNotContain("Erika Mustermann").doesNotContain("Musterstraße");
    Task task = task(taskKey, pi);
    assertThat(taskService.getVariableLocal(task.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
  }

  /** The letters kept with the case (SPEC §7), oldest first. */
  private List<String> letterKinds(ProcessInstance pi) {
    return jdbc.queryForList(
        "select kind from case_letter where case_id = ? order by created_at, kind", String.class,
        pi.getBusinessKey());
  }

  private ProcessInstance toFirstVisit() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    at("2026-03-10T08:00");
    managementService.executeJob(timer(pi, "AppointmentPassed").getId());
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_1);
    return pi;
  }

  private ProcessInstance courtCase(String receivedOn) {
    String caseId = nextCaseId();
    return runtimeService.createMessageCorrelation(MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice("mitte",
            "12 C " + caseId + "/26", LocalDate.parse(receivedOn), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage();
  }

  private static BailiffNotice bailiffRequest(String reference, String receivedOn,
      String evictionAt) {
    return TestNotices.readBailiffNotice("mitte", reference, LocalDate.parse(receivedOn),
        evictionAt, "Erika Mustermann", "Musterstraße 1");
  }

  private void bailiffNotice(ProcessInstance pi, String reference, String receivedOn, String evictionAt) {
    runtimeService.createMessageCorrelation(MSG_BAILIFF_NOTICE).processInstanceId(pi.getId())
        .setVariablesToTriggeredScope(startVariables.bailiffNotice(
            bailiffRequest(reference, receivedOn, evictionAt)))
        .correlateWithResult();
  }

  private void sendCourtLetter(ProcessInstance pi, String sentOn, String appointmentAt) {
    onDay(sentOn);
    complete(task(TASK_SEND_COURT_LETTER, pi), withVariables(
        CaseVariables.LETTER_SENT_ON, sentOn, CaseVariables.APPOINTMENT_AT, appointmentAt));
  }

  private void visit(ProcessInstance pi, String key, String on, int staff, boolean contact, Boolean second) {
    onDay(on);
    Map<String, Object> vars = new java.util.HashMap<>(Map.of(
        CaseVariables.VISITED_ON, on, CaseVariables.VISIT_STAFF_COUNT, staff,
        CaseVariables.CONTACT_MADE, contact));
    if (second != null) {
      vars.put(CaseVariables.SECOND_VISIT_WANTED, second);
    }
    complete(task(key, pi), vars);
  }

  private void counsel(ProcessInstance pi) {
    onDay("2026-03-20");
    complete(task(TASK_COUNSELLING, pi), withVariables(CaseVariables.COUNSELLING_ON, "2026-03-20",
        CaseVariables.RENT_DEBT_TAKEOVER, true, CaseVariables.HELP_67, false,
        CaseVariables.LANDLORD_AGREEMENT, true));
  }

  private void closeCase(ProcessInstance pi, String outcome) {
    complete(task(TASK_CLOSE_CASE, pi), withVariables(CaseVariables.OUTCOME, outcome));
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .timers().singleResult();
  }

  /** Runs every job of this case due now (timers and the asynchronous escalations they start). */
  private void runDueJobs(ProcessInstance pi) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private String nextCaseId() {
    return TestCaseIds.next("T");
  }

  /** The caseworker acts at noon of that day – unless the clock is already later. */
  private void recordContact(ProcessInstance pi, String on, String channel) {
    onDay(on);
    complete(task(TASK_RECORD_CONTACT, pi), withVariables(
        CaseVariables.CONTACT_ON, on, CaseVariables.CONTACT_CHANNEL, channel));
  }

  private void sendEvictionLetter(ProcessInstance pi, String sentOn) {
    onDay(sentOn);
    complete(task(TASK_SEND_EVICTION_LETTER, pi),
        withVariables(CaseVariables.EVICTION_LETTER_SENT_ON, sentOn));
  }

}

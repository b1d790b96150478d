package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.*;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.at;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.date;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.onDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNotice;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case events of SPEC §3 step 8 on the model {@code wohnraumerhalt}, in every state a case can
 * be in when they happen: the messages are delivered exactly as {@code casework.CaseEvents} and
 * {@code casework.CaseEngine} deliver them – {@code CaseSettled} and {@code CaseTransferred} /
 * {@code CaseEnteredInError} correlated to the instance, {@code EvictionCalledOff} received by the
 * execution of one notice's scope, {@code CaseTakenOver} as a start message – and the path is
 * asserted with camunda-bpm-assert. Timers are fired with the management service on the engine
 * clock (2 March 2026 onwards).
 */
@AppTest
class CaseEventPathTest {

  private static final String SETTLED_BOUNDARY = "OutreachSettled";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CaseStartVariables startVariables;


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

  // -------------------------------------------------------------- settled: in every outreach state

  @Test
  void settledWhileTheLetterIsOpenEndsTheOutreachAndOpensTheClosure() {
    ProcessInstance pi = courtCase("2026-03-02");
    assertThat(pi).isWaitingAt(TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT);
    assertThat(timers(pi, "SendCourtLetterDeadline")).hasSize(1);

    settle(pi, "lawsuit-withdrawn", "2026-03-03", "housing-retained");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY, "GW_ClosureAlreadyOpen")
        .hasNotPassed("CounsellingDone", TASK_COUNSELLING, "AppointmentPassed")
        .isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt(TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT);
    assertCanceled(pi, TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT, "Outreach");
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
    assertThat(timers(pi, "SendCourtLetterDeadline")).as("the letter's deadline timer").isEmpty();
    assertThat(outreachSubscriptions(pi)).isZero();
    assertThat(taskService.getVariable(task(TASK_CLOSE_CASE, pi).getId(), CaseVariables.OUTCOME))
        .as("the closure form is prefilled").isEqualTo("housing-retained");

    closeCase(pi, "housing-retained");
    assertThat(pi).hasPassed("CaseClosed").isWaitingAt("FollowUpDue");
  }

  @Test
  void settledWhileWaitingForTheAppointmentEndsTheWaiting() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    assertThat(pi).isWaitingAt("AppointmentPassed", TASK_RECORD_CONTACT);

    settle(pi, "arrears-settled", "2026-03-05", "housing-retained");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY).isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt("AppointmentPassed", TASK_RECORD_CONTACT)
        .hasNotPassed(TASK_HOME_VISIT_1, "CounsellingDone");
    assertThat(timers(pi, "AppointmentPassed")).as("the appointment timer").isEmpty();
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
  }

  @Test
  void settledWhileTheFirstVisitIsOpenEndsTheVisit() {
    ProcessInstance pi = toFirstVisit();
    assertThat(timers(pi, "HomeVisit1Deadline")).hasSize(1);

    settle(pi, "household-moved", "2026-03-11", "moved-out");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY).isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt(TASK_HOME_VISIT_1, TASK_RECORD_CONTACT).hasNotPassed("CounsellingDone");
    assertCanceled(pi, TASK_HOME_VISIT_1);
    assertThat(timers(pi, "HomeVisit1Deadline")).as("the visit's deadline timer").isEmpty();
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
    assertThat(taskService.getVariable(task(TASK_CLOSE_CASE, pi).getId(), CaseVariables.OUTCOME))
        .isEqualTo("moved-out");
  }

  @Test
  void settledAfterTheFirstVisitsDeadlineWasEscalatedStillEndsTheVisit() {
    ProcessInstance pi = toFirstVisit();
    // due Monday 16 March 2026; the timer fires and the escalation runs the next morning
    at("2026-03-17T07:00");
    runDueJobs(pi);
    assertThat(pi).hasPassed("HomeVisit1Deadline", "EscalateHomeVisit1", "HomeVisit1Escalated")
        .isWaitingAt(TASK_HOME_VISIT_1);
    assertThat(taskService.getVariableLocal(task(TASK_HOME_VISIT_1, pi).getId(),
        CaseVariables.OVERDUE)).isEqualTo(true);

    settle(pi, "lawsuit-withdrawn", "2026-03-17", "housing-retained");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY).isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt(TASK_HOME_VISIT_1, TASK_RECORD_CONTACT);
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count())
        .as("no timer or escalation job left but none of the outreach").isZero();
  }

  @Test
  void settledBetweenTheDeadlineTimerAndItsEscalationDropsTheEscalation() {
    ProcessInstance pi = toFirstVisit();
    at("2026-03-17T07:00");
    managementService.executeJob(timers(pi, "HomeVisit1Deadline").get(0).getId());
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("EscalateHomeVisit1").count()).as("the escalation waits as a job").isEqualTo(1);

    settle(pi, "arrears-settled", "2026-03-17", "housing-retained");

    assertThat(pi).isWaitingAt(TASK_CLOSE_CASE).hasNotPassed("HomeVisit1Escalated");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count())
        .as("the escalation job ended with the outreach").isZero();
  }

  @Test
  void settledWhileTheSecondVisitIsOpenEndsTheVisit() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 2, false, true);
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_2, TASK_RECORD_CONTACT);

    settle(pi, "arrears-settled", "2026-03-12", "housing-retained");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY).isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt(TASK_HOME_VISIT_2, TASK_RECORD_CONTACT)
        .hasNotPassed("HouseholdNotReached", "NoContactAfterVisits", "CounsellingDone");
    assertCanceled(pi, TASK_HOME_VISIT_2);
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
  }

  @Test
  void settledAfterTheHouseholdWasNotReachedKeepsTheOneClosureTask() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 1, false, false);
    assertThat(pi).hasPassed("HouseholdNotReached", "NoContactAfterVisits")
        .isWaitingAt(TASK_CLOSE_CASE, TASK_RECORD_CONTACT);
    Task closureBefore = task(TASK_CLOSE_CASE, pi);

    settle(pi, "household-moved", "2026-03-13", "moved-out");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY, "GW_ClosureAlreadyOpen", "CounsellingDone")
        .isWaitingAt(TASK_CLOSE_CASE).isNotWaitingAt(TASK_RECORD_CONTACT);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CLOSE_CASE).list()).extracting(Task::getId)
        .as("no second closure task").containsExactly(closureBefore.getId());
    assertThat(openTaskKeys(pi)).containsExactly(TASK_CLOSE_CASE);
    assertThat(taskService.getVariable(closureBefore.getId(), CaseVariables.OUTCOME))
        .isEqualTo("moved-out");

    closeCase(pi, "moved-out");
    assertThat(pi).isWaitingAt("FollowUpDue");
  }

  @Test
  void settledDuringCounsellingFindsNoOutreachAndTheCounsellingGoesOn() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    recordContact(pi, "2026-03-04", "phone");
    assertThat(pi).hasPassed("ContactRecorded", "Outreach").isWaitingAt(TASK_COUNSELLING);

    // CaseEngine.correlateIfWaiting looks for the subscription first: there is none
    assertThat(outreachSubscriptions(pi)).as("the outreach is over").isZero();
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MSG_CASE_SETTLED)
        .processInstanceId(pi.getId()).correlateWithResult())
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(pi).isWaitingAt(TASK_COUNSELLING).hasNotPassed(SETTLED_BOUNDARY, "CounsellingDone")
        .isNotWaitingAt(TASK_CLOSE_CASE);
    counsel(pi);
    assertThat(pi).isWaitingAt(TASK_CLOSE_CASE).hasNotPassed("CounsellingDone");
  }

  @Test
  void aContactBeforeTheLetterEndsTheLetterTask() {
    ProcessInstance pi = courtCase("2026-03-02");
    assertThat(pi).isWaitingAt(TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT);

    recordContact(pi, "2026-03-03", "office");

    assertThat(pi).hasPassed(TASK_RECORD_CONTACT, "ContactRecorded", "Outreach")
        .isWaitingAt(TASK_COUNSELLING).isNotWaitingAt(TASK_SEND_COURT_LETTER)
        .hasNotPassed("AppointmentPassed", TASK_HOME_VISIT_1, SETTLED_BOUNDARY);
    assertCanceled(pi, TASK_SEND_COURT_LETTER);
    assertThat(timers(pi, "SendCourtLetterDeadline")).isEmpty();
    assertThat(openTaskKeys(pi)).containsExactly(TASK_COUNSELLING);
    assertThat(pi).variables().containsEntry(CaseVariables.CONTACT_ESTABLISHED, true)
        .doesNotContainKey(CaseVariables.LETTER_SENT_ON);
  }

  @Test
  void theBailiffOpenedCaseHasNoLetterAndASettlementKeepsItsOneClosure() {
    String caseId = nextCaseId();
    ProcessInstance pi = runtimeService.createMessageCorrelation(MSG_CASE_OPENED_BY_BAILIFF)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.bailiffCase(caseId, bailiffRequest("DR B " + caseId,
            "2026-03-02", "2026-04-14T09:00"), null))
        .correlateStartMessage();
    bailiffNotice(pi, "DR B " + caseId, "2026-03-02", "2026-04-14T09:00");
    assertThat(pi).isWaitingAt(TASK_RECORD_CONTACT, TASK_CLOSE_CASE, TASK_SEND_EVICTION_LETTER)
        .hasNotPassed(TASK_SEND_COURT_LETTER).hasPassed("HouseholdNotReached");
    Task closure = task(TASK_CLOSE_CASE, pi);

    settle(pi, "lawsuit-withdrawn", "2026-03-03", "housing-retained");

    assertThat(pi).hasPassed(SETTLED_BOUNDARY, "CounsellingDone").isWaitingAt(TASK_CLOSE_CASE)
        .isNotWaitingAt(TASK_RECORD_CONTACT);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CLOSE_CASE).list()).extracting(Task::getId)
        .containsExactly(closure.getId());
    assertThat(openTaskKeys(pi)).as("the bailiff notice goes on")
        .containsExactly(TASK_CLOSE_CASE, TASK_SEND_EVICTION_LETTER);
  }

  // -------------------------------------------------------- eviction called off: each notice state

  @Test
  void evictionCalledOffWhileItsLetterIsOpenEndsOnlyThatNotice() {
    ProcessInstance pi = courtCase("2026-03-02");
    bailiffNotice(pi, "DR 10/26", "2026-03-03", "2026-04-14T09:00");
    bailiffNotice(pi, "DR 11/26", "2026-03-04", "2026-04-21T09:00");
    assertThat(noticeTasks(pi, "DR 10/26")).containsExactly(TASK_SEND_EVICTION_LETTER);
    assertThat(noticeTimers(pi, "SendEvictionLetterDeadline", "DR 10/26")).hasSize(1);

    callOff(pi, "DR 10/26");

    assertThat(pi).hasPassed("EvictionCalledOffReceived", "EvictionVoided")
        .isWaitingAt(TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT, TASK_SEND_EVICTION_LETTER);
    assertThat(noticeTasks(pi, "DR 10/26")).isEmpty();
    assertThat(noticeTimers(pi, "SendEvictionLetterDeadline", "DR 10/26")).isEmpty();
    assertThat(noticeTasks(pi, "DR 11/26")).containsExactly(TASK_SEND_EVICTION_LETTER);
    assertThat(noticeTimers(pi, "SendEvictionLetterDeadline", "DR 11/26")).hasSize(1);
    assertThat(noticeKey(pi, "DR 10/26")).as("the notice's scope has ended").isNull();
    assertThat(noticeKey(pi, "DR 11/26")).isNotNull();
  }

  @Test
  void evictionCalledOffWhileTheAttendanceIsToBeDecidedEndsOnlyThatNotice() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR 20/26", "2026-03-04", "2026-04-14T09:00");
    bailiffNotice(pi, "DR 21/26", "2026-03-05", "2026-04-21T09:00");
    sendEvictionLetter(pi, "DR 20/26", "2026-03-05");
    assertThat(noticeTasks(pi, "DR 20/26")).containsExactly(TASK_DECIDE_EVICTION_ATTENDANCE);

    callOff(pi, "DR 20/26");

    assertThat(pi).hasPassed("EvictionVoided")
        .isWaitingAt(TASK_RECORD_CONTACT, "AppointmentPassed", TASK_SEND_EVICTION_LETTER)
        .isNotWaitingAt(TASK_DECIDE_EVICTION_ATTENDANCE).hasNotPassed(TASK_ATTEND_EVICTION);
    assertCanceled(pi, TASK_DECIDE_EVICTION_ATTENDANCE);
    assertThat(noticeTasks(pi, "DR 20/26")).isEmpty();
    assertThat(noticeTasks(pi, "DR 21/26")).containsExactly(TASK_SEND_EVICTION_LETTER);
  }

  @Test
  void evictionCalledOffWhileItsAttendanceIsOpenEndsOnlyThatNotice() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR 30/26", "2026-03-04", "2026-04-14T09:00");
    bailiffNotice(pi, "DR 31/26", "2026-03-05", "2026-04-21T09:00");
    sendEvictionLetter(pi, "DR 30/26", "2026-03-05");
    sendEvictionLetter(pi, "DR 31/26", "2026-03-05");
    decideAttendance(pi, "DR 30/26", true);
    assertThat(noticeTasks(pi, "DR 30/26")).containsExactly(TASK_ATTEND_EVICTION);
    assertThat(noticeTasks(pi, "DR 31/26")).containsExactly(TASK_DECIDE_EVICTION_ATTENDANCE);

    callOff(pi, "DR 30/26");

    assertThat(pi).hasPassed("EvictionVoided").isNotWaitingAt(TASK_ATTEND_EVICTION)
        .isWaitingAt(TASK_RECORD_CONTACT, "AppointmentPassed", TASK_DECIDE_EVICTION_ATTENDANCE)
        .hasNotPassed("EvictionNoticeHandled");
    assertCanceled(pi, TASK_ATTEND_EVICTION);
    assertThat(noticeTasks(pi, "DR 30/26")).isEmpty();
    assertThat(noticeTasks(pi, "DR 31/26")).containsExactly(TASK_DECIDE_EVICTION_ATTENDANCE);

    // the other notice and the case go on as before
    decideAttendance(pi, "DR 31/26", false);
    assertThat(pi).hasPassed("EvictionNoticeHandled").isWaitingAt(TASK_RECORD_CONTACT);
  }

  @Test
  void aHandledNoticeHasNoCallOffSubscriptionLeft() {
    ProcessInstance pi = courtCase("2026-03-02");
    recordContact(pi, "2026-03-03", "phone");
    bailiffNotice(pi, "DR 40/26", "2026-03-04", "2026-04-14T09:00");
    String key = noticeKey(pi, "DR 40/26");
    sendEvictionLetter(pi, "DR 40/26", "2026-03-05");
    assertThat(pi).hasPassed("EvictionNoticeHandled").hasNotPassed("EvictionVoided");
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventName(MSG_EVICTION_CALLED_OFF).executionId(key).count()).isZero();
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventName(MSG_EVICTION_CALLED_OFF).count()).isZero();
  }

  // -------------------------------------------------------------- transferred: in every main state

  @Test
  void transferredWhileTheLetterIsOpen() {
    ProcessInstance pi = courtCase("2026-03-02");
    transferAndAssertHandedOver(pi);
  }

  @Test
  void transferredWhileWaitingForTheAppointment() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    transferAndAssertHandedOver(pi);
  }

  @Test
  void transferredDuringTheVisits() {
    ProcessInstance pi = toFirstVisit();
    transferAndAssertHandedOver(pi);

    ProcessInstance second = toFirstVisit();
    visit(second, TASK_HOME_VISIT_1, "2026-03-11", 2, false, true);
    assertThat(second).isWaitingAt(TASK_HOME_VISIT_2);
    transferAndAssertHandedOver(second);
  }

  @Test
  void transferredDuringCounselling() {
    ProcessInstance pi = courtCase("2026-03-02");
    recordContact(pi, "2026-03-03", "phone");
    assertThat(pi).isWaitingAt(TASK_COUNSELLING);
    transferAndAssertHandedOver(pi);
  }

  @Test
  void transferredWhileTheClosureIsOpen() {
    ProcessInstance pi = toFirstVisit();
    visit(pi, TASK_HOME_VISIT_1, "2026-03-11", 1, false, false);
    assertThat(pi).isWaitingAt(TASK_CLOSE_CASE, TASK_RECORD_CONTACT);
    transferAndAssertHandedOver(pi);
  }

  @Test
  void transferredWithAPendingEvictionEndsTheNoticeToo() {
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    bailiffNotice(pi, "DR 50/26", "2026-03-04", "2026-04-14T09:00");
    bailiffNotice(pi, "DR 51/26", "2026-03-05", "2026-04-21T09:00");
    sendEvictionLetter(pi, "DR 50/26", "2026-03-05");
    decideAttendance(pi, "DR 50/26", true);
    assertThat(pi).isWaitingAt(TASK_ATTEND_EVICTION, TASK_SEND_EVICTION_LETTER);
    transferAndAssertHandedOver(pi);
    assertThat(pi).hasNotPassed("EvictionVoided", "EvictionNoticeHandled");
  }

  @Test
  void aTakenOverCaseStartsWithTheLetterDueThreeWorkingDaysAfterTheHandover() {
    ProcessInstance first = courtCase("2026-03-02");
    sendCourtLetter(first, "2026-03-03", "2026-03-10T10:00");
    Map<String, Object> previous = runtimeService.getVariables(first.getId());
    at("2026-03-10T11:00");
    transferAndAssertHandedOver(first);

    String newCaseId = nextCaseId();
    ProcessInstance taken = runtimeService.createMessageCorrelation(MSG_CASE_TAKEN_OVER)
        .processInstanceBusinessKey(newCaseId)
        .setVariables(startVariables.transferredCase(newCaseId, "neukoelln", first.getBusinessKey(),
            previous, LocalDate.parse("2026-03-10")))
        .correlateStartMessage();

    assertThat(taken).hasPassed("CaseTakenOver", "GW_CaseOpened", "CaseWorkStarted")
        .hasNotPassed("CourtNoticeReceived", "CaseOpenedByBailiffNotice")
        .isWaitingAt(TASK_SEND_COURT_LETTER, TASK_RECORD_CONTACT);
    assertThat(taken.getTenantId()).isEqualTo("neukoelln");
    assertThat(taken).variables()
        .containsEntry(CaseVariables.CASE_ORIGIN, "transfer")
        .containsEntry(CaseVariables.PREVIOUS_CASE_ID, first.getBusinessKey())
        .containsEntry(CaseVariables.RECEIVED_ON, "2026-03-10")
        .containsEntry(CaseVariables.DISTRICT, "neukoelln")
        .containsEntry(CaseVariables.HOUSEHOLD_NAME, "Erika Mustermann")
        .containsEntry(CaseVariables.COURT_FILE_NUMBER, previous.get(
            CaseVariables.COURT_FILE_NUMBER))
        .containsEntry(CaseVariables.COURT_LETTER_DUE_ON, "2026-03-13")
        .doesNotContainKey(CaseVariables.LETTER_SENT_ON);
    // handed over on Tuesday 10 March 2026: Wed, Thu, Fri – due Friday 13 March, end of day
    Task letter = task(TASK_SEND_COURT_LETTER, taken);
    assertThat(letter.getDueDate()).isEqualTo(date("2026-03-13T23:59"));
    assertThat(letter.getTenantId()).isEqualTo("neukoelln");
    assertThat(timers(taken, "SendCourtLetterDeadline")).singleElement()
        .extracting(Job::getDuedate).isEqualTo(date("2026-03-13T23:59"));

    // and it runs like any case: the letter, then the waiting for the appointment
    sendCourtLetter(taken, "2026-03-11", "2026-03-18T10:00");
    assertThat(taken).isWaitingAt("AppointmentPassed", TASK_RECORD_CONTACT);
  }

  // ------------------------------------------------------------------ entered in error

  @Test
  void enteredInErrorWhileRunningVoidsTheCase() {
    ProcessInstance pi = toFirstVisit();
    bailiffNotice(pi, "DR 60/26", "2026-03-10", "2026-04-14T09:00");
    assertThat(pi).isWaitingAt(TASK_HOME_VISIT_1, TASK_RECORD_CONTACT, TASK_SEND_EVICTION_LETTER);

    correlate(pi, MSG_CASE_ENTERED_IN_ERROR);

    assertThat(pi).isEnded().hasPassed("CaseEnteredInError", "CaseVoided")
        .hasNotPassed("CaseHandedOver", "CaseClosed", "CaseCompleted", "FollowUpDue");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void enteredInErrorWhileWaitingForTheFollowUpVoidsTheCase() {
    ProcessInstance pi = courtCase("2026-03-02");
    recordContact(pi, "2026-03-03", "phone");
    counsel(pi);
    closeCase(pi, "housing-retained");
    assertThat(pi).hasPassed("CaseClosed").isWaitingAt("FollowUpDue");
    assertThat(timers(pi, "FollowUpDue")).hasSize(1);

    correlate(pi, MSG_CASE_ENTERED_IN_ERROR);

    assertThat(pi).isEnded().hasPassed("CaseVoided").hasNotPassed(TASK_FOLLOW_UP, "CaseCompleted");
    assertThat(timers(pi, "FollowUpDue")).isEmpty();
  }

  @Test
  void enteredInErrorAfterTheFollowUpCameDueVoidsTheCase() {
    ProcessInstance pi = courtCase("2026-03-02");
    recordContact(pi, "2026-03-03", "phone");
    counsel(pi);
    closeCase(pi, "housing-retained");
    at("2027-04-01T08:00");
    runDueJobs(pi);
    assertThat(pi).hasPassed("FollowUpDue").isWaitingAt(TASK_FOLLOW_UP);

    correlate(pi, MSG_CASE_ENTERED_IN_ERROR);

    assertThat(pi).isEnded().hasPassed("CaseVoided").hasNotPassed("CaseCompleted");
    assertCanceled(pi, TASK_FOLLOW_UP);
  }

  // ------------------------------------------------------------------ helpers: the case events

  /** What CaseEvents does for lawsuit-withdrawn, arrears-settled, household-moved. */
  private void settle(ProcessInstance pi, String type, String on, String outcome) {
    onDay(on);
    runtimeService.setVariable(pi.getId(), CaseVariables.CASE_SETTLED_BY, type);
    runtimeService.setVariable(pi.getId(), CaseVariables.CASE_SETTLED_ON, on);
    runtimeService.setVariable(pi.getId(), CaseVariables.OUTCOME, outcome);
    assertThat(outreachSubscriptions(pi)).as("the outreach waits for %s", MSG_CASE_SETTLED)
        .isEqualTo(1);
    correlate(pi, MSG_CASE_SETTLED);
  }

  /** What CaseEngine.deliverIfWaiting does for eviction-called-off: to the notice's scope. */
  private void callOff(ProcessInstance pi, String reference) {
    String key = noticeKey(pi, reference);
    assertThat(key).as("notice %s runs", reference).isNotNull();
    List<EventSubscription> subscriptions = runtimeService.createEventSubscriptionQuery()
        .processInstanceId(pi.getId()).eventType("message").eventName(MSG_EVICTION_CALLED_OFF)
        .list();
    assertThat(subscriptions).extracting(EventSubscription::getExecutionId)
        .as("the call-off subscription sits on the execution that holds the notice's data")
        .contains(key);
    runtimeService.messageEventReceived(MSG_EVICTION_CALLED_OFF, key);
  }

  private void transferAndAssertHandedOver(ProcessInstance pi) {
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventType("message").eventName(MSG_CASE_TRANSFERRED).count()).isEqualTo(1);
    correlate(pi, MSG_CASE_TRANSFERRED);
    assertThat(pi).isEnded().hasPassed("CaseTransferred", "CaseHandedOver")
        .hasNotPassed("CaseClosed", "CaseVoided", "FollowUpDue", "CaseCompleted");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private void correlate(ProcessInstance pi, String message) {
    runtimeService.createMessageCorrelation(message).processInstanceId(pi.getId())
        .correlateWithResult();
  }

  private long outreachSubscriptions(ProcessInstance pi) {
    return runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventType("message").eventName(MSG_CASE_SETTLED).count();
  }

  /** The execution of a running notice's scope: the one that holds its bailiffReference. */
  private String noticeKey(ProcessInstance pi, String reference) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName(CaseVariables.BAILIFF_REFERENCE).list().stream()
        .filter(v -> reference.equals(v.getValue())).map(VariableInstance::getExecutionId)
        .findFirst().orElse(null);
  }

  /** The open tasks of one notice, by key. */
  private List<String> noticeTasks(ProcessInstance pi, String reference) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).list().stream()
        .filter(t -> reference.equals(taskService.getVariable(t.getId(),
            CaseVariables.BAILIFF_REFERENCE)))
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  private List<Job> noticeTimers(ProcessInstance pi, String activityId, String reference) {
    return timers(pi, activityId).stream()
        .filter(j -> reference.equals(runtimeService.getVariable(j.getExecutionId(),
            CaseVariables.BAILIFF_REFERENCE)))
        .toList();
  }

  private Task noticeTask(ProcessInstance pi, String reference, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .list().stream().filter(t -> reference.equals(taskService.getVariable(t.getId(),
            CaseVariables.BAILIFF_REFERENCE))).findFirst().orElseThrow();
  }

  private List<String> openTaskKeys(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  /** Every instance of these activities ended without being completed. */
  private void assertCanceled(ProcessInstance pi, String... activityIds) {
    for (String id : activityIds) {
      List<HistoricActivityInstance> instances = historyService
          .createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(id)
          .list();
      assertThat(instances).as(id).isNotEmpty().allSatisfy(a -> {
        assertThat(a.getEndTime()).as(id + " ended").isNotNull();
        assertThat(a.isCanceled()).as(id + " canceled").isTrue();
      });
    }
  }

  private List<Job> timers(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(activityId).timers().list();
  }

  /** Runs every job of this case due now (timers and the asynchronous escalations they start). */
  private void runDueJobs(ProcessInstance pi) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId())
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  // ------------------------------------------------------------------ helpers: the case's acts

  private ProcessInstance toFirstVisit() {
    at("2026-03-02T09:00");
    ProcessInstance pi = courtCase("2026-03-02");
    sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    at("2026-03-10T08:00");
    managementService.executeJob(timers(pi, "AppointmentPassed").get(0).getId());
    assertThat(pi).hasPassed("AppointmentPassed").isWaitingAt(TASK_HOME_VISIT_1,
        TASK_RECORD_CONTACT);
    return pi;
  }

  private ProcessInstance courtCase(String receivedOn) {
    String caseId = nextCaseId();
    return runtimeService.createMessageCorrelation(MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice("mitte",
            "14 C " + caseId + "/26", LocalDate.parse(receivedOn), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage();
  }

  private static BailiffNotice bailiffRequest(String reference, String receivedOn,
      String evictionAt) {
    return TestNotices.readBailiffNotice("mitte", reference, LocalDate.parse(receivedOn),
        evictionAt, "Erika Mustermann", "Musterstraße 1");
  }

  private void bailiffNotice(ProcessInstance pi, String reference, String receivedOn,
      String evictionAt) {
    onDay(receivedOn);
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

  private void recordContact(ProcessInstance pi, String on, String channel) {
    onDay(on);
    complete(task(TASK_RECORD_CONTACT, pi), withVariables(
        CaseVariables.CONTACT_ON, on, CaseVariables.CONTACT_CHANNEL, channel));
  }

  private void visit(ProcessInstance pi, String key, String on, int staff, boolean contact,
      Boolean second) {
    onDay(on);
    Map<String, Object> vars = new HashMap<>(Map.of(
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

  private void sendEvictionLetter(ProcessInstance pi, String reference, String sentOn) {
    onDay(sentOn);
    taskService.complete(noticeTask(pi, reference, TASK_SEND_EVICTION_LETTER).getId(),
        Map.of(CaseVariables.EVICTION_LETTER_SENT_ON, sentOn));
  }

  private void decideAttendance(ProcessInstance pi, String reference, boolean attend) {
    taskService.complete(noticeTask(pi, reference, TASK_DECIDE_EVICTION_ATTENDANCE).getId(),
        Map.of(CaseVariables.ATTEND_EVICTION, attend));
  }

  private String nextCaseId() {
    return TestCaseIds.next("E");
  }
}

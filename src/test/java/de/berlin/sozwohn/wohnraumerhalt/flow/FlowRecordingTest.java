package de.berlin.sozwohn.wohnraumerhalt.flow;

import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.berlin.sozwohn.wohnraumerhalt.flow.RecordingRows.CaseRow;
import de.berlin.sozwohn.wohnraumerhalt.flow.RecordingRows.StepRow;
import de.berlin.sozwohn.wohnraumerhalt.flow.RecordingRows.TransitionRow;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flow facts recorded while cases run through the real engine on a simulated clock: exactly
 * the rows expected, hand-computed from the model and the Berlin calendar.
 *
 * <p>Berlin calendar in March 2026: 2 March is a Monday; Sunday 8 March (Frauentag) changes
 * nothing. Due date of {@code SendCourtLetter} (standard 1.1): the end (23:59) of the third
 * working day after the court notice's receipt.
 */
@AppTest
class FlowRecordingTest {

  private static final long HOUR = 3_600_000L;

  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired JdbcTemplate jdbc;

  RecordingCases cases;
  RecordingRows rows;

  @BeforeEach
  void setUp() {
    cases = new RecordingCases(engine, startVariables, "spandau");
    rows = new RecordingRows(jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLetterSentOverTheWeekendTookOneWorkingDayAndWasDueInTime() {
    RecordingCases pankow = new RecordingCases(engine, startVariables, "pankow");
    // Friday 6 March 09:00; due Wednesday 11 March 23:59 (Mon, Tue, Wed)
    ProcessInstance pi = pankow.courtCase("2026-03-06");
    pankow.sendCourtLetter(pi, "2026-03-09", "2026-03-17T10:00");

    assertThat(rows.steps(pi.getId()))
        .extracting(StepRow::activityId, StepRow::activityType, StepRow::district,
            StepRow::workingDays, StepRow::withinDue, StepRow::canceled, StepRow::deadlineEvent)
        .containsExactlyInAnyOrder(
            tuple("CourtNoticeReceived", "messageStartEvent", "pankow", 0, null, false, false),
            tuple("GW_CaseOpened", "exclusiveGateway", "pankow", 0, null, false, false),
            tuple("CaseWorkStarted", "startEvent", "pankow", 0, null, false, false),
            tuple("OutreachStarted", "startEvent", "pankow", 0, null, false, false),
            tuple("GW_OutreachSplit", "parallelGateway", "pankow", 0, null, false, false),
            tuple("GW_CaseOrigin", "exclusiveGateway", "pankow", 0, null, false, false),
            tuple("SendCourtLetter", "userTask", "pankow", 1, true, false, false));
    StepRow letter = rows.step(pi.getId(), "SendCourtLetter");
    assertThat(letter.startedAt()).isEqualTo(LocalDateTime.parse("2026-03-06T09:00"));
    assertThat(letter.endedAt()).isEqualTo(LocalDateTime.parse("2026-03-09T12:00"));
    assertThat(letter.endedOn()).isEqualTo(LocalDate.parse("2026-03-09"));
    assertThat(letter.durationMs()).isEqualTo(75 * HOUR);

    CaseRow running = rows.caseRow(pi.getId()).orElseThrow();
    assertThat(running).isEqualTo(new CaseRow("wohnraumerhalt", "pankow",
        LocalDateTime.parse("2026-03-06T09:00"), LocalDate.parse("2026-03-06"), null, null, null,
        false, false));
    assertThat(running.district()).as("the instance's tenant").isEqualTo(pi.getTenantId());
  }

  @Test
  void theSequenceFlowsOfTheBranchTakenAreRecordedAndNotThoseOfTheOther() {
    ProcessInstance pi = cases.courtCase("2026-03-06");
    cases.sendCourtLetter(pi, "2026-03-09", "2026-03-17T10:00");

    LocalDate friday = LocalDate.parse("2026-03-06");
    assertThat(rows.transitions(pi.getId())).containsExactly(
        new TransitionRow("Flow_CourtNotice", "spandau", friday),
        new TransitionRow("Flow_OriginCourt", "spandau", friday),
        new TransitionRow("Flow_ToCaseWork", "spandau", friday),
        new TransitionRow("Flow_ToOrigin", "spandau", friday),
        new TransitionRow("Flow_ToOutreach", "spandau", friday),
        new TransitionRow("Flow_ToRecordContact", "spandau", friday),
        new TransitionRow("Flow_ToSplit", "spandau", friday),
        new TransitionRow("Flow_LetterSent", "spandau", LocalDate.parse("2026-03-09")));
    assertThat(rows.flowIds(pi.getId())).doesNotContain("Flow_OriginBailiff");
  }

  @Test
  void aLetterSentAtTheDueMinuteIsWithinDue() {
    // Monday 2 March 09:00; due Thursday 5 March 23:59
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetterAt(pi, "2026-03-05T23:59", "2026-03-12T10:00");

    StepRow letter = rows.step(pi.getId(), "SendCourtLetter");
    assertThat(letter.withinDue()).isTrue();
    assertThat(letter.workingDays()).isEqualTo(3);
    assertThat(rows.caseRow(pi.getId()).orElseThrow().deadlineMissed()).isFalse();
  }

  @Test
  void aDeadlineThatFiredMarksTheCaseAndTheLateLetterIsNotWithinDue() {
    // Monday 2 March 09:00; due Thursday 5 March 23:59; the timer fires Friday morning
    ProcessInstance pi = cases.courtCase("2026-03-02");
    at("2026-03-06T07:00");
    cases.fireTimer(pi, "SendCourtLetterDeadline");

    StepRow deadline = rows.step(pi.getId(), "SendCourtLetterDeadline");
    assertThat(deadline).isEqualTo(new StepRow("SendCourtLetterDeadline", "boundaryTimer",
        "spandau", LocalDateTime.parse("2026-03-06T07:00"),
        LocalDateTime.parse("2026-03-06T07:00"), LocalDate.parse("2026-03-06"), 0, 0, null,
        false, true));
    assertThat(rows.caseRow(pi.getId()).orElseThrow().deadlineMissed()).isTrue();
    assertThat(rows.transitions(pi.getId())).contains(
        new TransitionRow("Flow_ToEscalateLetter", "spandau", LocalDate.parse("2026-03-06")));
    assertThat(rows.steps(pi.getId())).extracting(StepRow::activityId)
        .as("the letter task is still open").doesNotContain("SendCourtLetter");

    cases.sendCourtLetter(pi, "2026-03-06", "2026-03-13T10:00");
    StepRow letter = rows.step(pi.getId(), "SendCourtLetter");
    assertThat(letter.withinDue()).isFalse();
    assertThat(letter.workingDays()).as("Tue, Wed, Thu, Fri").isEqualTo(4);
    assertThat(letter.durationMs()).isEqualTo(99 * HOUR);
    assertThat(letter.deadlineEvent()).isFalse();
  }

  @Test
  void aFinishedCaseEndsInItsEndEventWithEveryStepOnItsDay() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    cases.recordContact(pi, "2026-03-05");
    cases.counsel(pi, "2026-03-09");
    assertThat(rows.outcome(pi.getId())).as("no outcome before the closure").isNull();
    cases.closeCase(pi, "2026-03-11", "housing-retained");
    assertThat(rows.outcome(pi.getId())).as("the closure's outcome, while the follow-up waits")
        .isEqualTo("housing-retained");
    cases.followUp(pi, "2027-03-15");

    String id = pi.getId();
    assertThat(rows.outcome(id)).isEqualTo("housing-retained");
    assertThat(rows.caseRow(id).orElseThrow()).isEqualTo(new CaseRow("wohnraumerhalt", "spandau",
        LocalDateTime.parse("2026-03-02T09:00"), LocalDate.parse("2026-03-02"),
        LocalDateTime.parse("2027-03-15T12:00"), LocalDate.parse("2027-03-15"), "CaseCompleted",
        false, false));
    assertThat(rows.steps(id)).filteredOn(step -> !step.activityType().contains("Gateway")
            && !step.activityType().endsWith("tartEvent"))
        .extracting(StepRow::activityId, StepRow::activityType, StepRow::endedOn,
            StepRow::workingDays, StepRow::withinDue, StepRow::canceled)
        .containsExactlyInAnyOrder(
            tuple("SendCourtLetter", "userTask", day("2026-03-03"), 1, true, false),
            // Tue, Wed, Thu
            tuple("RecordContact", "userTask", day("2026-03-05"), 3, null, false),
            // the contact ended the outreach: the appointment's timer was cancelled
            tuple("AppointmentPassed", "intermediateTimer", day("2026-03-05"), 2, null, true),
            tuple("ContactRecorded", "terminateEndEvent", day("2026-03-05"), 0, null, false),
            tuple("Outreach", "subProcess", day("2026-03-05"), 3, null, false),
            // Fri, Mon
            tuple("Counselling", "userTask", day("2026-03-09"), 2, null, false),
            tuple("CloseCase", "userTask", day("2026-03-11"), 2, null, false),
            tuple("CaseClosed", "terminateEndEvent", day("2026-03-11"), 0, null, false),
            // 3, 4, 5, 6, 9, 10, 11 March
            tuple("CaseWork", "subProcess", day("2026-03-11"), 7, null, false),
            // 11 March 2026 to 10 March 2027: 52 weeks, 260 weekdays; Thu, Fri, Mon: 263; less
            // Karfreitag, Ostermontag, 1 May, Himmelfahrt, Pfingstmontag, 25 Dec, 1 Jan, 8 Mar 2027
            tuple("FollowUpDue", "intermediateTimer", day("2027-03-15"), 255, null, false),
            tuple("FollowUp", "userTask", day("2027-03-15"), 0, null, false),
            tuple("CaseCompleted", "noneEndEvent", day("2027-03-15"), 0, null, false));
    assertThat(rows.steps(id)).as("the 12 above, 6 gateways, 3 start events").hasSize(21);
    assertThat(rows.transitions(id)).hasSize(18);
    assertThat(rows.step(id, "FollowUp").durationMs()).isEqualTo(4 * HOUR);
    assertThat(rows.step(id, "CaseWork").startedAt())
        .isEqualTo(LocalDateTime.parse("2026-03-02T09:00"));
    assertThat(rows.flowIds(id)).contains("Flow_ContactRecorded", "Flow_ContactMade",
            "Flow_ClosureNotOpen", "Flow_ToCaseClosed", "Flow_ToFollowUp", "Flow_ToCaseCompleted")
        .doesNotContain("Flow_ToHomeVisit1", "Flow_ClosureOpen", "Flow_OriginBailiff");
  }

  @Test
  void aCaseDeletedThroughTheJavaApiIsDeletedWithItsOpenStepsCanceled() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.delete(pi, "2026-03-04");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getState())
        .as("what Camunda calls it").isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
    assertThat(rows.caseRow(pi.getId()).orElseThrow()).isEqualTo(new CaseRow("wohnraumerhalt",
        "spandau", LocalDateTime.parse("2026-03-02T09:00"), LocalDate.parse("2026-03-02"),
        LocalDateTime.parse("2026-03-04T12:00"), LocalDate.parse("2026-03-04"), null, true,
        false));
    assertThat(rows.steps(pi.getId())).filteredOn(StepRow::canceled)
        .extracting(StepRow::activityId, StepRow::endedOn, StepRow::workingDays,
            StepRow::withinDue)
        .containsExactlyInAnyOrder(
            // the letter had a due date, but was never completed
            tuple("SendCourtLetter", day("2026-03-04"), 2, null),
            tuple("RecordContact", day("2026-03-04"), 2, null),
            tuple("Outreach", day("2026-03-04"), 2, null),
            tuple("CaseWork", day("2026-03-04"), 2, null));
    assertThat(rows.steps(pi.getId())).filteredOn(step -> !step.canceled())
        .extracting(StepRow::activityId).containsExactlyInAnyOrder("CourtNoticeReceived",
            "GW_CaseOpened", "CaseWorkStarted", "OutreachStarted", "GW_OutreachSplit",
            "GW_CaseOrigin");
  }

  @Test
  void aCaseDeletedAsCockpitDoesIsDeleted() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.deleteAsCockpit(pi, "2026-03-03");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getState())
        .isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    CaseRow row = rows.caseRow(pi.getId()).orElseThrow();
    assertThat(row.deleted()).isTrue();
    assertThat(row.endActivityId()).isNull();
    assertThat(row.endedOn()).isEqualTo(LocalDate.parse("2026-03-03"));
  }

  @Test
  void aCaseEnteredInErrorEndsInTheEndEventOfItsEventSubprocess() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    cases.enteredInError(pi, "2026-03-04");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getEndActivityId())
        .as("Camunda names the event subprocess").isEqualTo("CaseVoid");
    CaseRow row = rows.caseRow(pi.getId()).orElseThrow();
    assertThat(row.endActivityId()).as("the end event reached").isEqualTo("CaseVoided");
    assertThat(row.deleted()).isFalse();
    assertThat(row.endedAt()).isEqualTo(LocalDateTime.parse("2026-03-04T12:00"));
    assertThat(rows.steps(pi.getId())).filteredOn(StepRow::canceled)
        .extracting(StepRow::activityId)
        .containsExactlyInAnyOrder("AppointmentPassed", "RecordContact", "Outreach", "CaseWork");
    assertThat(rows.steps(pi.getId())).filteredOn(step -> step.endedOn().equals(day("2026-03-04"))
            && !step.canceled())
        .extracting(StepRow::activityId, StepRow::activityType)
        .containsExactlyInAnyOrder(tuple("CaseEnteredInError", "messageStartEvent"),
            tuple("CaseVoided", "noneEndEvent"), tuple("CaseVoid", "subProcess"));
    assertThat(rows.flowIds(pi.getId())).contains("Flow_ToCaseVoided");
  }

  /**
   * Any deployed model is recorded, and a deadline event is what the model makes one – a
   * non-interrupting timer on a user task, whatever its id – not an interrupting timer. The due
   * date that counts is the task's when it is completed (here moved by a correction).
   */
  @Test
  void anyModelIsRecordedAndDeadlineEventsAreFoundInTheModel() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("flowRecordingProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent("Begin")
        .userTask("Work").camundaDueDate("${due}")
        .endEvent("Done")
        .moveToActivity("Work").boundaryEvent("Remind").cancelActivity(false)
        .timerWithDuration("P1D").endEvent("Reminded")
        .moveToActivity("Work").boundaryEvent("GiveUp").cancelActivity(true)
        .timerWithDuration("P30D").endEvent("GaveUp")
        .done();
    Deployment deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("flow-recording-probe.bpmn", model).deploy();
    try {
      at("2026-03-02T09:00");
      Map<String, Object> start = Map.of(CaseVariables.DISTRICT, "mitte",
          "due", TestClock.date("2026-03-03T23:59"));
      ProcessInstance reminded = engine.getRuntimeService()
          .startProcessInstanceByKey("flowRecordingProbe", start);
      ProcessInstance givenUp = engine.getRuntimeService()
          .startProcessInstanceByKey("flowRecordingProbe", start);

      at("2026-03-03T09:00");
      cases.fireTimer(reminded, "Remind");
      Task work = engine.getTaskService().createTaskQuery().processInstanceId(reminded.getId())
          .singleResult();
      engine.getTaskService().setDueDate(work.getId(), TestClock.date("2026-03-06T23:59"));
      at("2026-03-05T10:00");
      engine.getTaskService().complete(work.getId());
      cases.fireTimer(givenUp, "GiveUp");

      assertThat(rows.caseRow(reminded.getId()).orElseThrow()).isEqualTo(new CaseRow(
          "flowRecordingProbe", "mitte", LocalDateTime.parse("2026-03-02T09:00"),
          day("2026-03-02"), LocalDateTime.parse("2026-03-05T10:00"), day("2026-03-05"), "Done",
          false, true));
      assertThat(rows.steps(reminded.getId()))
          .extracting(StepRow::activityId, StepRow::workingDays, StepRow::withinDue,
              StepRow::canceled, StepRow::deadlineEvent)
          .containsExactlyInAnyOrder(
              tuple("Begin", 0, null, false, false),
              tuple("Remind", 0, null, false, true),
              tuple("Reminded", 0, null, false, false),
              // due moved to Friday before completion on Thursday
              tuple("Work", 3, true, false, false),
              tuple("Done", 0, null, false, false));

      CaseRow gaveUp = rows.caseRow(givenUp.getId()).orElseThrow();
      assertThat(gaveUp.endActivityId()).isEqualTo("GaveUp");
      assertThat(gaveUp.deadlineMissed()).isFalse();
      assertThat(rows.steps(givenUp.getId()))
          .extracting(StepRow::activityId, StepRow::activityType, StepRow::canceled,
              StepRow::deadlineEvent, StepRow::withinDue)
          .containsExactlyInAnyOrder(
              tuple("Begin", "startEvent", false, false, null),
              tuple("Work", "userTask", true, false, null),
              tuple("GiveUp", "boundaryTimer", false, false, null),
              tuple("GaveUp", "noneEndEvent", false, false, null));
      assertThat(rows.transitions(givenUp.getId())).extracting(TransitionRow::flowId)
          .hasSize(2);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  /** Facts and Camunda's history are stored together or not at all. */
  @Test
  void aFailingCommandLeavesNoFacts() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("flowRecordingFailure")
        .camundaHistoryTimeToLive(1)
        .startEvent("Begin")
        .userTask("Work")
        .sequenceFlowId("Flow_WorkDone")
        .serviceTask("Fail").camundaExpression("${noSuchBean.call()}")
        .endEvent("Done")
        .done();
    Deployment deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("flow-recording-failure.bpmn", model).deploy();
    try {
      at("2026-03-02T09:00");
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(
          "flowRecordingFailure", Map.of(CaseVariables.DISTRICT, "mitte"));
      Task work = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .singleResult();
      at("2026-03-03T09:00");
      assertThatThrownBy(() -> engine.getTaskService().complete(work.getId()))
          .isInstanceOf(ProcessEngineException.class);

      assertThat(rows.steps(pi.getId())).extracting(StepRow::activityId)
          .containsExactly("Begin");
      assertThat(rows.flowIds(pi.getId())).hasSize(1).doesNotContain("Flow_WorkDone");
      assertThat(engine.getTaskService().createTaskQuery().taskId(work.getId()).count())
          .as("the task is still open").isEqualTo(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void theFactsHoldNoPersonalData() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    String dump = String.valueOf(jdbc.queryForList("SELECT * FROM flow_case WHERE case_key = ?",
        pi.getId()))
        + jdbc.queryForList("SELECT * FROM flow_step WHERE case_key = ?", pi.getId())
        + jdbc.queryForList("SELECT * FROM flow_transition WHERE case_key = ?", pi.getId());
    assertThat(dump).contains("spandau", "SendCourtLetter")
        .doesNotContain("Mustermann", "Musterstraße", "7 C ", pi.getBusinessKey());
  }

  private static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }
}

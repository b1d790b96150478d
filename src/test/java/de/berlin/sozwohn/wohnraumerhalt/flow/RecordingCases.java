package de.berlin.sozwohn.wohnraumerhalt.flow;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.MSG_CASE_ENTERED_IN_ERROR;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.MSG_COURT_NOTICE;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_CLOSE_CASE;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_COUNSELLING;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_FOLLOW_UP;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_RECORD_CONTACT;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_SEND_COURT_LETTER;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.at;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.onDay;

import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives {@code wohnraumerhalt} cases through the real engine on the engine clock, as
 * {@code indicators.CaseDriver} does: an act happens at noon of its day unless a time is given
 * (the clock never goes back).
 */
final class RecordingCases {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CaseStartVariables startVariables;
  private final String district;

  RecordingCases(ProcessEngine engine, CaseStartVariables startVariables, String district) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.startVariables = startVariables;
    this.district = district;
  }

  /** A court notice received on that day opens a case at 09:00 (the clock is set there). */
  ProcessInstance courtCase(String receivedOn) {
    at(receivedOn + "T09:00");
    String caseId = TestCaseIds.next("FLOW");
    return runtimeService.createMessageCorrelation(MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice(district,
            "7 C " + caseId + "/26", LocalDate.parse(receivedOn), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage();
  }

  void sendCourtLetter(ProcessInstance pi, String sentOn, String appointmentAt) {
    complete(pi, TASK_SEND_COURT_LETTER, sentOn, Map.of(CaseVariables.LETTER_SENT_ON, sentOn,
        CaseVariables.APPOINTMENT_AT, appointmentAt));
  }

  /** The letter is sent at exactly that Berlin time ({@code "2026-03-05T23:59"}). */
  void sendCourtLetterAt(ProcessInstance pi, String sentAt, String appointmentAt) {
    at(sentAt);
    String sentOn = sentAt.substring(0, 10);
    completeNow(pi, TASK_SEND_COURT_LETTER, Map.of(CaseVariables.LETTER_SENT_ON, sentOn,
        CaseVariables.APPOINTMENT_AT, appointmentAt));
  }

  void recordContact(ProcessInstance pi, String on) {
    complete(pi, TASK_RECORD_CONTACT, on, Map.of(CaseVariables.CONTACT_ON, on,
        CaseVariables.CONTACT_CHANNEL, "phone"));
  }

  void counsel(ProcessInstance pi, String on) {
    complete(pi, TASK_COUNSELLING, on, Map.of(CaseVariables.COUNSELLING_ON, on,
        CaseVariables.RENT_DEBT_TAKEOVER, true, CaseVariables.HELP_67, false,
        CaseVariables.LANDLORD_AGREEMENT, true));
  }

  void closeCase(ProcessInstance pi, String on, String outcome) {
    complete(pi, TASK_CLOSE_CASE, on, Map.of(CaseVariables.OUTCOME, outcome,
        CaseVariables.CLOSED_ON, on));
  }

  /** The follow-up timer fires at 08:00 of that day, the task is done at noon. */
  void followUp(ProcessInstance pi, String on) {
    at(on + "T08:00");
    fireTimer(pi, "FollowUpDue");
    complete(pi, TASK_FOLLOW_UP, on, Map.of(CaseVariables.STILL_HOUSED_AFTER_12_MONTHS, true));
  }

  /** Fires the timer of that activity now (a deadline, an appointment, the follow-up). */
  void fireTimer(ProcessInstance pi, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(activityId).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  /** Deleted at noon of that day through the Java API (Camunda: internally terminated). */
  void delete(ProcessInstance pi, String on) {
    onDay(on);
    runtimeService.deleteProcessInstance(pi.getId(), "irrtümlich gestartet");
  }

  /** Deleted at noon of that day as Cockpit does it, through the REST API (externally terminated). */
  void deleteAsCockpit(ProcessInstance pi, String on) {
    onDay(on);
    runtimeService.deleteProcessInstance(pi.getId(), null, false, true);
  }

  /** A case event "entered in error" at noon of that day ends the case (event subprocess). */
  void enteredInError(ProcessInstance pi, String on) {
    onDay(on);
    runtimeService.createMessageCorrelation(MSG_CASE_ENTERED_IN_ERROR).processInstanceId(pi.getId())
        .correlate();
  }

  private void complete(ProcessInstance pi, String taskKey, String on, Map<String, Object> vars) {
    onDay(on);
    completeNow(pi, taskKey, vars);
  }

  private void completeNow(ProcessInstance pi, String taskKey, Map<String, Object> vars) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).singleResult();
    taskService.complete(task.getId(), vars);
  }
}

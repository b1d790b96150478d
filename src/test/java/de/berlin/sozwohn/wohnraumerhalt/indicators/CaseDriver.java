package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.*;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.at;
import static de.berlin.sozwohn.wohnraumerhalt.support.TestClock.onDay;

import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNotice;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives cases of {@code wohnraumerhalt} through the real engine the way caseworkers do, on the
 * engine clock: every act happens at noon of its day (the clock never goes back).
 */
final class CaseDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CaseStartVariables startVariables;
  private final String district;
  private int number;

  CaseDriver(ProcessEngine engine, CaseStartVariables startVariables, String district) {
    this.startVariables = startVariables;
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.district = district;
  }

  ProcessInstance courtCase(String receivedOn) {
    onDay(receivedOn);
    String caseId = nextCaseId();
    return runtimeService.createMessageCorrelation(MSG_COURT_NOTICE)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.courtCase(caseId, TestNotices.readCourtNotice(district,
            "7 C " + caseId + "/26", LocalDate.parse(receivedOn), "Erika Mustermann",
            "Musterstraße 1"), null))
        .correlateStartMessage();
  }

  ProcessInstance bailiffCase(String receivedOn, String evictionAt) {
    onDay(receivedOn);
    String caseId = nextCaseId();
    ProcessInstance pi = runtimeService.createMessageCorrelation(MSG_CASE_OPENED_BY_BAILIFF)
        .processInstanceBusinessKey(caseId)
        .setVariables(startVariables.bailiffCase(caseId, bailiffRequest(receivedOn, evictionAt),
            null))
        .correlateStartMessage();
    bailiffNotice(pi, receivedOn, evictionAt);
    return pi;
  }

  void bailiffNotice(ProcessInstance pi, String receivedOn, String evictionAt) {
    onDay(receivedOn);
    runtimeService.createMessageCorrelation(MSG_BAILIFF_NOTICE).processInstanceId(pi.getId())
        .setVariablesToTriggeredScope(startVariables.bailiffNotice(
            bailiffRequest(receivedOn, evictionAt)))
        .correlateWithResult();
  }

  void sendCourtLetter(ProcessInstance pi, String sentOn, String appointmentAt) {
    complete(pi, TASK_SEND_COURT_LETTER, sentOn, Map.of(CaseVariables.LETTER_SENT_ON, sentOn,
        CaseVariables.APPOINTMENT_AT, appointmentAt));
  }

  /** The appointment day is over: the timer fires the next morning, HomeVisit1 is due. */
  void appointmentPassed(ProcessInstance pi, String dayAfter) {
    at(dayAfter + "T07:00");
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("AppointmentPassed").timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  void recordContact(ProcessInstance pi, String on, String channel) {
    complete(pi, TASK_RECORD_CONTACT, on, Map.of(CaseVariables.CONTACT_ON, on,
        CaseVariables.CONTACT_CHANNEL, channel));
  }

  void visit(ProcessInstance pi, String taskKey, String on, int staff, boolean contact,
      Boolean secondVisit) {
    Map<String, Object> vars = new HashMap<>(Map.of(CaseVariables.VISITED_ON, on,
        CaseVariables.VISIT_STAFF_COUNT, staff, CaseVariables.CONTACT_MADE, contact));
    if (secondVisit != null) {
      vars.put(CaseVariables.SECOND_VISIT_WANTED, secondVisit);
    }
    complete(pi, taskKey, on, vars);
  }

  void counsel(ProcessInstance pi, String on) {
    complete(pi, TASK_COUNSELLING, on, Map.of(CaseVariables.COUNSELLING_ON, on,
        CaseVariables.RENT_DEBT_TAKEOVER, true, CaseVariables.HELP_67, false,
        CaseVariables.LANDLORD_AGREEMENT, true));
  }

  void sendEvictionLetter(ProcessInstance pi, String sentOn) {
    completeOldest(pi, TASK_SEND_EVICTION_LETTER, sentOn,
        Map.of(CaseVariables.EVICTION_LETTER_SENT_ON, sentOn));
  }

  void decideAttendance(ProcessInstance pi, String on, boolean attend) {
    completeOldest(pi, TASK_DECIDE_EVICTION_ATTENDANCE, on,
        Map.of(CaseVariables.ATTEND_EVICTION, attend));
  }

  void attendEviction(ProcessInstance pi, String on, boolean attended, Integer staff,
      boolean carriedOut) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.EVICTION_ATTENDED, attended);
    vars.put(CaseVariables.EVICTION_CARRIED_OUT, carriedOut);
    if (staff != null) {
      vars.put(CaseVariables.EVICTION_STAFF_COUNT, staff);
    }
    completeOldest(pi, TASK_ATTEND_EVICTION, on, vars);
  }

  void closeCase(ProcessInstance pi, String on, String outcome) {
    complete(pi, TASK_CLOSE_CASE, on, Map.of(CaseVariables.OUTCOME, outcome,
        CaseVariables.CLOSED_ON, on));
  }

  void followUp(ProcessInstance pi, String on, boolean stillHoused) {
    at(on + "T08:00");
    runDueJobs(pi);
    complete(pi, TASK_FOLLOW_UP, on, Map.of(CaseVariables.STILL_HOUSED_AFTER_12_MONTHS,
        stillHoused));
  }

  /** Runs every job of the case due now (timers, escalations). */
  void runDueJobs(ProcessInstance pi) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId())
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private void complete(ProcessInstance pi, String taskKey, String on, Map<String, Object> vars) {
    onDay(on);
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).singleResult();
    taskService.complete(task.getId(), vars);
  }

  private void completeOldest(ProcessInstance pi, String taskKey, String on,
      Map<String, Object> vars) {
    onDay(on);
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list().get(0);
    taskService.complete(task.getId(), vars);
  }

  private BailiffNotice bailiffRequest(String receivedOn, String evictionAt) {
    return TestNotices.readBailiffNotice(district, "DR II " + (++number) + "/26",
        LocalDate.parse(receivedOn), evictionAt, "Erika Mustermann", "Musterstraße 1");
  }

  private String nextCaseId() {
    return TestCaseIds.next("KPI");
  }

  /** The caseworker acts at noon of that day – unless the clock is already later. */
}

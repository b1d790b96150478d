package de.berlin.sozwohn.wohnraumerhalt.process;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * Small models with the escalation pattern the real model uses on each deadline task: a
 * non-interrupting timer → service task "Fristüberschreitung melden" (async, retry cycle,
 * {@code ${deadlineEscalation}}, input {@code deadlineTask}) → end.
 */
final class EscalationTestProcesses {

  static final String COURT_LETTER_PROCESS = "escalationTest";
  static final String EVICTION_LETTER_PROCESS = "escalationEventSubprocessTest";
  static final String REPORT_OVERDUE = "ReportOverdue";
  /** ISO date-time of the deadline (due date and timer date). */
  static final String DUE_AT = "dueAt";

  /** A user task SendCourtLetter on the process level, due and escalated at ${dueAt}. */
  static BpmnModelInstance courtLetter() {
    return Bpmn.createExecutableProcess(COURT_LETTER_PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(ProcessKeys.TASK_SEND_COURT_LETTER)
          .name("Standardanschreiben versenden")
          .camundaCandidateGroups("fachkraft-${district}")
          .camundaDueDate("${" + DUE_AT + "}")
        .endEvent()
        .moveToActivity(ProcessKeys.TASK_SEND_COURT_LETTER)
        .boundaryEvent("SendCourtLetterOverdue")
          .cancelActivity(false)
          .timerWithDate("${" + DUE_AT + "}")
        .serviceTask(REPORT_OVERDUE)
          .name("Fristüberschreitung melden")
          .camundaAsyncBefore()
          .camundaFailedJobRetryTimeCycle("R5/PT10M")
          .camundaDelegateExpression("${deadlineEscalation}")
          .camundaInputParameter(CaseVariables.DEADLINE_TASK, ProcessKeys.TASK_SEND_COURT_LETTER)
        .endEvent()
        .done();
  }

  /**
   * Like the bailiff notices of the real model: each message starts a non-interrupting event
   * subprocess instance with its own SendEvictionLetter task (due at its local ${dueAt}).
   */
  static BpmnModelInstance evictionLetters() {
    ProcessBuilder process = Bpmn.createExecutableProcess(EVICTION_LETTER_PROCESS)
        .camundaHistoryTimeToLive(1);
    process.startEvent().userTask("CaseOpen").endEvent();
    process.eventSubProcess("BailiffNotice")
        .startEvent().message(ProcessKeys.MSG_BAILIFF_NOTICE).interrupting(false)
        .userTask(ProcessKeys.TASK_SEND_EVICTION_LETTER)
          .name("Anschreiben Zwangsräumung versenden")
          .camundaDueDate("${" + DUE_AT + "}")
        .endEvent()
        .moveToActivity(ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .boundaryEvent("SendEvictionLetterOverdue")
          .cancelActivity(false)
          .timerWithDate("${" + DUE_AT + "}")
        .serviceTask(REPORT_OVERDUE)
          .name("Fristüberschreitung melden")
          .camundaAsyncBefore()
          .camundaFailedJobRetryTimeCycle("R5/PT10M")
          .camundaDelegateExpression("${deadlineEscalation}")
          .camundaInputParameter(CaseVariables.DEADLINE_TASK, ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .endEvent();
    return process.done();
  }

  private EscalationTestProcesses() {}
}

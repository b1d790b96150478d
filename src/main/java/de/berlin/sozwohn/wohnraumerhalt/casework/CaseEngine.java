package de.berlin.sozwohn.wohnraumerhalt.casework;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.intake.MatchingKeys;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.security.EngineAuthority;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine calls of case events and corrections, on the engine's authority ({@link
 * EngineAuthority}): caseworkers hold no permission to correlate into or change a case, and the
 * services have checked district, role and fields before. Runs in the caller's transaction.
 */
@Component
public class CaseEngine {

  /** A bailiff notice of a case: its key (the execution of its event subprocess instance). */
  public record Notice(String key, String reference) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final ManagementService management;
  private final EngineAuthority authority;

  public CaseEngine(RuntimeService runtime, TaskService tasks, HistoryService history,
      ManagementService management, EngineAuthority authority) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.management = management;
    this.authority = authority;
  }

  <T> T call(Callable<T> call) {
    return authority.withoutAuthorizationCheck(call);
  }

  void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  boolean isRunning(String processInstanceId) {
    return call(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() > 0);
  }

  /**
   * The case's variables as they stand: the running instance's, or – for an ended case – the last
   * values its history kept (process scope only).
   */
  Map<String, Object> variables(String processInstanceId) {
    return call(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        return runtime.getVariables(processInstanceId);
      }
      Map<String, Object> values = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).executionIdIn(processInstanceId).list()) {
        values.put(v.getName(), v.getValue());
      }
      return values;
    });
  }

  /** A variable local to a notice's scope, from history (it need not run any more). */
  Optional<Object> noticeVariable(String processInstanceId, String noticeKey, String name) {
    return call(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).executionIdIn(noticeKey).variableName(name).list()
        .stream().findFirst().map(HistoricVariableInstance::getValue));
  }

  /** The case's bailiff notices, by the history of their reference variable. */
  List<Notice> notices(String processInstanceId) {
    return call(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(CaseVariables.BAILIFF_REFERENCE).list()
        .stream().filter(v -> v.getValue() instanceof String)
        .map(v -> new Notice(v.getExecutionId(), (String) v.getValue())).toList());
  }

  Optional<Notice> notice(String processInstanceId, String referenceKey) {
    return notices(processInstanceId).stream()
        .filter(n -> MatchingKeys.bailiffReference(n.reference()).equals(referenceKey))
        .findFirst();
  }

  /** Delivers a message to the case when a subscription waits for it; false when none does. */
  boolean correlateIfWaiting(String processInstanceId, String message) {
    return call(() -> {
      if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
          .eventType("message").eventName(message).count() == 0) {
        return false;
      }
      runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
          .correlateWithResult();
      return true;
    });
  }

  /** Delivers a message to one execution (a notice's scope) when it waits for it. */
  boolean deliverIfWaiting(String processInstanceId, String executionId, String message) {
    return call(() -> {
      if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
          .eventType("message").eventName(message).executionId(executionId).count() == 0) {
        return false;
      }
      runtime.messageEventReceived(message, executionId);
      return true;
    });
  }

  boolean executionRuns(String executionId) {
    return call(() -> runtime.createExecutionQuery().executionId(executionId).count() > 0);
  }

  void setVariable(String executionId, String name, Object value) {
    run(() -> runtime.setVariable(executionId, name, value));
  }

  void setVariableLocal(String executionId, String name, Object value) {
    run(() -> runtime.setVariableLocal(executionId, name, value));
  }

  /** Open tasks of the case with this key, optionally only those of one notice. */
  List<Task> openTasks(String processInstanceId, String taskKey, String noticeReferenceKey) {
    return call(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).list().stream()
        .filter(t -> noticeReferenceKey == null
            || noticeReferenceKey.equals(referenceKeyOf(tasks.getVariable(t.getId(),
                CaseVariables.BAILIFF_REFERENCE))))
        .toList());
  }

  /** The keys of the case's open tasks, sorted. */
  List<String> openTaskKeys(String processInstanceId) {
    return call(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list()
        .stream().map(Task::getTaskDefinitionKey).sorted().toList());
  }

  void setDueDate(Task task, Date due) {
    run(() -> tasks.setDueDate(task.getId(), due));
  }

  /**
   * Moves the deadline timer ({@code boundaryId}) of an open task to {@code due}; a timer that
   * has already fired (the deadline was reported) stays as it was.
   */
  void moveTimer(String processInstanceId, String boundaryId, String noticeReferenceKey,
      Date due) {
    run(() -> {
      for (Job job : management.createJobQuery().processInstanceId(processInstanceId)
          .activityId(boundaryId).timers().list()) {
        if (noticeReferenceKey == null || noticeReferenceKey.equals(referenceKeyOf(
            runtime.getVariable(job.getExecutionId(), CaseVariables.BAILIFF_REFERENCE)))) {
          management.setJobDuedate(job.getId(), due);
        }
      }
    });
  }

  private static String referenceKeyOf(Object reference) {
    return reference instanceof String text ? MatchingKeys.bailiffReference(text) : null;
  }

  static Optional<LocalDate> date(Object value) {
    return value instanceof String text ? DateValues.parseDate(text) : Optional.empty();
  }
}

package de.berlin.sozwohn.wohnraumerhalt.kpi;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;

import de.berlin.sozwohn.wohnraumerhalt.indicators.ContactSource;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the indicator facts of {@code wohnraumerhalt} cases from the engine's history events,
 * next to Camunda's own database history handler (registered by {@link IndicatorFactsPlugin}) and
 * in the same transaction:
 *
 * <ul>
 *   <li>start of the subprocess {@code CaseWork} – the case is open: district, origin, receipt of
 *       the court notice;
 *   <li>creation of {@code SendEvictionLetter} – a bailiff notice arrived: receipt, eviction date;
 *   <li>completion of a user task – what the caseworker recorded (letter, contact, visits,
 *       eviction letter and attendance, closure, follow-up), read from the task's execution at
 *       that moment, so task-local data (HomeVisit2's visit, a notice's data in its event
 *       subprocess) is read in its own scope;
 *   <li>end of a deleted (terminated) process instance – the case is withdrawn.
 * </ul>
 *
 * The facts never hold personal data; the case key is the process instance id. Needs history level
 * {@code activity} or higher (task and activity instance events).
 */
public class IndicatorHistoryEventHandler implements HistoryEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(IndicatorHistoryEventHandler.class);

  private final IndicatorFactStore store;
  private final FactValues values;

  public IndicatorHistoryEventHandler(IndicatorFactStore store, ZoneId zone) {
    this.store = store;
    this.values = new FactValues(zone);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!ProcessKeys.PROCESS.equals(event.getProcessDefinitionKey())) {
      return;
    }
    if (event instanceof HistoricActivityInstanceEventEntity activity) {
      onActivity(activity);
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      onTask(task);
    } else if (event instanceof HistoricProcessInstanceEventEntity process) {
      onProcess(process);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void onActivity(HistoricActivityInstanceEventEntity event) {
    if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)
        && ProcessKeys.CASE_WORK.equals(event.getActivityId())) {
      ExecutionEntity instance = execution(event.getProcessInstanceId());
      if (instance != null) {
        openCase(instance, event.getStartTime() == null ? Instant.now()
            : event.getStartTime().toInstant());
      }
    }
  }

  private void onTask(HistoricTaskInstanceEventEntity event) {
    String taskKey = event.getTaskDefinitionKey();
    boolean created = event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE);
    boolean completed = event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE);
    if (!created && !completed || event.getExecutionId() == null) {
      return;
    }
    ExecutionEntity execution = execution(event.getExecutionId());
    if (execution == null) {
      LOG.warn("Kennzahlen: Ausführung {} der Aufgabe {} nicht gefunden, Fakt nicht erfasst",
          event.getExecutionId(), taskKey);
      return;
    }
    String caseKey = event.getProcessInstanceId();
    ensureCase(caseKey, execution, event);
    if (created) {
      if (ProcessKeys.TASK_SEND_EVICTION_LETTER.equals(taskKey)) {
        noticeReceived(caseKey, execution);
      }
      return;
    }
    switch (taskKey) {
      case ProcessKeys.TASK_SEND_COURT_LETTER -> store.letterSent(caseKey,
          values.date(execution.getVariable(LETTER_SENT_ON)),
          values.date(execution.getVariable(APPOINTMENT_AT)));
      case ProcessKeys.TASK_RECORD_CONTACT -> {
        LocalDate on = values.date(execution.getVariable(CONTACT_ON));
        if (on != null) {
          store.contact(caseKey, on, ContactSource.RECORDED);
        }
      }
      case ProcessKeys.TASK_HOME_VISIT_1 -> visit(caseKey, 1, execution);
      case ProcessKeys.TASK_HOME_VISIT_2 -> visit(caseKey, 2, execution);
      case ProcessKeys.TASK_SEND_EVICTION_LETTER -> withNotice(execution, taskKey,
          notice -> store.evictionLetterSent(notice,
              values.date(execution.getVariable(EVICTION_LETTER_SENT_ON))));
      case ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE -> withNotice(execution, taskKey,
          notice -> store.attendanceDecided(notice,
              FactValues.bool(execution.getVariable(ATTEND_EVICTION))));
      case ProcessKeys.TASK_ATTEND_EVICTION -> withNotice(execution, taskKey,
          notice -> store.evictionRecorded(notice,
              FactValues.bool(execution.getVariable(EVICTION_ATTENDED)),
              FactValues.integer(execution.getVariable(EVICTION_STAFF_COUNT)),
              FactValues.bool(execution.getVariable(EVICTION_CARRIED_OUT))));
      case ProcessKeys.TASK_CLOSE_CASE -> {
        LocalDate closedOn = values.date(execution.getVariable(CLOSED_ON));
        store.closed(caseKey, closedOn != null ? closedOn : values.date(event.getEndTime()),
            FactValues.string(execution.getVariable(OUTCOME)));
      }
      case ProcessKeys.TASK_FOLLOW_UP -> store.followedUp(caseKey, values.date(event.getEndTime()),
          FactValues.bool(execution.getVariable(STILL_HOUSED_AFTER_12_MONTHS)));
      default -> { }
    }
  }

  private void onProcess(HistoricProcessInstanceEventEntity event) {
    // deleted through the API (Cockpit, REST): the state is a *_TERMINATED one, never COMPLETED;
    // the model itself always ends a case at "Nachhaltigkeit geprüft"
    if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)
        && !HistoricProcessInstance.STATE_COMPLETED.equals(event.getState())) {
      store.withdrawn(event.getProcessInstanceId());
    }
  }

  private void openCase(ExecutionEntity instance, Instant openedAt) {
    String district = FactValues.string(instance.getVariable(DISTRICT));
    if (district == null) {
      district = instance.getTenantId();
    }
    if (district == null) {
      LOG.warn("Kennzahlen: Fall {} ohne Bezirk, nicht erfasst", instance.getProcessInstanceId());
      return;
    }
    boolean court = !IndicatorFactStore.ORIGIN_BAILIFF.equals(instance.getVariable(CASE_ORIGIN));
    store.openCase(instance.getProcessInstanceId(), district,
        court ? IndicatorFactStore.ORIGIN_COURT : IndicatorFactStore.ORIGIN_BAILIFF,
        court ? values.date(instance.getVariable(RECEIVED_ON)) : null, openedAt);
  }

  /** Cases that were running before the facts were recorded get their row on the next event. */
  private void ensureCase(String caseKey, ExecutionEntity execution,
      HistoricTaskInstanceEventEntity event) {
    if (!store.hasCase(caseKey)) {
      // opened_at is informational only; the task's start is the best time known here
      openCase(execution.getProcessInstance(), event.getStartTime() != null
          ? event.getStartTime().toInstant() : Instant.now());
    }
  }

  private void visit(String caseKey, int number, ExecutionEntity execution) {
    LocalDate visitedOn = values.date(execution.getVariable(VISITED_ON));
    if (visitedOn == null) {
      return;
    }
    boolean contact = Boolean.TRUE.equals(execution.getVariable(CONTACT_MADE));
    store.visit(caseKey, number, visitedOn,
        FactValues.integer(execution.getVariable(VISIT_STAFF_COUNT)), contact);
    if (contact) {
      store.contact(caseKey, visitedOn, ContactSource.VISIT);
    }
  }

  private void noticeReceived(String caseKey, ExecutionEntity execution) {
    ExecutionEntity scope = noticeScope(execution);
    if (scope == null) {
      LOG.warn("Kennzahlen: Mitteilung ohne eigene Daten im Fall {}, nicht erfasst", caseKey);
      return;
    }
    LocalDate receivedOn = values.date(scope.getVariableLocal(BAILIFF_RECEIVED_ON));
    LocalDateTime evictionAt = values.dateTime(scope.getVariableLocal(EVICTION_AT));
    if (receivedOn == null || evictionAt == null) {
      LOG.warn("Kennzahlen: Mitteilung im Fall {} ohne Eingangs- oder Räumungsdatum", caseKey);
      return;
    }
    String district = FactValues.string(execution.getVariable(DISTRICT));
    store.noticeReceived(scope.getId(), caseKey, district != null ? district
        : execution.getTenantId(), receivedOn, evictionAt);
  }

  private void withNotice(ExecutionEntity execution, String taskKey,
      Consumer<String> update) {
    ExecutionEntity scope = noticeScope(execution);
    if (scope == null) {
      LOG.warn("Kennzahlen: {} ohne Mitteilung im Fall {}", taskKey,
          execution.getProcessInstanceId());
      return;
    }
    update.accept(scope.getId());
  }

  /**
   * The execution of the notice's event subprocess instance: the one that holds the notice's data
   * as local variables ({@code setVariablesToTriggeredScope}). Its id is the notice key.
   */
  private static ExecutionEntity noticeScope(ExecutionEntity execution) {
    for (ExecutionEntity e = execution; e != null; e = e.getParent()) {
      if (e.hasVariableLocal(BAILIFF_RECEIVED_ON)) {
        return e;
      }
    }
    return null;
  }

  private static ExecutionEntity execution(String id) {
    CommandContext context = Context.getCommandContext();
    return context == null || id == null ? null
        : context.getExecutionManager().findExecutionById(id);
  }
}

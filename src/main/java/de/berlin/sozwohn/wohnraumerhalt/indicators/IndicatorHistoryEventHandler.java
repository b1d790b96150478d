package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.BAILIFF_RECEIVED_ON;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ContactSource;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFile;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFiles;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
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
 *       eviction letter and attendance, the rent debt taken over at the counselling, closure,
 *       follow-up), read from the task's execution at
 *       that moment ({@link CaseFile}), so task-local data (HomeVisit2's visit, a notice's data in
 *       its event subprocess) is read in its own scope;
 * </ul>
 *
 * Deleting a process instance changes no fact: past reports stay as they were. Case events and
 * corrections ({@code casework}) update the facts themselves, in their own transaction.
 *
 * The facts never hold personal data; the case key is the process instance id. Needs history level
 * {@code activity} or higher (task and activity instance events).
 */
public class IndicatorHistoryEventHandler implements HistoryEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(IndicatorHistoryEventHandler.class);

  private final IndicatorFactStore store;
  private final DateValues dates;
  private final CaseFiles caseFiles;

  public IndicatorHistoryEventHandler(IndicatorFactStore store, ZoneId zone) {
    this.store = store;
    this.dates = new DateValues(zone);
    this.caseFiles = new CaseFiles(dates);
  }

  /** The Berlin date of an event's time (null: none). */
  private LocalDate dateOf(java.util.Date time) {
    return dates.toDate(time).orElse(null);
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
    // what the task's execution sees: the task's scope, then the case's
    CaseFile file = caseFiles.of(execution);
    switch (taskKey) {
      case ProcessKeys.TASK_SEND_COURT_LETTER -> store.letterSent(caseKey,
          file.letterSentOn().orElse(null), file.appointmentOn().orElse(null));
      case ProcessKeys.TASK_RECORD_CONTACT ->
          file.contactOn().ifPresent(on -> store.contact(caseKey, on, ContactSource.RECORDED));
      case ProcessKeys.TASK_HOME_VISIT_1 -> visit(caseKey, 1, file);
      case ProcessKeys.TASK_HOME_VISIT_2 -> visit(caseKey, 2, file);
      case ProcessKeys.TASK_SEND_EVICTION_LETTER -> withNotice(execution, taskKey,
          notice -> store.evictionLetterSent(notice, file.evictionLetterSentOn().orElse(null)));
      case ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE -> withNotice(execution, taskKey,
          notice -> store.attendanceDecided(notice, file.attendEviction().orElse(null)));
      case ProcessKeys.TASK_ATTEND_EVICTION -> withNotice(execution, taskKey,
          notice -> store.evictionRecorded(notice,
              file.evictionAttended().orElse(null),
              file.evictionStaffCount().orElse(null),
              file.evictionCarriedOut().orElse(null)));
      case ProcessKeys.TASK_COUNSELLING -> store.rentDebtTakenOver(caseKey,
          file.counsellingOn().orElseGet(() -> dateOf(event.getEndTime())),
          amount(execution.getVariable(CaseVariables.RENT_DEBT_TAKEN_OVER)));
      case ProcessKeys.TASK_CLOSE_CASE -> store.closed(caseKey,
          file.closedOn().orElseGet(() -> dateOf(event.getEndTime())),
          file.outcome().orElse(null));
      case ProcessKeys.TASK_FOLLOW_UP -> store.followedUp(caseKey, dateOf(event.getEndTime()),
          file.stillHousedAfter12Months().orElse(null));
      default -> { }
    }
  }

  /**
   * An amount variable (Double as the task input rules store it; any number from older clients)
   * as euros and cents; null when there is none. Never negative: the input rules refuse that.
   */
  static BigDecimal amount(Object value) {
    if (!(value instanceof Number number)) {
      return null;
    }
    BigDecimal amount = number instanceof BigDecimal b ? b
        : new BigDecimal(number.toString());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private void openCase(ExecutionEntity instance, Instant openedAt) {
    CaseFile file = caseFiles.of(instance);
    String district = file.district().orElse(null);
    if (district == null) {
      LOG.warn("Kennzahlen: Fall {} ohne Bezirk, nicht erfasst", instance.getProcessInstanceId());
      return;
    }
    String origin = file.caseOrigin().filter(o -> o.equals(IndicatorFactStore.ORIGIN_BAILIFF)
        || o.equals(IndicatorFactStore.ORIGIN_TRANSFER)).orElse(IndicatorFactStore.ORIGIN_COURT);
    boolean court = IndicatorFactStore.ORIGIN_COURT.equals(origin);
    store.openCase(instance.getProcessInstanceId(), district, origin,
        court ? file.receivedOn().orElse(null) : null, openedAt);
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

  private void visit(String caseKey, int number, CaseFile file) {
    LocalDate visitedOn = file.visitedOn().orElse(null);
    if (visitedOn == null) {
      return;
    }
    boolean contact = file.contactMade();
    store.visit(caseKey, number, visitedOn, file.visitStaffCount().orElse(null), contact);
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
    // the notice's own data: local to its event subprocess instance
    CaseFile notice = caseFiles.local(scope);
    LocalDate receivedOn = notice.bailiffReceivedOn().orElse(null);
    LocalDateTime evictionAt = notice.evictionAt().orElse(null);
    if (receivedOn == null || evictionAt == null) {
      LOG.warn("Kennzahlen: Mitteilung im Fall {} ohne Eingangs- oder Räumungsdatum", caseKey);
      return;
    }
    store.noticeReceived(scope.getId(), caseKey, caseFiles.of(execution).district().orElse(null),
        receivedOn, evictionAt);
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

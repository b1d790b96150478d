package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowFactWriter.StepFact;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the flow facts of every process instance (all deployed models) from the engine's history
 * events, in the engine's transaction ({@link FlowFactsPlugin} registers it behind Camunda's
 * database history handler):
 *
 * <ul>
 *   <li>start of a process instance: its {@code flow_case} row (district = the instance's tenant);
 *   <li>end of a process instance: ended at/on, the end event it finished in, or deleted when it
 *       was deleted (Cockpit, {@code RuntimeService}) instead of completing in an end event. The
 *       end event is the one the instance reached last before it ended (same command): Camunda's
 *       own end activity is the event subprocess when one ends the instance ({@code CaseVoid}),
 *       where the diagram and the list want its end event ({@code CaseVoided});
 *   <li>end of an activity instance: its {@code flow_step} row – working days from the start date
 *       to the end date (Berlin calendar: the start day never counts, Friday to Monday is 1),
 *       canceled when an interrupting event or a deletion ended it, and for a completed user task
 *       with a due date whether it was completed at or before it; a deadline event that fired
 *       ({@link DeadlineEvents}) also marks its case's {@code deadline_missed}.
 * </ul>
 *
 * <p>The due date comes from the task's own completion event: the engine completes the task (its
 * history event carries the due date as it is then, after any correction, and its activity
 * instance id) before the task's execution leaves the activity, in the same command. The answer
 * waits here until that activity instance's end event, which writes the step; the end event an
 * instance reached waits likewise for the instance's end. Whatever nobody took is dropped when the
 * command ends.
 *
 * <p>Start times: an end event of an instance started in an earlier transaction carries no start
 * time of its own; Camunda's database handler reads it from its history row and sets it on the
 * event. This handler runs after that one, so it needs no query of its own.
 */
public class FlowHistoryEventHandler implements HistoryEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(FlowHistoryEventHandler.class);
  private static final String BOUNDARY_TIMER = "boundaryTimer";
  private static final String UNKNOWN_TYPE = "unknown";
  /** The suffix of Camunda's end event types: noneEndEvent, terminateEndEvent, errorEndEvent, … */
  private static final String END_EVENT = "EndEvent";

  private final FlowFactWriter writer;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;
  /** Completed user tasks waiting for their activity instance's end: id → done by the due date. */
  private final Map<String, Boolean> withinDue = new ConcurrentHashMap<>();
  /** The end event each instance reached last in the running command: instance id → activity id. */
  private final Map<String, String> lastEndEvent = new ConcurrentHashMap<>();

  public FlowHistoryEventHandler(FlowFactWriter writer, WorkingDayCalendar calendar, ZoneId zone) {
    this.writer = writer;
    this.calendar = calendar;
    this.zone = zone;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event.getProcessInstanceId() == null) {
      return;
    }
    if (event instanceof HistoricActivityInstanceEventEntity activity) {
      if (activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
        activityEnded(activity);
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
        taskEnded(task);
      }
    } else if (event instanceof HistoricProcessInstanceEventEntity instance) {
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        writer.caseStarted(instance.getProcessInstanceId(), instance.getProcessDefinitionKey(),
            instance.getTenantId(), berlin(orNow(instance.getStartTime())));
      } else if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        caseEnded(instance);
      }
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /**
   * Deleted: the instance did not complete in an end event. Camunda says EXTERNALLY_TERMINATED when
   * it was deleted through the REST API (Cockpit), INTERNALLY_TERMINATED when deleted through
   * {@code RuntimeService.deleteProcessInstance(id, reason)} (or cancelled by a parent instance);
   * both are "not worked to its end".
   */
  private void caseEnded(HistoricProcessInstanceEventEntity event) {
    boolean deleted = !HistoricProcessInstance.STATE_COMPLETED.equals(event.getState());
    LocalDateTime endedAt = berlin(orNow(event.getEndTime()));
    String endEvent = lastEndEvent.remove(event.getProcessInstanceId());
    if (endEvent == null) {
      endEvent = event.getEndActivityId();
    }
    writer.caseEnded(event.getProcessInstanceId(), event.getProcessDefinitionKey(),
        event.getTenantId(), event.getStartTime() == null ? null : berlin(event.getStartTime()),
        endedAt, deleted ? null : endEvent, deleted);
  }

  /**
   * A task ended – completed (delete reason {@code completed}) or deleted with its activity. Only a
   * completed one with a due date leaves an answer for its step.
   */
  private void taskEnded(HistoricTaskInstanceEventEntity event) {
    String activityInstanceId = event.getActivityInstanceId();
    if (activityInstanceId == null || event.getDueDate() == null
        || !TaskEntity.DELETE_REASON_COMPLETED.equals(event.getDeleteReason())) {
      return;
    }
    Date completedAt = orNow(event.getEndTime());
    remember(withinDue, activityInstanceId, !completedAt.after(event.getDueDate()));
  }

  /** Keeps a value until the end of the running command (it is taken before, or forgotten). */
  private static <V> void remember(Map<String, V> waiting, String key, V value) {
    waiting.put(key, value);
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command.registerCommandContextListener(new Forget(waiting, key));
    }
  }

  private void activityEnded(HistoricActivityInstanceEventEntity event) {
    String stepKey = event.getActivityInstanceId();
    Boolean due = withinDue.remove(stepKey);
    if (event.getEndTime() == null) {
      return;
    }
    LocalDateTime endedAt = berlin(event.getEndTime());
    LocalDateTime startedAt = endedAt;
    long durationMs = 0;
    if (event.getStartTime() != null) {
      startedAt = berlin(event.getStartTime());
      durationMs = Math.max(0, event.getEndTime().getTime() - event.getStartTime().getTime());
    } else {
      LOG.debug("Verlauf: Beginn von {} unbekannt, Dauer 0", stepKey);
    }
    String type = event.getActivityType() == null ? UNKNOWN_TYPE : event.getActivityType();
    boolean canceled = event.isCanceled();
    boolean deadline = !canceled && BOUNDARY_TIMER.equals(type)
        && DeadlineEvents.isDeadlineEvent(event.getProcessDefinitionId(), event.getActivityId());
    if (!canceled && type.endsWith(END_EVENT)) {
      remember(lastEndEvent, event.getProcessInstanceId(), event.getActivityId());
    }
    writer.step(new StepFact(stepKey, event.getProcessInstanceId(),
        event.getProcessDefinitionKey(), event.getTenantId(), event.getActivityId(), type,
        startedAt, endedAt, durationMs,
        calendar.workingDaysBetween(startedAt.toLocalDate(), endedAt.toLocalDate()),
        canceled ? null : due, canceled, deadline));
  }

  private static Date orNow(Date time) {
    return time != null ? time : ClockUtil.getCurrentTime();
  }

  private LocalDateTime berlin(Date time) {
    // via getTime(): the start read back from the history table may be a java.sql.Timestamp
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(time.getTime()), zone);
  }

  /** Drops a remembered value at the end of its command, if nobody took it (or it failed). */
  private record Forget(Map<String, ?> waiting, String key) implements CommandContextListener {

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      waiting.remove(key);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      waiting.remove(key);
    }
  }
}

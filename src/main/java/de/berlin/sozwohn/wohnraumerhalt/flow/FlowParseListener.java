package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Prepares every parsed process model – ours and any deployed later – for the flow facts:
 *
 * <ul>
 *   <li>every sequence flow gets a "take" listener that records a {@code flow_transition} row:
 *       Camunda's history knows which activities ran, not which flow led there (a gateway's
 *       branch, a boundary event's path);
 *   <li>deadline events are marked ({@link DeadlineEvents}).
 * </ul>
 *
 * The listener is the engine's built-in kind: it also runs where custom listeners are skipped
 * (modifications, deletions with {@code skipCustomListeners}). It writes in the engine's
 * transaction; the day is the engine clock's ({@link ClockUtil}) in Berlin.
 */
final class FlowParseListener extends AbstractBpmnParseListener {

  private final ExecutionListener take;

  FlowParseListener(FlowFactWriter writer, ZoneId zone) {
    this.take = new TakeListener(writer, zone);
  }

  @Override
  public void parseSequenceFlow(Element sequenceFlow, ScopeImpl scope, TransitionImpl transition) {
    transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, take);
  }

  @Override
  public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
    DeadlineEvents.markIfDeadline(boundaryEvent, scope, activity);
  }

  /** Records the sequence flow being taken. */
  private record TakeListener(FlowFactWriter writer, ZoneId zone) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      ExecutionEntity entity = (ExecutionEntity) execution;
      String flowId = entity.getCurrentTransitionId();
      if (flowId == null) {
        return;
      }
      LocalDate takenOn = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
      writer.transition(Context.getProcessEngineConfiguration().getIdGenerator().getNextId(),
          entity.getProcessInstanceId(), entity.getProcessDefinition().getKey(),
          entity.getTenantId(), flowId, takenOn);
    }
  }
}

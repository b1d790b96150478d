package de.berlin.sozwohn.wohnraumerhalt.flow;

import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Which activities are deadline events: non-interrupting timer boundary events attached to a user
 * task ({@code SendCourtLetterDeadline}, {@code HomeVisit1Deadline}, {@code
 * SendEvictionLetterDeadline}, and any a later model adds). Decided from the model when it is
 * parsed – not from a list of ids – and kept as a property of the parsed activity, which the
 * engine's deployment cache holds for every deployed version; {@link #isDeadlineEvent} reads it
 * back when such an event fires.
 */
final class DeadlineEvents {

  private static final PropertyKey<Boolean> DEADLINE_EVENT =
      new PropertyKey<>("wohnraumerhalt.flow.deadlineEvent");
  private static final String USER_TASK = "userTask";

  private DeadlineEvents() {}

  /**
   * Marks a boundary event as deadline event when it is one: a timer, {@code cancelActivity="false"},
   * attached to a user task of the same scope.
   */
  static void markIfDeadline(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
    if (isDeadline(boundaryEvent, scope)) {
      activity.getProperties().set(DEADLINE_EVENT, Boolean.TRUE);
    }
  }

  static boolean isDeadline(Element boundaryEvent, ScopeImpl scope) {
    if (boundaryEvent.element("timerEventDefinition") == null
        || Boolean.parseBoolean(boundaryEvent.attribute("cancelActivity", "true"))) {
      return false;
    }
    String attachedTo = boundaryEvent.attribute("attachedToRef");
    ActivityImpl attached = attachedTo == null ? null
        : scope.findActivityAtLevelOfSubprocess(attachedTo);
    return attached != null && USER_TASK.equals(attached.getProperties().get(BpmnProperties.TYPE));
  }

  /**
   * Whether the activity of a deployed process definition is a deadline event. Needs a running
   * command (the deployment cache; a cache hit, the definition is in use).
   */
  static boolean isDeadlineEvent(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return false;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration()
        .getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
    ActivityImpl activity = definition == null ? null : definition.findActivity(activityId);
    return activity != null && Boolean.TRUE.equals(activity.getProperties().get(DEADLINE_EVENT));
  }
}

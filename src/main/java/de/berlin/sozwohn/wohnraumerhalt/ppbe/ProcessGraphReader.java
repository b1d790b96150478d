package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Effect;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Kind;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Node;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Reads the {@link ProcessGraph} of one process from a BPMN model (Camunda model API, no engine),
 * with the PPBE extension properties. Missing or unreadable minutes and probabilities are errors
 * naming the element.
 */
public final class ProcessGraphReader {

  private ProcessGraphReader() {}

  public static ProcessGraph read(BpmnModelInstance model, String processId) {
    Process process = model.getModelElementById(processId);
    if (process == null) {
      throw new PpbeModelException(processId, "Das Modell enthält keinen Prozess " + processId + ".");
    }
    ProcessGraph.Builder builder = ProcessGraph.builder(processId);
    readScope(builder, processId, process.getFlowElements(), true);
    return builder.build();
  }

  private static void readScope(ProcessGraph.Builder builder, String scope,
      Collection<FlowElement> elements, boolean processLevel) {
    for (FlowElement element : elements) {
      if (element instanceof FlowNode node) {
        builder.node(node(node, scope, processLevel));
        if (node instanceof SubProcess sub) {
          readScope(builder, sub.getId(), sub.getFlowElements(), false);
        }
      }
    }
    for (FlowElement element : elements) {
      if (element instanceof SequenceFlow flow) {
        builder.flow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(),
            percent(flow, "Fluss " + label(flow)));
      }
    }
  }

  private static Node node(FlowNode node, String scope, boolean processLevel) {
    String id = node.getId();
    String name = node.getName();
    if (node instanceof UserTask task) {
      return new Node(id, name, Kind.USER_TASK, scope, minutes(task), null, null, null, false,
          Effect.NONE, null);
    }
    if (node instanceof SubProcess sub) {
      return simple(node, scope, sub.triggeredByEvent() ? Kind.EVENT_SUBPROCESS : Kind.SUBPROCESS);
    }
    if (node instanceof Activity) {
      return simple(node, scope, Kind.ACTIVITY);
    }
    if (node instanceof ExclusiveGateway || node instanceof EventBasedGateway) {
      return simple(node, scope, Kind.EXCLUSIVE_GATEWAY);
    }
    if (node instanceof ParallelGateway) {
      return simple(node, scope, Kind.PARALLEL_GATEWAY);
    }
    if (node instanceof InclusiveGateway || node instanceof ComplexGateway) {
      return simple(node, scope, Kind.UNSUPPORTED_GATEWAY);
    }
    if (node instanceof StartEvent start) {
      boolean counted = processLevel || isInEventSubprocess(start);
      Double cases = counted ? casesPerYear(start) : null;
      return new Node(id, name, Kind.START, scope, null, cases, null, null, false, Effect.NONE, null);
    }
    if (node instanceof BoundaryEvent boundary) {
      return new Node(id, name, Kind.BOUNDARY, scope, null, null,
          percent(boundary, "Randereignis " + label(boundary)), boundary.getAttachedTo().getId(),
          boundary.cancelActivity(), effect(boundary), code(boundary));
    }
    if (node instanceof EndEvent end) {
      Effect effect = effect(end);
      return new Node(id, name, Kind.END, scope, null, null, null, null, false,
          effect == Effect.NONE ? Effect.COMPLETE : effect, code(end));
    }
    if (node instanceof Event event) {
      return new Node(id, name, Kind.EVENT, scope, null, null, null, null, false, effect(event),
          code(event));
    }
    return simple(node, scope, Kind.EVENT);
  }

  private static Node simple(FlowNode node, String scope, Kind kind) {
    return new Node(node.getId(), node.getName(), kind, scope, null, null, null, null, false,
        Effect.NONE, null);
  }

  private static boolean isInEventSubprocess(StartEvent start) {
    return start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
  }

  private static Effect effect(Event event) {
    if (!event.getChildElementsByType(TerminateEventDefinition.class).isEmpty()) {
      return Effect.TERMINATE;
    }
    if (!event.getChildElementsByType(EscalationEventDefinition.class).isEmpty()) {
      return Effect.ESCALATION;
    }
    if (!event.getChildElementsByType(ErrorEventDefinition.class).isEmpty()) {
      return Effect.ERROR;
    }
    return Effect.NONE;
  }

  private static String code(Event event) {
    for (EscalationEventDefinition definition
        : event.getChildElementsByType(EscalationEventDefinition.class)) {
      return definition.getEscalation() == null ? null : definition.getEscalation().getEscalationCode();
    }
    for (ErrorEventDefinition definition : event.getChildElementsByType(ErrorEventDefinition.class)) {
      return definition.getError() == null ? null : definition.getError().getErrorCode();
    }
    return null;
  }

  private static double minutes(UserTask task) {
    String raw = PpbeAttributes.of(task).get(PpbeAttributes.MINUTES);
    if (raw == null) {
      throw new PpbeModelException(task.getId(), "Benutzeraufgabe " + label(task) + ": "
          + PpbeAttributes.MINUTES + " fehlt.");
    }
    double minutes = number(task, raw, "Benutzeraufgabe " + label(task) + ": " + PpbeAttributes.MINUTES);
    if (minutes < 0) {
      throw new PpbeModelException(task.getId(), "Benutzeraufgabe " + label(task) + ": "
          + PpbeAttributes.MINUTES + " darf nicht negativ sein.");
    }
    return minutes;
  }

  private static Double casesPerYear(StartEvent start) {
    String raw = PpbeAttributes.of(start).get(PpbeAttributes.CASES_PER_YEAR);
    if (raw == null) {
      return null;
    }
    double cases = number(start, raw, "Startereignis " + label(start) + ": "
        + PpbeAttributes.CASES_PER_YEAR);
    if (cases < 0) {
      throw new PpbeModelException(start.getId(), "Startereignis " + label(start) + ": "
          + PpbeAttributes.CASES_PER_YEAR + " darf nicht negativ sein.");
    }
    return cases;
  }

  private static Double percent(BaseElement element, String where) {
    String raw = PpbeAttributes.of(element).get(PpbeAttributes.PROBABILITY);
    return raw == null ? null : number(element, raw, where + ": " + PpbeAttributes.PROBABILITY);
  }

  private static double number(BaseElement element, String raw, String where) {
    try {
      return PpbeAttributes.number(raw);
    } catch (NumberFormatException e) {
      throw new PpbeModelException(element.getId(), where + " „" + raw + "“ ist keine Zahl.");
    }
  }

  private static String label(FlowElement element) {
    String name = element.getName();
    return name == null || name.isBlank() ? element.getId()
        : "„" + name.trim().replaceAll("\\s+", " ") + "“ (" + element.getId() + ")";
  }
}

package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The model check of the Berlin modelling convention (SPEC §6): one checker behind the JUnit test
 * over {@code bpmn/}, the command {@code --check-models} and the check at deployment. Plain Java on
 * the Camunda model API; each finding names its {@link Rule} and the element. See
 * {@code docs/gpm-leitfaden.md} for the rules in the consultants' words.
 */
public final class ModelChecker {

  static final int MAX_WORDS = 5;
  static final int MAX_CHARS = 50;

  /** What the process documentation must mention, with the German label used in the finding. */
  private static final Map<String, Pattern> REQUIRED_DOCUMENTATION = new LinkedHashMap<>();

  static {
    REQUIRED_DOCUMENTATION.put("Prozessverantwortung",
        Pattern.compile("prozessverantwort", Pattern.CASE_INSENSITIVE));
    REQUIRED_DOCUMENTATION.put("§ 22 Abs. 9 SGB II",
        Pattern.compile("§\\s*22\\s*Abs\\.?\\s*9\\s*SGB\\s*II(?![IV])"));
    REQUIRED_DOCUMENTATION.put("§ 36 SGB XII",
        Pattern.compile("§\\s*36\\s*(Abs\\.?\\s*\\d+\\s*)?SGB\\s*XII(?![IV])"));
    REQUIRED_DOCUMENTATION.put("§ 67 SGB XII",
        Pattern.compile("§\\s*67\\s*(Abs\\.?\\s*\\d+\\s*)?SGB\\s*XII(?![IV])"));
    REQUIRED_DOCUMENTATION.put("KLR-Produkt 80635", Pattern.compile("80635"));
    REQUIRED_DOCUMENTATION.put("Version", Pattern.compile("\\bVersion\\b", Pattern.CASE_INSENSITIVE));
  }

  private static final Pattern DOCUMENTED_VERSION =
      Pattern.compile("\\bVersion\\s*:?\\s*(\\d[\\w.\\-]*\\w|\\d)", Pattern.CASE_INSENSITIVE);

  /** Reads and checks a BPMN file; throws the model API's exception when it is no BPMN 2.0 XML. */
  public List<Finding> check(InputStream bpmnXml) {
    return check(Bpmn.readModelFromStream(bpmnXml));
  }

  public List<Finding> check(BpmnModelInstance model) {
    return new Run(model).check();
  }

  /** The state of one check: the model, the diagram's element ids and the findings so far. */
  private static final class Run {
    private final BpmnModelInstance model;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> drawn = new HashSet<>();
    private boolean hasDiagram;

    Run(BpmnModelInstance model) {
      this.model = model;
    }

    List<Finding> check() {
      collectDiagram();
      for (Process process : model.getModelElementsByType(Process.class)) {
        checkProcess(process);
      }
      for (Participant participant : model.getModelElementsByType(Participant.class)) {
        requireShape(participant);
      }
      checkScripts();
      return List.copyOf(findings);
    }

    // --- processes and scopes ----------------------------------------------------------------

    private void checkProcess(Process process) {
      boolean executable = process.isExecutable();
      boolean empty = process.getFlowElements().stream().noneMatch(FlowNode.class::isInstance);
      if (empty && !executable) {
        return; // a black-box pool (e.g. the court) has no flow to check
      }
      if (executable) {
        String ttl = process.getCamundaHistoryTimeToLiveString();
        if (ttl == null || ttl.isBlank()) {
          add(Rule.HISTORY_TIME_TO_LIVE, process, describe(process)
              + ": die Aufbewahrungsfrist der Historie (historyTimeToLive) fehlt.");
        }
        checkDocumentation(process);
        checkCasesPerYear(process);
      }
      for (LaneSet laneSet : process.getLaneSets()) {
        checkLanes(laneSet);
      }
      checkScope(process, process.getFlowElements(), executable);
    }

    private void checkScope(BaseElement scope, Collection<FlowElement> elements, boolean executable) {
      List<FlowNode> nodes = new ArrayList<>();
      List<SequenceFlow> flows = new ArrayList<>();
      for (FlowElement element : elements) {
        if (element instanceof FlowNode node) {
          nodes.add(node);
        } else if (element instanceof SequenceFlow flow) {
          flows.add(flow);
        }
      }
      Graph graph = new Graph(nodes, flows);

      if (!"adHocSubProcess".equals(scope.getElementType().getTypeName())) {
        boolean hasStart = nodes.stream().anyMatch(StartEvent.class::isInstance);
        boolean hasEnd = nodes.stream().anyMatch(EndEvent.class::isInstance);
        if (!hasStart || !hasEnd) {
          String missing = !hasStart && !hasEnd ? "Start- und Endereignis fehlen"
              : !hasStart ? "das Startereignis fehlt" : "das Endereignis fehlt";
          add(Rule.START_AND_END, scope, describe(scope) + ": " + missing + ".");
        }
      }

      for (FlowNode node : nodes) {
        requireShape(node);
        checkName(node);
        if (node instanceof Gateway gateway) {
          checkGateway(gateway, graph, executable);
        }
        if (executable && node instanceof UserTask task) {
          checkUserTask(task);
        }
        if (executable && node instanceof BoundaryEvent boundary) {
          checkBoundary(boundary, graph);
        }
        if (node instanceof SubProcess sub) {
          if (executable && sub.triggeredByEvent()) {
            checkEventSubprocessCases(sub);
          }
          checkScope(sub, sub.getFlowElements(), executable);
        }
      }
      for (SequenceFlow flow : flows) {
        requireShape(flow);
        if (executable && !isExclusiveSplit(flow.getSource(), graph)) {
          checkOptionalProbability(flow, "Fluss " + describeFlow(flow));
        }
      }
      new SplitJoinAnalysis(graph, this::add).run();
    }

    // --- names -------------------------------------------------------------------------------

    private void checkName(FlowNode node) {
      String name = node.getName();
      boolean named = name != null && !name.isBlank();
      if (node instanceof Gateway) {
        if (named) {
          checkLength(node, name);
        }
        return;
      }
      if (!(node instanceof Activity) && !(node instanceof Event)) {
        return;
      }
      if (!named) {
        add(Rule.NAME_MISSING, node, describe(node) + " hat keinen Namen.");
        return;
      }
      checkLength(node, name);
      List<String> words = GermanNames.words(name);
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (node instanceof Activity) {
        if (words.size() < 2) {
          add(Rule.ACTIVITY_NAME, node, describe(node)
              + ": der Name nennt kein Objekt; erwartet Objekt + Verb im Infinitiv, z. B. „"
              + "Standardanschreiben versenden“.");
        } else if (!GermanNames.isInfinitive(last)) {
          String hint = GermanNames.isPastParticiple(last)
              ? " – „" + last + "“ ist ein Partizip und passt zu einem Ereignis"
              : " – „" + last + "“ ist kein Verb im Infinitiv";
          add(Rule.ACTIVITY_NAME, node, describe(node)
              + ": der Name endet nicht auf ein Verb im Infinitiv" + hint
              + "; erwartet Objekt + Infinitiv, z. B. „Standardanschreiben versenden“.");
        }
      } else {
        if (words.size() < 2) {
          add(Rule.EVENT_NAME, node, describe(node)
              + ": erwartet Substantiv + Partizip Perfekt, z. B. „Räumungsklage eingegangen“.");
        } else if (!GermanNames.isPastParticiple(last)) {
          String hint = GermanNames.isInfinitive(last)
              ? " – „" + last + "“ ist ein Infinitiv und passt zu einer Aktivität"
              : " – „" + last + "“ ist kein Partizip Perfekt";
          add(Rule.EVENT_NAME, node, describe(node)
              + ": der Name endet nicht auf ein Partizip Perfekt" + hint
              + "; erwartet Substantiv + Partizip, z. B. „Räumungsklage eingegangen“.");
        }
      }
    }

    private void checkLength(BaseElement element, String name) {
      int words = GermanNames.words(name).size();
      int chars = name.trim().replaceAll("\\s+", " ").length();
      if (words > MAX_WORDS || chars > MAX_CHARS) {
        add(Rule.NAME_LENGTH, element, describe(element) + ": der Name ist zu lang (" + words
            + " Wörter, " + chars + " Zeichen; höchstens " + MAX_WORDS + " Wörter und " + MAX_CHARS
            + " Zeichen).");
      }
    }

    // --- gateways and flows ------------------------------------------------------------------

    private void checkGateway(Gateway gateway, Graph graph, boolean executable) {
      List<SequenceFlow> out = graph.out(gateway);
      List<SequenceFlow> in = graph.in(gateway);
      if (out.size() >= 2 && in.size() >= 2) {
        add(Rule.GATEWAY_SPLIT_AND_JOIN, gateway, describe(gateway) + " führt " + in.size()
            + " Flüsse zusammen und verzweigt zugleich in " + out.size()
            + "; besser zwei Gateways hintereinander.");
      }
      boolean decision = gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway;
      if (decision && out.size() >= 2) {
        String name = gateway.getName();
        if (name == null || !name.trim().endsWith("?")) {
          add(Rule.GATEWAY_QUESTION, gateway, describe(gateway)
              + (name == null || name.isBlank() ? ": das verzweigende Gateway hat keinen Namen"
                  : ": der Name ist keine Frage")
              + "; erwartet eine Frage mit „?“, z. B. „Termin angeboten?“.");
        }
        for (SequenceFlow flow : out) {
          if (flow.getName() == null || flow.getName().isBlank()) {
            add(Rule.FLOW_LABEL, flow, "Fluss " + flow.getId() + " von " + describe(gateway)
                + " nach " + describe(flow.getTarget()) + " ist nicht beschriftet.");
          }
        }
      }
      if (executable && isExclusiveSplit(gateway, graph)) {
        checkSplitProbabilities(gateway, out);
      }
    }

    private static boolean isExclusiveSplit(FlowNode node, Graph graph) {
      return (node instanceof ExclusiveGateway || node instanceof EventBasedGateway)
          && graph.out(node).size() >= 2;
    }

    private void checkSplitProbabilities(Gateway gateway, List<SequenceFlow> out) {
      double sum = 0;
      boolean complete = true;
      for (SequenceFlow flow : out) {
        String raw = PpbeAttributes.of(flow).get(PpbeAttributes.PROBABILITY);
        String where = "Fluss " + describeFlow(flow) + " von " + describe(gateway);
        if (raw == null) {
          add(Rule.PPBE_PROBABILITY, flow, where + ": " + PpbeAttributes.PROBABILITY + " fehlt.");
          complete = false;
          continue;
        }
        Double value = percent(flow, raw, where);
        if (value == null) {
          complete = false;
        } else {
          sum += value;
        }
      }
      if (complete && Math.abs(sum - 100) > 0.01) {
        add(Rule.PPBE_PROBABILITY, gateway, describe(gateway)
            + ": die Wahrscheinlichkeiten (" + PpbeAttributes.PROBABILITY
            + ") der ausgehenden Flüsse ergeben " + format(sum) + " % statt 100 %.");
      }
    }

    private void checkOptionalProbability(BaseElement element, String where) {
      String raw = PpbeAttributes.of(element).get(PpbeAttributes.PROBABILITY);
      if (raw != null) {
        percent(element, raw, where);
      }
    }

    /** A percentage 0–100, or null after reporting why not. */
    private Double percent(BaseElement element, String raw, String where) {
      try {
        double value = PpbeAttributes.number(raw);
        if (value < 0 || value > 100) {
          add(Rule.PPBE_PROBABILITY, element, where + ": " + PpbeAttributes.PROBABILITY + " „" + raw
              + "“ liegt nicht zwischen 0 und 100 (Prozent).");
          return null;
        }
        return value;
      } catch (NumberFormatException e) {
        add(Rule.PPBE_PROBABILITY, element, where + ": " + PpbeAttributes.PROBABILITY + " „" + raw
            + "“ ist keine Zahl.");
        return null;
      }
    }

    // --- user tasks, boundary events, start events (PPBE) -------------------------------------

    private void checkUserTask(UserTask task) {
      String groups = task.getCamundaCandidateGroups();
      if (groups == null || groups.isBlank()) {
        add(Rule.CANDIDATE_GROUPS, task, describe(task)
            + ": die Kandidatengruppe (camunda:candidateGroups) fehlt.");
      }
      String raw = PpbeAttributes.of(task).get(PpbeAttributes.MINUTES);
      if (raw == null) {
        add(Rule.PPBE_MINUTES, task, describe(task) + ": " + PpbeAttributes.MINUTES + " fehlt.");
        return;
      }
      try {
        if (PpbeAttributes.number(raw) <= 0) {
          add(Rule.PPBE_MINUTES, task, describe(task) + ": " + PpbeAttributes.MINUTES + " „" + raw
              + "“ muss größer als 0 sein.");
        }
      } catch (NumberFormatException e) {
        add(Rule.PPBE_MINUTES, task, describe(task) + ": " + PpbeAttributes.MINUTES + " „" + raw
            + "“ ist keine Zahl.");
      }
    }

    private void checkBoundary(BoundaryEvent boundary, Graph graph) {
      checkOptionalProbability(boundary, describe(boundary));
      if (PpbeAttributes.of(boundary).containsKey(PpbeAttributes.PROBABILITY)) {
        return;
      }
      boolean thrownFromSubprocess = boundary.getAttachedTo() instanceof SubProcess
          && (has(boundary, EscalationEventDefinition.class) || has(boundary, ErrorEventDefinition.class));
      if (thrownFromSubprocess) {
        return;
      }
      List<String> tasks = graph.reachableFrom(boundary).stream()
          .flatMap(node -> userTasksIn(node).stream()).map(UserTask::getId).distinct().toList();
      if (!tasks.isEmpty()) {
        add(Rule.PPBE_BOUNDARY, boundary, describe(boundary) + ": die Benutzeraufgaben " + tasks
            + " hinter dem Randereignis zählen in der Personalbedarfsermittlung nicht, solange "
            + PpbeAttributes.PROBABILITY + " (Anteil in Prozent) am Randereignis fehlt.");
      }
    }

    private static List<UserTask> userTasksIn(FlowNode node) {
      if (node instanceof UserTask task) {
        return List.of(task);
      }
      if (node instanceof SubProcess sub) {
        return sub.getChildElementsByType(FlowNode.class).stream()
            .flatMap(child -> userTasksIn(child).stream()).toList();
      }
      return List.of();
    }

    private void checkCasesPerYear(Process process) {
      List<StartEvent> starts = process.getChildElementsByType(StartEvent.class).stream().toList();
      int counted = 0;
      for (StartEvent start : starts) {
        String raw = PpbeAttributes.of(start).get(PpbeAttributes.CASES_PER_YEAR);
        if (raw == null) {
          continue;
        }
        if (validCases(start, raw)) {
          counted++;
        }
      }
      if (counted == 0 && starts.stream().noneMatch(
          s -> PpbeAttributes.of(s).containsKey(PpbeAttributes.CASES_PER_YEAR))) {
        add(Rule.PPBE_CASES, process, describe(process) + ": kein Startereignis trägt "
            + PpbeAttributes.CASES_PER_YEAR + " (geplante Fälle pro Jahr).");
      } else {
        for (StartEvent start : starts) {
          if (!PpbeAttributes.of(start).containsKey(PpbeAttributes.CASES_PER_YEAR)) {
            add(Rule.PPBE_CASES_START, start, describe(start) + ": " + PpbeAttributes.CASES_PER_YEAR
                + " fehlt; dieser Start zählt in der Personalbedarfsermittlung mit 0 Fällen.");
          }
        }
      }
    }

    private void checkEventSubprocessCases(SubProcess sub) {
      for (StartEvent start : sub.getChildElementsByType(StartEvent.class)) {
        String raw = PpbeAttributes.of(start).get(PpbeAttributes.CASES_PER_YEAR);
        if (raw == null) {
          add(Rule.PPBE_CASES_START, start, describe(start) + ": " + PpbeAttributes.CASES_PER_YEAR
              + " (Auslösungen pro Jahr) fehlt; " + describe(sub)
              + " zählt in der Personalbedarfsermittlung nicht mit.");
        } else {
          validCases(start, raw);
        }
      }
    }

    private boolean validCases(StartEvent start, String raw) {
      try {
        if (PpbeAttributes.number(raw) >= 0) {
          return true;
        }
        add(Rule.PPBE_CASES, start, describe(start) + ": " + PpbeAttributes.CASES_PER_YEAR + " „"
            + raw + "“ darf nicht negativ sein.");
      } catch (NumberFormatException e) {
        add(Rule.PPBE_CASES, start, describe(start) + ": " + PpbeAttributes.CASES_PER_YEAR + " „"
            + raw + "“ ist keine Zahl.");
      }
      return false;
    }

    // --- documentation and lanes -------------------------------------------------------------

    private void checkDocumentation(Process process) {
      StringBuilder text = new StringBuilder();
      process.getDocumentations().forEach(d -> text.append(d.getTextContent()).append(' '));
      for (Participant participant : model.getModelElementsByType(Participant.class)) {
        if (participant.getProcess() == process) {
          participant.getDocumentations().forEach(d -> text.append(d.getTextContent()).append(' '));
        }
      }
      String doc = text.toString().replaceAll("[\\s\\u00a0\\u202f]+", " ");
      List<String> missing = new ArrayList<>();
      REQUIRED_DOCUMENTATION.forEach((label, pattern) -> {
        if (!pattern.matcher(doc).find()) {
          missing.add(label);
        }
      });
      if (!missing.isEmpty()) {
        add(Rule.DOCUMENTATION, process, describe(process) + ": in der Dokumentation fehlt "
            + String.join(", ", missing) + ".");
      }
      String tag = process.getCamundaVersionTag();
      Matcher version = DOCUMENTED_VERSION.matcher(doc);
      if (tag != null && !tag.isBlank() && version.find() && !version.group(1).equals(tag.trim())) {
        add(Rule.DOCUMENTATION, process, describe(process) + ": die Dokumentation nennt Version "
            + version.group(1) + ", der versionTag ist " + tag.trim() + ".");
      }
    }

    private void checkLanes(LaneSet laneSet) {
      Map<String, Lane> byName = new HashMap<>();
      for (Lane lane : laneSet.getLanes()) {
        requireShape(lane);
        String name = lane.getName() == null ? "" : lane.getName().trim().toLowerCase(Locale.GERMAN);
        if (!name.isEmpty()) {
          Lane other = byName.putIfAbsent(name, lane);
          if (other != null) {
            add(Rule.LANES, lane, describe(lane) + ": dieselbe Rolle wie " + describe(other)
                + "; eine Bahn je Rolle.");
          }
        }
        Set<String> groups = new LinkedHashSet<>();
        for (FlowNode node : lane.getFlowNodeRefs()) {
          if (node instanceof UserTask task && task.getCamundaCandidateGroups() != null
              && !task.getCamundaCandidateGroups().isBlank()) {
            groups.add(task.getCamundaCandidateGroups().replace(" ", ""));
          }
        }
        if (groups.size() > 1) {
          add(Rule.LANES, lane, describe(lane)
              + ": die Benutzeraufgaben der Bahn haben verschiedene Kandidatengruppen " + groups
              + "; eine Bahn je Rolle.");
        }
        if (lane.getChildLaneSet() != null) {
          checkLanes(lane.getChildLaneSet());
        }
      }
    }

    // --- scripts and diagram -----------------------------------------------------------------

    private void checkScripts() {
      for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
        add(Rule.NO_SCRIPTS, task, describe(task) + " ist eine Skriptaufgabe.");
      }
      for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
        BaseElement owner = owner(script);
        add(Rule.NO_SCRIPTS, owner, describe(owner) + " enthält ein Skript ("
            + ownerKind(script) + ").");
      }
      for (FormalExpression expression : model.getModelElementsByType(FormalExpression.class)) {
        boolean scriptCondition = expression instanceof ConditionExpression condition
            && condition.getCamundaResource() != null;
        if (expression.getLanguage() != null || scriptCondition) {
          BaseElement owner = owner(expression);
          add(Rule.NO_SCRIPTS, owner, describe(owner) + " hat eine Skript-Bedingung"
              + (expression.getLanguage() == null ? "" : " (Sprache " + expression.getLanguage() + ")")
              + "; erwartet ein Ausdruck wie ${…}.");
        }
      }
    }

    private static String ownerKind(ModelElementInstance script) {
      ModelElementInstance parent = script.getParentElement();
      String type = parent == null ? "" : parent.getElementType().getTypeName();
      return switch (type) {
        case "executionListener" -> "Ausführungs-Listener";
        case "taskListener" -> "Aufgaben-Listener";
        case "inputParameter", "outputParameter" -> "Ein-/Ausgabeparameter";
        default -> type.isEmpty() ? "Skript" : type;
      };
    }

    private static BaseElement owner(ModelElementInstance element) {
      ModelElementInstance current = element.getParentElement();
      while (current != null) {
        if (current instanceof FlowElement || current instanceof Process) {
          return (BaseElement) current;
        }
        current = current.getParentElement();
      }
      return null;
    }

    private void collectDiagram() {
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        hasDiagram = true;
        if (shape.getBpmnElement() != null) {
          drawn.add(shape.getBpmnElement().getId());
        }
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        hasDiagram = true;
        if (edge.getBpmnElement() != null) {
          drawn.add(edge.getBpmnElement().getId());
        }
      }
      if (!hasDiagram) {
        findings.add(new Finding(Rule.DIAGRAM, null, null,
            "Das Modell hat kein Diagramm (BPMNDiagram); in Camunda Modeler bleibt es leer."));
      }
    }

    private void requireShape(BaseElement element) {
      if (hasDiagram && element.getId() != null && !drawn.contains(element.getId())) {
        add(Rule.DIAGRAM, element, describe(element) + " hat keine "
            + (element instanceof SequenceFlow ? "Kante" : "Form") + " im Diagramm.");
      }
    }

    // --- helpers -----------------------------------------------------------------------------

    void add(Rule rule, BaseElement element, String message) {
      String id = element == null ? null : element.getId();
      String name = element instanceof FlowElement flowElement ? flowElement.getName()
          : element instanceof Process process ? process.getName()
          : element instanceof Lane lane ? lane.getName()
          : element instanceof Participant participant ? participant.getName() : null;
      findings.add(new Finding(rule, id, name, message));
    }

    private static boolean has(Event event, Class<? extends ModelElementInstance> definition) {
      return !event.getChildElementsByType(definition).isEmpty();
    }
  }

  // --- descriptions shared with the split/join analysis -------------------------------------

  /** "Benutzeraufgabe „Kontakt erfassen“ (RecordContact)". */
  static String describe(ModelElementInstance element) {
    if (element == null) {
      return "Modell";
    }
    String kind = kind(element);
    String name = element instanceof FlowElement f ? f.getName()
        : element instanceof Process p ? p.getName()
        : element instanceof Lane l ? l.getName()
        : element instanceof Participant p ? p.getName() : null;
    String id = element instanceof BaseElement base ? base.getId() : null;
    String named = name == null || name.isBlank() ? ""
        : " „" + name.trim().replaceAll("\\s+", " ") + "“";
    return kind + named + (id == null ? "" : " (" + id + ")");
  }

  static String describeFlow(SequenceFlow flow) {
    String name = flow.getName();
    return (name == null || name.isBlank() ? "" : "„" + name.trim() + "“ ") + "(" + flow.getId() + ")";
  }

  static String kind(ModelElementInstance element) {
    if (element instanceof UserTask) {
      return "Benutzeraufgabe";
    }
    if (element instanceof ScriptTask) {
      return "Skriptaufgabe";
    }
    if (element instanceof SubProcess sub) {
      return sub.triggeredByEvent() ? "Ereignis-Teilprozess" : "Teilprozess";
    }
    if (element instanceof Activity) {
      return element.getElementType().getTypeName().equals("serviceTask") ? "Serviceaufgabe" : "Aktivität";
    }
    if (element instanceof StartEvent) {
      return "Startereignis";
    }
    if (element instanceof EndEvent) {
      return "Endereignis";
    }
    if (element instanceof BoundaryEvent) {
      return "Randereignis";
    }
    if (element instanceof Event) {
      return "Zwischenereignis";
    }
    if (element instanceof ExclusiveGateway) {
      return "Exklusives Gateway";
    }
    if (element instanceof InclusiveGateway) {
      return "Inklusives Gateway";
    }
    if (element instanceof EventBasedGateway) {
      return "Ereignisbasiertes Gateway";
    }
    if (element instanceof Gateway) {
      return element.getElementType().getTypeName().equals("parallelGateway")
          ? "Paralleles Gateway" : "Gateway";
    }
    if (element instanceof SequenceFlow) {
      return "Fluss";
    }
    if (element instanceof Process) {
      return "Prozess";
    }
    if (element instanceof Lane) {
      return "Bahn";
    }
    if (element instanceof Participant) {
      return "Pool";
    }
    return "Element";
  }

  static boolean endsBranchOnPurpose(EndEvent end) {
    return !end.getChildElementsByType(TerminateEventDefinition.class).isEmpty()
        || !end.getChildElementsByType(EscalationEventDefinition.class).isEmpty()
        || !end.getChildElementsByType(ErrorEventDefinition.class).isEmpty();
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.GERMAN, "%.2f", value);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the staffing computation needs to know of a process model, without any Camunda type: flow
 * nodes in their scopes (process, subprocesses), sequence flows, and the PPBE inputs (minutes,
 * probabilities, cases per year). Built by {@link ProcessGraphReader} from a BPMN model, or by
 * {@link #builder(String)} in tests.
 */
public final class ProcessGraph {

  /** What a node does to the flow of tokens. */
  public enum Kind {
    START, END, USER_TASK, ACTIVITY, SUBPROCESS, EVENT_SUBPROCESS, EXCLUSIVE_GATEWAY,
    PARALLEL_GATEWAY, UNSUPPORTED_GATEWAY, EVENT, BOUNDARY
  }

  /** How an end event (or throwing event) ends its branch. */
  public enum Effect {
    /** A plain end event (also message/signal ends): the scope completes when nothing else runs. */
    COMPLETE,
    /** A terminate end event: the scope completes at once. */
    TERMINATE,
    /** An escalation end or throw event: caught by an escalation boundary event with the code. */
    ESCALATION,
    /** An error end event: caught by an error boundary event with the code. */
    ERROR,
    NONE
  }

  /**
   * A flow node. {@code scope} is the id of the process or subprocess it lies in directly.
   * For boundary events {@code attachedTo} and {@code interrupting}; {@code effect}/{@code code}
   * for end, throw and boundary events (what they throw or catch); {@code minutes} for user tasks,
   * {@code casesPerYear} for start events, {@code probability} (percent) for boundary events.
   */
  public record Node(String id, String name, Kind kind, String scope, Double minutes,
      Double casesPerYear, Double probability, String attachedTo, boolean interrupting,
      Effect effect, String code) {

    public String label() {
      return name == null || name.isBlank() ? id : "„" + name.trim() + "“ (" + id + ")";
    }
  }

  /** A sequence flow; {@code probability} in percent, or null. */
  public record Flow(String id, String source, String target, Double probability) {}

  private final String processId;
  private final Map<String, Node> nodes;
  private final List<Flow> flows;

  private ProcessGraph(String processId, Map<String, Node> nodes, List<Flow> flows) {
    this.processId = processId;
    this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    this.flows = List.copyOf(flows);
  }

  public String processId() {
    return processId;
  }

  public Node node(String id) {
    return nodes.get(id);
  }

  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<Flow> flows() {
    return flows;
  }

  /** Nodes directly in a scope (not in its subprocesses). */
  public List<Node> nodesIn(String scope) {
    return nodes.values().stream().filter(n -> scope.equals(n.scope())).toList();
  }

  public List<Flow> outgoing(String nodeId) {
    return flows.stream().filter(f -> f.source().equals(nodeId)).toList();
  }

  public List<Flow> incoming(String nodeId) {
    return flows.stream().filter(f -> f.target().equals(nodeId)).toList();
  }

  /** Every node inside a subprocess, at any depth. */
  public List<Node> descendants(String scope) {
    List<Node> result = new ArrayList<>();
    Deque<String> scopes = new ArrayDeque<>(List.of(scope));
    while (!scopes.isEmpty()) {
      String current = scopes.poll();
      for (Node node : nodesIn(current)) {
        result.add(node);
        if (node.kind() == Kind.SUBPROCESS || node.kind() == Kind.EVENT_SUBPROCESS) {
          scopes.add(node.id());
        }
      }
    }
    return result;
  }

  public List<Node> userTasks() {
    return nodes.values().stream().filter(n -> n.kind() == Kind.USER_TASK).toList();
  }

  public static Builder builder(String processId) {
    return new Builder(processId, processId, new LinkedHashMap<>(), new ArrayList<>());
  }

  /** Builds a graph scope by scope; used by the reader and by tests. */
  public static final class Builder {
    private final String processId;
    private final String scope;
    private final Map<String, Node> nodes;
    private final List<Flow> flows;

    private Builder(String processId, String scope, Map<String, Node> nodes, List<Flow> flows) {
      this.processId = processId;
      this.scope = scope;
      this.nodes = nodes;
      this.flows = flows;
    }

    public Builder node(Node node) {
      if (nodes.putIfAbsent(node.id(), node) != null) {
        throw new IllegalArgumentException("duplicate node " + node.id());
      }
      return this;
    }

    private Builder add(String id, String name, Kind kind) {
      return node(new Node(id, name, kind, scope, null, null, null, null, false, Effect.NONE, null));
    }

    public Builder start(String id, Double casesPerYear) {
      return node(new Node(id, null, Kind.START, scope, null, casesPerYear, null, null, false,
          Effect.NONE, null));
    }

    public Builder userTask(String id, double minutes) {
      return node(new Node(id, null, Kind.USER_TASK, scope, minutes, null, null, null, false,
          Effect.NONE, null));
    }

    public Builder activity(String id) {
      return add(id, null, Kind.ACTIVITY);
    }

    public Builder exclusive(String id) {
      return add(id, null, Kind.EXCLUSIVE_GATEWAY);
    }

    public Builder parallel(String id) {
      return add(id, null, Kind.PARALLEL_GATEWAY);
    }

    public Builder event(String id) {
      return add(id, null, Kind.EVENT);
    }

    public Builder end(String id) {
      return end(id, Effect.COMPLETE, null);
    }

    public Builder end(String id, Effect effect, String code) {
      return node(new Node(id, null, Kind.END, scope, null, null, null, null, false, effect, code));
    }

    /**
     * A boundary event; {@code catches} ESCALATION/ERROR with a code (null code: any) or NONE
     * (timer, message …) with the percentage {@code probability} of the activity's runs.
     */
    public Builder boundary(String id, String attachedTo, boolean interrupting, Effect catches,
        String code, Double probability) {
      return node(new Node(id, null, Kind.BOUNDARY, scope, null, null, probability, attachedTo,
          interrupting, catches, code));
    }

    public Builder subProcess(String id, Consumer<Builder> inner) {
      add(id, null, Kind.SUBPROCESS);
      inner.accept(new Builder(processId, id, nodes, flows));
      return this;
    }

    public Builder eventSubProcess(String id, Consumer<Builder> inner) {
      add(id, null, Kind.EVENT_SUBPROCESS);
      inner.accept(new Builder(processId, id, nodes, flows));
      return this;
    }

    public Builder flow(String source, String target) {
      return flow(source, target, null);
    }

    public Builder flow(String source, String target, Double probability) {
      return flow(source + "->" + target, source, target, probability);
    }

    public Builder flow(String id, String source, String target, Double probability) {
      flows.add(new Flow(id, source, target, probability));
      return this;
    }

    public ProcessGraph build() {
      for (Flow flow : flows) {
        if (!nodes.containsKey(flow.source()) || !nodes.containsKey(flow.target())) {
          throw new IllegalArgumentException("flow " + flow.id() + " connects unknown nodes");
        }
      }
      return new ProcessGraph(processId, nodes, flows);
    }
  }
}

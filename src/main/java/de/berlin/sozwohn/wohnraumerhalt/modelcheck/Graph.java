package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The flow nodes of one scope (process or subprocess) and the sequence flows between them, built
 * from each flow's sourceRef/targetRef (not from the optional incoming/outgoing child elements).
 * A subprocess is one node; boundary events are nodes without incoming flows.
 */
final class Graph {

  private final List<FlowNode> nodes;
  private final Map<FlowNode, List<SequenceFlow>> out = new LinkedHashMap<>();
  private final Map<FlowNode, List<SequenceFlow>> in = new LinkedHashMap<>();

  Graph(List<FlowNode> nodes, List<SequenceFlow> flows) {
    this.nodes = List.copyOf(nodes);
    for (FlowNode node : nodes) {
      out.put(node, new ArrayList<>());
      in.put(node, new ArrayList<>());
    }
    for (SequenceFlow flow : flows) {
      if (flow.getSource() != null && out.containsKey(flow.getSource())) {
        out.get(flow.getSource()).add(flow);
      }
      if (flow.getTarget() != null && in.containsKey(flow.getTarget())) {
        in.get(flow.getTarget()).add(flow);
      }
    }
  }

  List<FlowNode> nodes() {
    return nodes;
  }

  List<SequenceFlow> out(FlowNode node) {
    return out.getOrDefault(node, List.of());
  }

  List<SequenceFlow> in(FlowNode node) {
    return in.getOrDefault(node, List.of());
  }

  /** Every node reachable along sequence flows from the node's outgoing flows. */
  Set<FlowNode> reachableFrom(FlowNode start) {
    return reachable(start, null);
  }

  /**
   * Every node reachable from {@code first} (itself included) without passing through
   * {@code barrier}.
   */
  Set<FlowNode> reachableFromTarget(FlowNode first, FlowNode barrier) {
    Set<FlowNode> seen = new LinkedHashSet<>();
    if (first == null || first == barrier) {
      return seen;
    }
    seen.add(first);
    seen.addAll(reachable(first, barrier));
    return seen;
  }

  private Set<FlowNode> reachable(FlowNode start, FlowNode barrier) {
    Set<FlowNode> seen = new LinkedHashSet<>();
    Deque<FlowNode> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      FlowNode node = todo.poll();
      for (SequenceFlow flow : out(node)) {
        FlowNode target = flow.getTarget();
        if (target != null && target != barrier && seen.add(target)) {
          todo.add(target);
        }
      }
    }
    return seen;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * "Splits are closed by a gateway of the same type", made precise for one scope.
 *
 * <p>A <b>split</b> is a gateway with at least two outgoing flows. Its <b>branch</b> i is everything
 * reachable along sequence flows from the target of its i-th outgoing flow without passing through
 * the split again (boundary events start no branch of the split; a subprocess is one node). A node
 * with several incoming flows <b>closes</b> the split when two of its incoming flows come from
 * disjoint, non-empty sets of branches — the first place where separate branches meet. A join
 * further downstream, after the branches have already met, does not close the split again, nor
 * does a join whose other flow comes from outside the split (e.g. a loop back to before the split).
 *
 * <ul>
 *   <li>Every closing node of an exclusive (or event-based) split must be an exclusive gateway, of a
 *       parallel split a parallel gateway, of an inclusive split an inclusive gateway — otherwise
 *       {@link Rule#SPLIT_JOIN} (error), except an exclusive split merged at an activity or event:
 *       {@link Rule#SPLIT_IMPLICIT_JOIN} (warning: it runs correctly, but reads worse).</li>
 *   <li>Branches need not meet: an exclusive branch may end in any end event. A parallel branch
 *       that ends alone (an end event reached by one branch only) must end on purpose, with a
 *       terminate, escalation or error end event; a plain end event is
 *       {@link Rule#SPLIT_BRANCH_END} (warning).</li>
 * </ul>
 */
final class SplitJoinAnalysis {

  interface Reporter {
    void add(Rule rule, BaseElement element, String message);
  }

  private enum Family { EXCLUSIVE, PARALLEL, INCLUSIVE, OTHER }

  private final Graph graph;
  private final Reporter reporter;

  SplitJoinAnalysis(Graph graph, Reporter reporter) {
    this.graph = graph;
    this.reporter = reporter;
  }

  void run() {
    for (FlowNode node : graph.nodes()) {
      if (node instanceof Gateway split && graph.out(split).size() >= 2
          && family(split) != Family.OTHER) {
        analyse(split);
      }
    }
  }

  private void analyse(Gateway split) {
    List<SequenceFlow> outgoing = graph.out(split);
    List<Set<FlowNode>> branches = new ArrayList<>();
    for (SequenceFlow flow : outgoing) {
      branches.add(graph.reachableFromTarget(flow.getTarget(), split));
    }
    Set<FlowNode> all = new LinkedHashSet<>();
    branches.forEach(all::addAll);
    Family family = family(split);

    for (FlowNode node : all) {
      if (graph.in(node).size() >= 2 && closes(split, node, outgoing, branches)) {
        Family joinFamily = node instanceof Gateway gateway ? family(gateway) : null;
        if (joinFamily == family) {
          continue;
        }
        if (joinFamily == null && family == Family.EXCLUSIVE) {
          reporter.add(Rule.SPLIT_IMPLICIT_JOIN, node, "Die Zweige von "
              + ModelChecker.describe(split) + " laufen in " + ModelChecker.describe(node)
              + " ohne exklusives Gateway zusammen.");
        } else {
          reporter.add(Rule.SPLIT_JOIN, node, ModelChecker.describe(split) + " wird in "
              + ModelChecker.describe(node) + " zusammengeführt; erwartet ein "
              + expected(family) + ".");
        }
      }
    }

    if (family == Family.PARALLEL) {
      for (FlowNode node : all) {
        if (node instanceof EndEvent end && !ModelChecker.endsBranchOnPurpose(end)
            && branchesOf(node, branches).size() == 1) {
          reporter.add(Rule.SPLIT_BRANCH_END, end, "Ein Zweig von " + ModelChecker.describe(split)
              + " endet in " + ModelChecker.describe(end)
              + ", ohne zusammengeführt zu werden; erwartet ein paralleles Gateway oder ein "
              + "Terminierungs-, Eskalations- bzw. Fehler-Endereignis.");
        }
      }
    }
  }

  /** Do two incoming flows of the node come from disjoint, non-empty sets of the split's branches? */
  private boolean closes(Gateway split, FlowNode node, List<SequenceFlow> outgoing,
      List<Set<FlowNode>> branches) {
    if (node == split) {
      return false;
    }
    List<Set<Integer>> origins = new ArrayList<>();
    for (SequenceFlow flow : graph.in(node)) {
      if (flow.getSource() == split) {
        origins.add(Set.of(outgoing.indexOf(flow)));
      } else {
        origins.add(branchesOf(flow.getSource(), branches));
      }
    }
    for (int a = 0; a < origins.size(); a++) {
      for (int b = a + 1; b < origins.size(); b++) {
        Set<Integer> first = origins.get(a);
        Set<Integer> second = origins.get(b);
        if (!first.isEmpty() && !second.isEmpty() && disjoint(first, second)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<Integer> branchesOf(FlowNode node, List<Set<FlowNode>> branches) {
    Set<Integer> indices = new HashSet<>();
    for (int i = 0; i < branches.size(); i++) {
      if (branches.get(i).contains(node)) {
        indices.add(i);
      }
    }
    return indices;
  }

  private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
    for (Integer i : a) {
      if (b.contains(i)) {
        return false;
      }
    }
    return true;
  }

  private static Family family(Gateway gateway) {
    if (gateway instanceof ExclusiveGateway || gateway instanceof EventBasedGateway) {
      return Family.EXCLUSIVE;
    }
    if (gateway instanceof ParallelGateway) {
      return Family.PARALLEL;
    }
    if (gateway instanceof InclusiveGateway) {
      return Family.INCLUSIVE;
    }
    return Family.OTHER;
  }

  private static String expected(Family family) {
    return switch (family) {
      case EXCLUSIVE -> "exklusives Gateway";
      case PARALLEL -> "paralleles Gateway";
      case INCLUSIVE -> "inklusives Gateway";
      case OTHER -> "Gateway desselben Typs";
    };
  }
}

package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Effect;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Flow;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Kind;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often each node of a model is visited per year: the expected number of visits of a Markov
 * chain over the flow graph, which handles loops (a linear system {@code v = s + Pᵀv}, solved
 * exactly). Plain arithmetic; the semantics (documented in docs/gpm-leitfaden.md):
 *
 * <ul>
 *   <li><b>Sources</b>: each start event of the process with {@code ppbe:casesPerYear}; the sum is
 *       the planned yearly case volume. A "what if" volume scales all start events (including
 *       those of event subprocesses) by the same factor.</li>
 *   <li><b>Exclusive (and event-based) gateways</b> with several outgoing flows pass their visits
 *       on by {@code ppbe:probability}; the percentages must sum to 100 (else an error naming the
 *       gateway).</li>
 *   <li><b>Parallel gateways</b> and every other node pass their visits on to all outgoing flows.
 *       A flow may carry {@code ppbe:probability} to say that only that share of the runs take it —
 *       used for branches that race and are cut short by a terminate end event on another branch
 *       (contact recorded vs. home visits). A parallel join passes on the mean of its incoming
 *       flows (all branches arrive once per run).</li>
 *   <li><b>Embedded subprocesses</b>: their inside is computed once per run and scaled by the
 *       subprocess's visits. A run completes normally as often as its plain or terminate end events
 *       are reached (at most once per run), minus interrupting boundary events.</li>
 *   <li><b>Boundary events</b>: an escalation (error) boundary event on a subprocess fires as often
 *       as matching escalation (error) end or throw events inside are reached — the probabilities on
 *       the path to them. Other boundary events (timers, messages) fire with their own
 *       {@code ppbe:probability} per run of the activity, or never when they have none (the deadline
 *       escalations only run service tasks).</li>
 *   <li><b>Event subprocesses</b> run as often per year as their start event's
 *       {@code ppbe:casesPerYear} says (e.g. bailiff notices per year), independently of the
 *       enclosing scope.</li>
 *   <li>Call activities, multi-instance activities and inclusive or complex gateways are not
 *       expanded: call activities and multi-instance count as one visit, the gateways are an
 *       error.</li>
 * </ul>
 */
public final class ExpectedVisits {

  private static final double EPSILON = 1e-9;

  /**
   * @param plannedCasesPerYear the model's yearly case volume (sum of the process start events)
   * @param appliedCasesPerYear the volume computed with ("what if"), equal to the planned one otherwise
   * @param visitsPerYear expected visits per year for every node id (also event subprocesses' nodes)
   */
  public record Result(double plannedCasesPerYear, double appliedCasesPerYear,
      Map<String, Double> visitsPerYear) {

    public double visitsPerYear(String nodeId) {
      return visitsPerYear.getOrDefault(nodeId, 0.0);
    }

    /** Visits per case (per process instance started through the process's start events). */
    public double visitsPerCase(String nodeId) {
      return appliedCasesPerYear == 0 ? 0 : visitsPerYear(nodeId) / appliedCasesPerYear;
    }
  }

  private final ProcessGraph graph;

  private ExpectedVisits(ProcessGraph graph) {
    this.graph = graph;
  }

  /** With the planned yearly case volume of the model. */
  public static Result compute(ProcessGraph graph) {
    return compute(graph, null);
  }

  /** With another yearly case volume ("what if"), or the planned one when null. */
  public static Result compute(ProcessGraph graph, Double casesPerYear) {
    return new ExpectedVisits(graph).run(casesPerYear);
  }

  private Result run(Double whatIf) {
    if (whatIf != null && (whatIf < 0 || !Double.isFinite(whatIf))) {
      throw new PpbeModelException(null, "Die Fallzahl pro Jahr muss eine Zahl ab 0 sein.");
    }
    String process = graph.processId();
    double planned = 0;
    for (Node node : graph.nodesIn(process)) {
      if (node.kind() == Kind.START && node.casesPerYear() != null) {
        planned += node.casesPerYear();
      }
    }
    if (planned <= 0) {
      throw new PpbeModelException(process, "Prozess " + process + ": kein Startereignis trägt "
          + PpbeAttributes.CASES_PER_YEAR + " (geplante Fälle pro Jahr größer 0).");
    }
    double applied = whatIf == null ? planned : whatIf;
    double scale = applied / planned;

    Map<String, Double> visits = new LinkedHashMap<>(solve(process, yearlyStarts(process, scale)));
    for (Node node : graph.nodes()) {
      if (node.kind() == Kind.EVENT_SUBPROCESS) {
        Map<String, Double> starts = yearlyStarts(node.id(), scale);
        visits.put(node.id(), starts.values().stream().mapToDouble(Double::doubleValue).sum());
        visits.putAll(solve(node.id(), starts));
      }
    }
    return new Result(planned, applied, visits);
  }

  private Map<String, Double> yearlyStarts(String scope, double scale) {
    Map<String, Double> starts = new LinkedHashMap<>();
    for (Node node : graph.nodesIn(scope)) {
      if (node.kind() == Kind.START) {
        starts.put(node.id(), node.casesPerYear() == null ? 0 : node.casesPerYear() * scale);
      }
    }
    return starts;
  }

  /** Completion share and boundary factors of a subprocess, from its inside per run. */
  private record SubprocessRun(Map<String, Double> inside, double completes) {}

  /**
   * Expected visits of every node in the scope (and, scaled, inside its embedded subprocesses)
   * given the visits of its start events.
   */
  private Map<String, Double> solve(String scope, Map<String, Double> sources) {
    List<Node> nodes = graph.nodesIn(scope).stream()
        .filter(n -> n.kind() != Kind.EVENT_SUBPROCESS).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }

    // inside of each subprocess per run, and the boundary events' factors
    Map<String, SubprocessRun> runs = new HashMap<>();
    for (Node node : nodes) {
      if (node.kind() == Kind.SUBPROCESS) {
        Map<String, Double> starts = new LinkedHashMap<>();
        graph.nodesIn(node.id()).stream().filter(n -> n.kind() == Kind.START)
            .forEach(n -> starts.put(n.id(), 1.0));
        Map<String, Double> inside = solve(node.id(), starts);
        double ends = graph.nodesIn(node.id()).stream()
            .filter(n -> n.kind() == Kind.END
                && (n.effect() == Effect.COMPLETE || n.effect() == Effect.TERMINATE))
            .mapToDouble(n -> inside.getOrDefault(n.id(), 0.0)).sum();
        runs.put(node.id(), new SubprocessRun(inside, Math.min(1.0, ends)));
      }
    }
    Map<String, Double> boundaryFactor = new HashMap<>();
    Map<String, Double> interrupted = new HashMap<>();
    for (Node node : nodes) {
      if (node.kind() == Kind.BOUNDARY) {
        double factor = boundaryFactor(node, runs.get(node.attachedTo()));
        boundaryFactor.put(node.id(), factor);
        if (node.interrupting()) {
          interrupted.merge(node.attachedTo(), factor, Double::sum);
        }
      }
    }

    int n = nodes.size();
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      b[i] = sources.getOrDefault(nodes.get(i).id(), 0.0);
    }
    for (Node node : nodes) {
      if (node.kind() == Kind.UNSUPPORTED_GATEWAY) {
        throw new PpbeModelException(node.id(), "Gateway " + node.label() + ": inklusive und "
            + "komplexe Gateways kann die Personalbedarfsermittlung nicht auswerten.");
      }
      List<Flow> out = graph.outgoing(node.id());
      boolean split = node.kind() == Kind.EXCLUSIVE_GATEWAY && out.size() >= 2;
      if (split) {
        checkProbabilities(node, out);
      }
      double passesOn = 1.0;
      if (node.kind() == Kind.SUBPROCESS) {
        passesOn = runs.get(node.id()).completes();
      }
      passesOn = Math.max(0, passesOn - interrupted.getOrDefault(node.id(), 0.0));
      for (Flow flow : out) {
        Integer target = index.get(flow.target());
        if (target == null) {
          continue;
        }
        double weight = flow.probability() == null ? 1.0 : flow.probability() / 100.0;
        if (flow.probability() != null && (flow.probability() < 0 || flow.probability() > 100)) {
          throw new PpbeModelException(flow.id(), "Fluss " + flow.id() + ": "
              + PpbeAttributes.PROBABILITY + " " + format(flow.probability())
              + " liegt nicht zwischen 0 und 100.");
        }
        Node targetNode = nodes.get(target);
        int joins = graph.incoming(targetNode.id()).size();
        if (targetNode.kind() == Kind.PARALLEL_GATEWAY && joins >= 2) {
          weight /= joins;
        }
        a[target][index.get(node.id())] -= weight * passesOn;
      }
      if (node.kind() == Kind.BOUNDARY && index.containsKey(node.attachedTo())) {
        a[index.get(node.id())][index.get(node.attachedTo())] -= boundaryFactor.get(node.id());
      }
    }

    double[] v = solveLinear(a, b, scope);
    Map<String, Double> visits = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      visits.put(nodes.get(i).id(), v[i]);
    }
    for (Node node : nodes) {
      if (node.kind() == Kind.SUBPROCESS) {
        double times = visits.get(node.id());
        runs.get(node.id()).inside().forEach((id, perRun) -> visits.put(id, times * perRun));
      }
    }
    return visits;
  }

  private double boundaryFactor(Node boundary, SubprocessRun attachedRun) {
    if (boundary.probability() != null) {
      if (boundary.probability() < 0 || boundary.probability() > 100) {
        throw new PpbeModelException(boundary.id(), "Randereignis " + boundary.label() + ": "
            + PpbeAttributes.PROBABILITY + " " + format(boundary.probability())
            + " liegt nicht zwischen 0 und 100.");
      }
      return boundary.probability() / 100.0;
    }
    boolean thrown = boundary.effect() == Effect.ESCALATION || boundary.effect() == Effect.ERROR;
    if (!thrown || attachedRun == null) {
      return 0; // timers, messages … without a probability: their branch is not counted
    }
    double sum = 0;
    for (Node inside : graph.descendants(boundary.attachedTo())) {
      boolean throwsIt = (inside.kind() == Kind.END || inside.kind() == Kind.EVENT)
          && inside.effect() == boundary.effect()
          && (boundary.code() == null || boundary.code().equals(inside.code()));
      if (throwsIt) {
        sum += attachedRun.inside().getOrDefault(inside.id(), 0.0);
      }
    }
    return sum;
  }

  private static void checkProbabilities(Node gateway, List<Flow> out) {
    double sum = 0;
    for (Flow flow : out) {
      if (flow.probability() == null) {
        throw new PpbeModelException(gateway.id(), "Gateway " + gateway.label() + ": dem Fluss "
            + flow.id() + " fehlt " + PpbeAttributes.PROBABILITY + ".");
      }
      sum += flow.probability();
    }
    if (Math.abs(sum - 100) > 0.01) {
      throw new PpbeModelException(gateway.id(), "Gateway " + gateway.label()
          + ": die Wahrscheinlichkeiten der ausgehenden Flüsse ergeben " + format(sum)
          + " % statt 100 %.");
    }
  }

  /** Gaussian elimination with partial pivoting; a singular system is a loop without exit. */
  private static double[] solveLinear(double[][] a, double[] b, String scope) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      if (Math.abs(a[pivot][col]) < EPSILON) {
        throw new PpbeModelException(scope, "Im Bereich " + scope + " gibt es eine Schleife ohne "
            + "Ausgang (die Wahrscheinlichkeiten führen zu 100 % zurück); die erwartete Zahl der "
            + "Durchläufe ist unendlich.");
      }
      double[] rowSwap = a[col];
      a[col] = a[pivot];
      a[pivot] = rowSwap;
      double bSwap = b[col];
      b[col] = b[pivot];
      b[pivot] = bSwap;
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        if (factor != 0) {
          for (int k = col; k < n; k++) {
            a[row][k] -= factor * a[col][k];
          }
          b[row] -= factor * b[col];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = b[row];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
      if (Math.abs(x[row]) < 1e-12) {
        x[row] = 0;
      }
      if (x[row] < 0 || !Double.isFinite(x[row])) {
        throw new PpbeModelException(scope, "Im Bereich " + scope + " ergeben die "
            + "Wahrscheinlichkeiten keine sinnvolle Zahl von Durchläufen (Schleife ohne Ausgang?).");
      }
    }
    return x;
  }

  static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.GERMAN, "%.2f", value);
  }
}

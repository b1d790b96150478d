package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Effect;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Expected visits on small graphs, each computed by hand in the comment above it. */
class ExpectedVisitsTest {

  static final Offset<Double> EXACT = within(1e-9);

  @Test
  void anExclusiveSplitSharesTheVisitsByProbability() {
    // 100 cases: A every case, B in 70 %, C in 30 %, the merge and the end again 100
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 100.0).userTask("A", 20).exclusive("G").userTask("B", 30).userTask("C", 10)
        .exclusive("M").end("E")
        .flow("S", "A").flow("A", "G").flow("G", "B", 70.0).flow("G", "C", 30.0)
        .flow("B", "M").flow("C", "M").flow("M", "E")
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.plannedCasesPerYear()).isEqualTo(100);
    assertThat(result.visitsPerYear("A")).isCloseTo(100, EXACT);
    assertThat(result.visitsPerYear("B")).isCloseTo(70, EXACT);
    assertThat(result.visitsPerYear("C")).isCloseTo(30, EXACT);
    assertThat(result.visitsPerYear("E")).isCloseTo(100, EXACT);
    assertThat(result.visitsPerCase("B")).isCloseTo(0.7, EXACT);
  }

  @Test
  void aLoopIsVisitedAGeometricNumberOfTimes() {
    // rework loop: after A, 25 % go back through R to A. Visits of A: v = 100 + 0.25 v → v = 133.33;
    // R = 0.25 × 133.33 = 33.33; the end is reached 100 times
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 100.0).exclusive("M").userTask("A", 20).exclusive("Again").userTask("R", 5)
        .end("E")
        .flow("S", "M").flow("M", "A").flow("A", "Again")
        .flow("Again", "R", 25.0).flow("Again", "E", 75.0).flow("R", "M")
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.visitsPerYear("A")).isCloseTo(400.0 / 3, EXACT);
    assertThat(result.visitsPerYear("R")).isCloseTo(100.0 / 3, EXACT);
    assertThat(result.visitsPerYear("E")).isCloseTo(100, EXACT);
  }

  @Test
  void nestedLoopsAreSolvedTogether() {
    // inner loop (A ↔ 50 % back) inside an outer loop (after B, 20 % back to the start of A):
    // per pass of the outer loop A runs 1/(1-0.5) = 2 times; the outer loop runs 1/(1-0.2) = 1.25
    // times: A = 250, B = 125, E = 100
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 100.0).exclusive("Outer").exclusive("Inner").userTask("A", 10)
        .exclusive("InnerAgain").userTask("B", 10).exclusive("OuterAgain").end("E")
        .flow("S", "Outer").flow("Outer", "Inner").flow("Inner", "A").flow("A", "InnerAgain")
        .flow("InnerAgain", "Inner", 50.0).flow("InnerAgain", "B", 50.0).flow("B", "OuterAgain")
        .flow("OuterAgain", "Outer", 20.0).flow("OuterAgain", "E", 80.0)
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.visitsPerYear("A")).isCloseTo(250, EXACT);
    assertThat(result.visitsPerYear("B")).isCloseTo(125, EXACT);
    assertThat(result.visitsPerYear("E")).isCloseTo(100, EXACT);
  }

  @Test
  void parallelBranchesAreAllVisitedAndJoinedOnce() {
    // 10 cases: A and B once each, the join passes on (10 + 10) / 2 = 10, C 10
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 10.0).parallel("Split").userTask("A", 1).userTask("B", 1).parallel("Join")
        .userTask("C", 1).end("E")
        .flow("S", "Split").flow("Split", "A").flow("Split", "B").flow("A", "Join")
        .flow("B", "Join").flow("Join", "C").flow("C", "E")
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.visitsPerYear("A")).isCloseTo(10, EXACT);
    assertThat(result.visitsPerYear("B")).isCloseTo(10, EXACT);
    assertThat(result.visitsPerYear("C")).isCloseTo(10, EXACT);
  }

  /**
   * The outreach pattern of our model in small: a subprocess with a racing parallel split — contact
   * recorded (40 % of runs, terminate) against a visit (60 % of runs; contact at the visit 50 %,
   * terminate; else the escalation "not reached"). Per run: Record 0.4, Visit 0.6, contact at visit
   * 0.3, not reached 0.3. The subprocess completes normally 0.4 + 0.3 = 0.7 times per run → Advise
   * 70 of 100; the escalation boundary fires 0.3 per run → Close via the boundary 30; Advise
   * leads to Close in 100 % → Close 70 + 30 = 100.
   */
  @Test
  void aSubprocessCompletesByItsTerminateEndsAndEscalatesByItsEscalationEnds() {
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 100.0)
        .subProcess("Outreach", sub -> sub
            .start("OS", null).parallel("Split").userTask("Record", 10)
            .end("Contact", Effect.TERMINATE, null)
            .userTask("Visit", 120).exclusive("AtVisit").end("ContactAtVisit", Effect.TERMINATE, null)
            .end("NotReached", Effect.ESCALATION, "notReached")
            .flow("OS", "Split").flow("Split", "Record", 40.0).flow("Record", "Contact")
            .flow("Split", "Visit", 60.0).flow("Visit", "AtVisit")
            .flow("AtVisit", "ContactAtVisit", 50.0).flow("AtVisit", "NotReached", 50.0))
        .boundary("NoContact", "Outreach", false, Effect.ESCALATION, "notReached", null)
        .userTask("Advise", 90).exclusive("CloseMerge").userTask("Close", 15).end("E")
        .flow("S", "Outreach").flow("Outreach", "Advise").flow("Advise", "CloseMerge")
        .flow("NoContact", "CloseMerge").flow("CloseMerge", "Close").flow("Close", "E")
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.visitsPerYear("Record")).isCloseTo(40, EXACT);
    assertThat(result.visitsPerYear("Visit")).isCloseTo(60, EXACT);
    assertThat(result.visitsPerYear("NoContact")).isCloseTo(30, EXACT);
    assertThat(result.visitsPerYear("Advise")).isCloseTo(70, EXACT);
    assertThat(result.visitsPerYear("Close")).isCloseTo(100, EXACT);
  }

  @Test
  void boundaryEventsCountWithTheirProbabilityOrNotAtAll() {
    // a timer without probability (deadline escalation: service task only) never counts; a timer
    // with 10 % leads to a reminder in 10 of 100 runs; an interrupting one with 20 % takes 20 runs
    // away from the normal flow: Next = 80, Cancelled = 20
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 100.0).userTask("A", 10)
        .boundary("Deadline", "A", false, Effect.NONE, null, null).activity("Escalate").end("E1")
        .boundary("Late", "A", false, Effect.NONE, null, 10.0).userTask("Remind", 5).end("E2")
        .boundary("Cancel", "A", true, Effect.NONE, null, 20.0).userTask("Cancelled", 5).end("E3")
        .userTask("Next", 5).end("E4")
        .flow("S", "A").flow("A", "Next").flow("Next", "E4")
        .flow("Deadline", "Escalate").flow("Escalate", "E1")
        .flow("Late", "Remind").flow("Remind", "E2")
        .flow("Cancel", "Cancelled").flow("Cancelled", "E3")
        .build();
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);
    assertThat(result.visitsPerYear("Escalate")).isZero();
    assertThat(result.visitsPerYear("Remind")).isCloseTo(10, EXACT);
    assertThat(result.visitsPerYear("Cancelled")).isCloseTo(20, EXACT);
    assertThat(result.visitsPerYear("Next")).isCloseTo(80, EXACT);
  }

  @Test
  void anEventSubprocessRunsAsOftenAsItsStartSaysAndAWhatIfScalesEverything() {
    // 200 cases and 50 notices a year; what if 300 cases: factor 1.5 → 300 and 75 notices
    ProcessGraph graph = ProcessGraph.builder("p")
        .start("S", 150.0).start("S2", 50.0).exclusive("M").userTask("A", 10).end("E")
        .eventSubProcess("Notice", esp -> esp
            .start("NS", 50.0).userTask("Letter", 20).exclusive("Attend")
            .userTask("Go", 180).end("NE1").end("NE2")
            .flow("NS", "Letter").flow("Letter", "Attend")
            .flow("Attend", "Go", 40.0).flow("Attend", "NE2", 60.0).flow("Go", "NE1"))
        .flow("S", "M").flow("S2", "M").flow("M", "A").flow("A", "E")
        .build();
    ExpectedVisits.Result planned = ExpectedVisits.compute(graph);
    assertThat(planned.plannedCasesPerYear()).isEqualTo(200);
    assertThat(planned.visitsPerYear("A")).isCloseTo(200, EXACT);
    assertThat(planned.visitsPerYear("Letter")).isCloseTo(50, EXACT);
    assertThat(planned.visitsPerYear("Go")).isCloseTo(20, EXACT);

    ExpectedVisits.Result whatIf = ExpectedVisits.compute(graph, 300.0);
    assertThat(whatIf.plannedCasesPerYear()).isEqualTo(200);
    assertThat(whatIf.appliedCasesPerYear()).isEqualTo(300);
    assertThat(whatIf.visitsPerYear("A")).isCloseTo(300, EXACT);
    assertThat(whatIf.visitsPerYear("Letter")).isCloseTo(75, EXACT);
    assertThat(whatIf.visitsPerCase("Letter")).isCloseTo(0.25, EXACT);
  }

  @Test
  void probabilitiesThatDoNotSumTo100AreAnErrorNamingTheGateway() {
    ProcessGraph graph = ProcessGraph.builder("p")
        .node(new ProcessGraph.Node("S", null, ProcessGraph.Kind.START, "p", null, 10.0, null, null,
            false, Effect.NONE, null))
        .node(new ProcessGraph.Node("GW_Visit", "Hausbesuch nötig?",
            ProcessGraph.Kind.EXCLUSIVE_GATEWAY, "p", null, null, null, null, false, Effect.NONE, null))
        .end("E1").end("E2")
        .flow("S", "GW_Visit").flow("GW_Visit", "E1", 60.0).flow("GW_Visit", "E2", 30.0)
        .build();
    assertThatThrownBy(() -> ExpectedVisits.compute(graph))
        .isInstanceOf(PpbeModelException.class)
        .hasMessage("Gateway „Hausbesuch nötig?“ (GW_Visit): die Wahrscheinlichkeiten der "
            + "ausgehenden Flüsse ergeben 90 % statt 100 %.")
        .extracting(e -> ((PpbeModelException) e).elementId()).isEqualTo("GW_Visit");
  }

  @Test
  void aMissingProbabilityOrALoopWithoutExitIsAnError() {
    ProcessGraph missing = ProcessGraph.builder("p")
        .start("S", 10.0).exclusive("G").end("E1").end("E2")
        .flow("S", "G").flow("G", "E1", 100.0).flow("G", "E2")
        .build();
    assertThatThrownBy(() -> ExpectedVisits.compute(missing)).isInstanceOf(PpbeModelException.class)
        .hasMessageContaining("Gateway G: dem Fluss G->E2 fehlt ppbe:probability.");

    ProcessGraph endless = ProcessGraph.builder("p")
        .start("S", 10.0).exclusive("M").userTask("A", 1).exclusive("G").end("E")
        .flow("S", "M").flow("M", "A").flow("A", "G").flow("G", "M", 100.0).flow("G", "E", 0.0)
        .build();
    assertThatThrownBy(() -> ExpectedVisits.compute(endless)).isInstanceOf(PpbeModelException.class)
        .hasMessageContaining("Schleife ohne Ausgang");
  }

  @Test
  void aModelWithoutCasesPerYearCannotBeComputed() {
    ProcessGraph graph = ProcessGraph.builder("p").start("S", null).end("E").flow("S", "E").build();
    assertThatThrownBy(() -> ExpectedVisits.compute(graph)).isInstanceOf(PpbeModelException.class)
        .hasMessageContaining("kein Startereignis trägt ppbe:casesPerYear");
    ProcessGraph ok = ProcessGraph.builder("p").start("S", 5.0).end("E").flow("S", "E").build();
    assertThatThrownBy(() -> ExpectedVisits.compute(ok, -1.0)).isInstanceOf(PpbeModelException.class);
  }
}

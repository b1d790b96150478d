package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static de.berlin.sozwohn.wohnraumerhalt.modelcheck.TestModels.property;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.Test;

/** Each rule of the model check on a small model that follows the convention but for one thing. */
class ModelCheckerTest {

  final ModelChecker checker = new ModelChecker();

  List<Finding> check(BpmnModelInstance model) {
    return checker.check(TestModels.reread(model));
  }

  List<Finding> check(BpmnModelInstance model, Rule rule) {
    return check(model).stream().filter(f -> f.rule() == rule).toList();
  }

  @Test
  void aModelThatFollowsTheConventionHasNoFindings() {
    assertThat(check(TestModels.clean())).isEmpty();
  }

  // --- errors ---------------------------------------------------------------------------------

  @Test
  void historyTimeToLiveIsRequired() {
    BpmnModelInstance model = TestModels.clean();
    ((Process) model.getModelElementById("antrag")).setCamundaHistoryTimeToLiveString(null);
    List<Finding> findings = check(model);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.HISTORY_TIME_TO_LIVE);
      assertThat(f.isError()).isTrue();
      assertThat(f.elementId()).isEqualTo("antrag");
      assertThat(f.toGerman()).isEqualTo("FEHLER [aufbewahrungsfrist] Prozess „Antrag bearbeiten“ "
          + "(antrag): die Aufbewahrungsfrist der Historie (historyTimeToLive) fehlt.");
    });
  }

  @Test
  void scriptTasksScriptListenersAndScriptConditionsAreErrors() {
    BpmnModelInstance model = TestModels.clean();
    CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
    listener.setCamundaEvent("start");
    CamundaScript script = model.newInstance(CamundaScript.class);
    script.setCamundaScriptFormat("groovy");
    script.setTextContent("println 'x'");
    listener.setCamundaScript(script);
    ((UserTask) model.getModelElementById("Check")).getExtensionElements().addChildElement(listener);
    // a script condition as Camunda Modeler writes it (Condition type: Script)
    String xml = Bpmn.convertToString(model)
        .replaceFirst("<definitions ", "<definitions xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .replaceFirst("<conditionExpression id=\"[^\"]*\">\\$\\{complete}</conditionExpression>",
            "<conditionExpression xsi:type=\"tFormalExpression\" language=\"javascript\">"
                + "complete == true</conditionExpression>");
    assertThat(xml).contains("language=\"javascript\"");

    List<Finding> findings = checker.check(new java.io.ByteArrayInputStream(
        xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).stream()
        .filter(f -> f.rule() == Rule.NO_SCRIPTS).toList();
    assertThat(findings).extracting(Finding::elementId).containsExactlyInAnyOrder("Check", "Flow_Yes");
    assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("Ausführungs-Listener"))
        .anyMatch(m -> m.contains("Skript-Bedingung (Sprache javascript)"));

    BpmnModelInstance scriptTask = Bpmn.createExecutableProcess("s").camundaHistoryTimeToLive(1)
        .startEvent().name("Antrag eingegangen")
        .scriptTask("Calc").name("Betrag berechnen").scriptFormat("groovy").scriptText("1")
        .endEvent().name("Betrag berechnet").done();
    assertThat(check(scriptTask, Rule.NO_SCRIPTS)).extracting(Finding::elementId).containsExactly("Calc");
  }

  @Test
  void everyElementNeedsAShapeOrEdge() {
    BpmnModelInstance model = TestModels.clean();
    TestModels.removeDiagramElement(model, "Grant");
    TestModels.removeDiagramElement(model, "Flow_No");
    assertThat(check(model, Rule.DIAGRAM)).extracting(Finding::message).containsExactlyInAnyOrder(
        "Benutzeraufgabe „Antrag bewilligen“ (Grant) hat keine Form im Diagramm.",
        "Fluss „nein“ (Flow_No) hat keine Kante im Diagramm.");
  }

  @Test
  void userTasksNeedCandidateGroupsAndMinutes() {
    BpmnModelInstance model = TestModels.clean();
    ((UserTask) model.getModelElementById("Grant")).setCamundaCandidateGroups(null);
    TestModels.removeProperties(model, "Check");
    property(model, "Request", PpbeAttributes.MINUTES, "zehn");
    List<Finding> findings = check(model);
    assertThat(findings).allMatch(Finding::isError).extracting(Finding::toGerman).containsExactlyInAnyOrder(
        "FEHLER [kandidatengruppe] Benutzeraufgabe „Antrag bewilligen“ (Grant): die Kandidatengruppe "
            + "(camunda:candidateGroups) fehlt.",
        "FEHLER [ppbe-minuten] Benutzeraufgabe „Antrag prüfen“ (Check): ppbe:minutes fehlt.",
        "FEHLER [ppbe-minuten] Benutzeraufgabe „Unterlagen nachfordern“ (Request): ppbe:minutes "
            + "„zehn“ ist keine Zahl.");

    property(model, "Request", PpbeAttributes.MINUTES, "0");
    assertThat(check(model, Rule.PPBE_MINUTES)).extracting(Finding::elementId).contains("Request");
  }

  @Test
  void probabilitiesOfAnExclusiveSplitSumTo100() {
    BpmnModelInstance model = TestModels.clean();
    property(model, "Flow_No", PpbeAttributes.PROBABILITY, "20");
    assertThat(check(model)).singleElement().extracting(Finding::toGerman).isEqualTo(
        "FEHLER [ppbe-wahrscheinlichkeit] Exklusives Gateway „Antrag vollständig?“ (GW_Complete): "
            + "die Wahrscheinlichkeiten (ppbe:probability) der ausgehenden Flüsse ergeben 90 % statt 100 %.");

    property(model, "Flow_Yes", PpbeAttributes.PROBABILITY, "87,5");
    property(model, "Flow_No", PpbeAttributes.PROBABILITY, "12.5 %");
    assertThat(check(model)).isEmpty();

    TestModels.removeProperties(model, "Flow_No");
    assertThat(check(model)).singleElement().extracting(Finding::message).isEqualTo(
        "Fluss „nein“ (Flow_No) von Exklusives Gateway „Antrag vollständig?“ (GW_Complete): "
            + "ppbe:probability fehlt.");

    property(model, "Flow_No", PpbeAttributes.PROBABILITY, "150");
    assertThat(check(model)).singleElement().extracting(Finding::message).asString()
        .contains("„150“ liegt nicht zwischen 0 und 100");
  }

  @Test
  void aStartEventCarriesTheYearlyCaseVolume() {
    BpmnModelInstance model = TestModels.clean();
    TestModels.removeProperties(model, "Received");
    assertThat(check(model)).singleElement().extracting(Finding::toGerman).isEqualTo(
        "FEHLER [ppbe-fallzahl] Prozess „Antrag bearbeiten“ (antrag): kein Startereignis trägt "
            + "ppbe:casesPerYear (geplante Fälle pro Jahr).");
    property(model, "Received", PpbeAttributes.CASES_PER_YEAR, "-5");
    assertThat(check(model, Rule.PPBE_CASES)).extracting(Finding::elementId).containsExactly("Received");
  }

  @Test
  void processesAndSubprocessesNeedStartAndEndEvents() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1)
        .startEvent("S").name("Antrag eingegangen")
        .subProcess("Sub").name("Antrag bearbeiten").embeddedSubProcess()
          .startEvent("SubStart").name("Bearbeitung begonnen")
          .userTask("T").name("Antrag prüfen")
        .subProcessDone()
        .done();
    List<Finding> findings = check(model, Rule.START_AND_END);
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "Prozess (p): das Endereignis fehlt.",
        "Teilprozess „Antrag bearbeiten“ (Sub): das Endereignis fehlt.");
  }

  // --- splits and joins -----------------------------------------------------------------------

  @Test
  void aParallelSplitJoinedByAnExclusiveGatewayIsAnError() {
    BpmnModelInstance model = process()
        .parallelGateway("Split")
        .userTask("A").name("Miete prüfen")
        .exclusiveGateway("Join")
        .endEvent("E").name("Prüfung abgeschlossen")
        .moveToNode("Split")
        .userTask("B").name("Vermieter anrufen")
        .connectTo("Join")
        .done();
    assertThat(check(model, Rule.SPLIT_JOIN)).singleElement().extracting(Finding::message).isEqualTo(
        "Paralleles Gateway „Split“ (Split) wird in Exklusives Gateway „Join“ (Join) zusammengeführt; "
            + "erwartet ein paralleles Gateway.");
  }

  @Test
  void anExclusiveSplitJoinedByAParallelGatewayIsAnError() {
    BpmnModelInstance model = process()
        .exclusiveGateway("Split").name("Miete gezahlt?")
        .condition("ja", "${paid}")
        .userTask("A").name("Fall schließen")
        .parallelGateway("Join")
        .endEvent("E").name("Fall geschlossen")
        .moveToNode("Split")
        .condition("nein", "${!paid}")
        .userTask("B").name("Vermieter anrufen")
        .connectTo("Join")
        .done();
    assertThat(check(model, Rule.SPLIT_JOIN)).singleElement().extracting(Finding::elementId)
        .isEqualTo("Join");
  }

  @Test
  void anExclusiveSplitMergedAtATaskIsAWarning() {
    BpmnModelInstance model = process()
        .exclusiveGateway("Split").name("Miete gezahlt?")
        .condition("ja", "${paid}")
        .userTask("A").name("Fall schließen")
        .endEvent("E").name("Fall geschlossen")
        .moveToNode("Split")
        .condition("nein", "${!paid}")
        .userTask("B").name("Vermieter anrufen")
        .connectTo("A")
        .done();
    List<Finding> findings = check(model);
    assertThat(findings).filteredOn(f -> f.rule() == Rule.SPLIT_IMPLICIT_JOIN).singleElement()
        .satisfies(f -> assertThat(f.isError()).isFalse())
        .extracting(Finding::elementId).isEqualTo("A");
    assertThat(findings).noneMatch(f -> f.rule() == Rule.SPLIT_JOIN);
  }

  @Test
  void nestedSplitsAndLoopsAreClosedCorrectly() {
    // exclusive split; its "ja" branch holds a parallel block; both branches merge exclusively;
    // then a loop back to a merge before a task ("Noch einmal?")
    BpmnModelInstance model = process()
        .exclusiveGateway("Loop")
        .userTask("Work").name("Unterlagen sichten")
        .exclusiveGateway("Split").name("Hilfe nötig?")
        .condition("ja", "${help}")
        .parallelGateway("PSplit")
        .userTask("P1").name("Jobcenter informieren")
        .parallelGateway("PJoin")
        .exclusiveGateway("Merge")
        .exclusiveGateway("Again").name("Noch einmal?")
        .condition("nein", "${!again}")
        .endEvent("E").name("Fall abgeschlossen")
        .moveToNode("PSplit")
        .userTask("P2").name("Vermieter informieren")
        .connectTo("PJoin")
        .moveToNode("Split")
        .condition("nein", "${!help}")
        .connectTo("Merge")
        .moveToNode("Again")
        .condition("ja", "${again}")
        .connectTo("Loop")
        .done();
    assertThat(check(model)).filteredOn(f -> f.rule().name().startsWith("SPLIT")).isEmpty();
  }

  @Test
  void aParallelBranchEndsOnPurposeOrIsJoined() {
    BpmnModelInstance model = process()
        .parallelGateway("Split")
        .userTask("A").name("Kontakt erfassen")
        .endEvent("ContactMade").name("Kontakt hergestellt")
        .moveToNode("Split")
        .userTask("B").name("Hausbesuch durchführen")
        .endEvent("VisitDone").name("Hausbesuch durchgeführt")
        .done();
    assertThat(check(model, Rule.SPLIT_BRANCH_END)).extracting(Finding::elementId)
        .containsExactlyInAnyOrder("ContactMade", "VisitDone");

    EndEvent end = model.getModelElementById("ContactMade");
    end.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    assertThat(check(model, Rule.SPLIT_BRANCH_END)).extracting(Finding::elementId)
        .containsExactly("VisitDone");
  }

  @Test
  void aGatewayThatJoinsAndSplitsIsAWarning() {
    BpmnModelInstance model = process()
        .parallelGateway("Split")
        .userTask("A").name("Miete prüfen")
        .parallelGateway("JoinSplit")
        .userTask("C").name("Fall schließen")
        .parallelGateway("Join")
        .endEvent().name("Fall geschlossen")
        .moveToNode("Split").userTask("B").name("Vermieter anrufen").connectTo("JoinSplit")
        .moveToNode("JoinSplit").userTask("D").name("Akte ablegen").connectTo("Join")
        .done();
    assertThat(check(model, Rule.GATEWAY_SPLIT_AND_JOIN)).extracting(Finding::elementId)
        .containsExactly("JoinSplit");
  }

  // --- names ----------------------------------------------------------------------------------

  @Test
  void activitiesAreObjectPlusInfinitiveAndEventsNounPlusParticiple() {
    BpmnModelInstance model = TestModels.clean();
    ((FlowNode) model.getModelElementById("Check")).setName("Prüfung der Unterlagen");
    ((FlowNode) model.getModelElementById("Grant")).setName("Antrag bewilligt");
    ((FlowNode) model.getModelElementById("Request")).setName("Nachfordern");
    ((FlowNode) model.getModelElementById("Received")).setName("Antrag eingehen");
    ((FlowNode) model.getModelElementById("Decided")).setName("Bescheid");
    List<Finding> findings = check(model);
    assertThat(findings).allMatch(f -> !f.isError()).extracting(Finding::message).containsExactlyInAnyOrder(
        "Benutzeraufgabe „Prüfung der Unterlagen“ (Check): der Name endet nicht auf ein Verb im "
            + "Infinitiv – „Unterlagen“ ist kein Verb im Infinitiv; erwartet Objekt + Infinitiv, "
            + "z. B. „Standardanschreiben versenden“.",
        "Benutzeraufgabe „Antrag bewilligt“ (Grant): der Name endet nicht auf ein Verb im Infinitiv "
            + "– „bewilligt“ ist ein Partizip und passt zu einem Ereignis; erwartet Objekt + "
            + "Infinitiv, z. B. „Standardanschreiben versenden“.",
        "Benutzeraufgabe „Nachfordern“ (Request): der Name nennt kein Objekt; erwartet Objekt + "
            + "Verb im Infinitiv, z. B. „Standardanschreiben versenden“.",
        "Startereignis „Antrag eingehen“ (Received): der Name endet nicht auf ein Partizip Perfekt "
            + "– „eingehen“ ist ein Infinitiv und passt zu einer Aktivität; erwartet Substantiv + "
            + "Partizip, z. B. „Räumungsklage eingegangen“.",
        "Endereignis „Bescheid“ (Decided): erwartet Substantiv + Partizip Perfekt, z. B. "
            + "„Räumungsklage eingegangen“.");
  }

  @Test
  void namesAreShortAndPresent() {
    BpmnModelInstance model = TestModels.clean();
    ((FlowNode) model.getModelElementById("Check"))
        .setName("Antrag auf Übernahme der Mietschulden gründlich prüfen");
    ((FlowNode) model.getModelElementById("Decided")).setName(null);
    assertThat(check(model)).extracting(Finding::toGerman).containsExactlyInAnyOrder(
        "WARNUNG [name-kurz] Benutzeraufgabe „Antrag auf Übernahme der Mietschulden gründlich "
            + "prüfen“ (Check): der Name ist zu lang (7 Wörter, 54 Zeichen; höchstens 5 Wörter "
            + "und 50 Zeichen).",
        "WARNUNG [name-fehlt] Endereignis (Decided) hat keinen Namen.");
  }

  @Test
  void exclusiveSplitsAreQuestionsWithLabelledFlows() {
    BpmnModelInstance model = TestModels.clean();
    ((FlowNode) model.getModelElementById("GW_Complete")).setName("Vollständigkeit");
    ((SequenceFlow) model.getModelElementById("Flow_No")).setName(null);
    assertThat(check(model)).extracting(Finding::toGerman).containsExactlyInAnyOrder(
        "WARNUNG [gateway-frage] Exklusives Gateway „Vollständigkeit“ (GW_Complete): der Name ist "
            + "keine Frage; erwartet eine Frage mit „?“, z. B. „Termin angeboten?“.",
        "WARNUNG [fluss-beschriftung] Fluss Flow_No von Exklusives Gateway „Vollständigkeit“ "
            + "(GW_Complete) nach Benutzeraufgabe „Unterlagen nachfordern“ (Request) ist nicht "
            + "beschriftet.");
  }

  // --- lanes, documentation, boundary events, event subprocesses ------------------------------

  @Test
  void oneLanePerRole() {
    BpmnModelInstance model = TestModels.clean();
    Process process = model.getModelElementById("antrag");
    LaneSet laneSet = model.newInstance(LaneSet.class);
    laneSet.setId("Lanes");
    process.insertElementAfter(laneSet, process.getDocumentations().iterator().next());
    Lane first = lane(model, laneSet, "Lane_1", "Fachkraft", "Received", "Check", "Grant");
    lane(model, laneSet, "Lane_2", "fachkraft ", "GW_Complete", "Request", "GW_Merge", "Decided");
    ((UserTask) model.getModelElementById("Grant")).setCamundaCandidateGroups("leitung-${district}");
    TestModels.reread(model);
    List<Finding> findings = check(model, Rule.LANES);
    assertThat(findings).extracting(Finding::elementId).containsExactlyInAnyOrder("Lane_1", "Lane_2");
    assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains(
        "verschiedene Kandidatengruppen [fachkraft-${district}, leitung-${district}]"))
        .anyMatch(m -> m.contains("dieselbe Rolle wie Bahn „Fachkraft“ (Lane_1)"));
    assertThat(first.getFlowNodeRefs()).hasSize(3);
  }

  @Test
  void theProcessDocumentationNamesOwnerLegalBasisProductAndVersion() {
    BpmnModelInstance model = TestModels.clean();
    TestModels.document(model, "antrag",
        "Prozessverantwortung: SenASGIVA. § 22 Abs. 9 SGB II, § 36 SGB XII. Version 0.9.");
    assertThat(check(model)).extracting(Finding::message).containsExactlyInAnyOrder(
        "Prozess „Antrag bearbeiten“ (antrag): in der Dokumentation fehlt § 67 SGB XII, "
            + "KLR-Produkt 80635.",
        "Prozess „Antrag bearbeiten“ (antrag): die Dokumentation nennt Version 0.9, der versionTag "
            + "ist 1.0.");
  }

  @Test
  void userTasksBehindABoundaryEventNeedItsProbability() {
    BpmnModelInstance model = TestModels.clean();
    new org.camunda.bpm.model.bpmn.builder.UserTaskBuilder(model, model.getModelElementById("Check"))
        .boundaryEvent("Overdue").name("Frist abgelaufen").cancelActivity(false).timerWithDuration("P3D")
        .userTask("Remind").name("Erinnerung versenden").camundaCandidateGroups("fachkraft-${district}")
        .endEvent("Reminded").name("Erinnerung versendet");
    property(model, "Remind", PpbeAttributes.MINUTES, "5");
    assertThat(check(model)).singleElement().extracting(Finding::toGerman).isEqualTo(
        "WARNUNG [ppbe-randereignis] Randereignis „Frist abgelaufen“ (Overdue): die "
            + "Benutzeraufgaben [Remind] hinter dem Randereignis zählen in der "
            + "Personalbedarfsermittlung nicht, solange ppbe:probability (Anteil in Prozent) am "
            + "Randereignis fehlt.");
    property(model, "Overdue", PpbeAttributes.PROBABILITY, "10");
    assertThat(check(model)).isEmpty();
  }

  @Test
  void anEventSubprocessStartCarriesItsYearlyTriggers() {
    ProcessBuilder builder = Bpmn.createExecutableProcess("antrag").camundaHistoryTimeToLive(1);
    builder.startEvent("S").name("Antrag eingegangen").endEvent("E").name("Antrag erledigt");
    builder.eventSubProcess("Esp").name("Widerspruch bearbeiten")
        .startEvent("EspStart").name("Widerspruch eingegangen").message("objection").interrupting(false)
        .endEvent("EspEnd").name("Widerspruch bearbeitet");
    BpmnModelInstance model = builder.done();
    property(model, "S", PpbeAttributes.CASES_PER_YEAR, "10");
    assertThat(check(model, Rule.PPBE_CASES_START)).singleElement().extracting(Finding::elementId)
        .isEqualTo("EspStart");
    property(model, "EspStart", PpbeAttributes.CASES_PER_YEAR, "3");
    assertThat(check(model, Rule.PPBE_CASES_START)).isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  static org.camunda.bpm.model.bpmn.builder.StartEventBuilder process() {
    return Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1)
        .startEvent("S").name("Antrag eingegangen");
  }

  static Lane lane(BpmnModelInstance model, LaneSet laneSet, String id, String name, String... refs) {
    Lane lane = model.newInstance(Lane.class);
    lane.setId(id);
    lane.setName(name);
    laneSet.getLanes().add(lane);
    for (String ref : refs) {
      lane.getFlowNodeRefs().add(model.getModelElementById(ref));
    }
    return lane;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * The staffing computation on bpmn/wohnraumerhalt.bpmn, against a computation by hand with the
 * model's placeholder values (450 court notices + 60 cases opened by a bailiff notice + 20 cases
 * taken over from another district = 530 cases, 150 bailiff notices a year):
 *
 * <pre>
 * Outreach per run: RecordContact 0.45 (race share), letter branch 1.0
 *   SendCourtLetter 0.88                             (letter to send 88 %)
 *   HomeVisit1      0.88 × 0.70                      = 0.616 (no reaction by the appointment 70 %)
 *   HomeVisit2      0.616 × 0.60 × 0.50              = 0.1848
 *   contact at visits 0.616 × 0.40 + 0.1848 × 0.30   = 0.30184
 *   not reached     0.12 + 0.616 × 0.6 × 0.5 + 0.1848 × 0.7 = 0.43416 (escalation end)
 *   completes       0.45 + 0.30184                   = 0.75184 (terminate ends)
 *   "Verfahren erledigt" 0.05 (interrupting message boundary): passes on 0.75184 − 0.05
 * Counselling       0.70184
 * closure check     0.70184 + 0.05                   = 0.75184
 * CloseCase         0.43416 (escalation boundary) + 0.75184 × 0.80 = 1.035632
 * FollowUp          1 (CaseWork completes once per case)
 * SendEvictionLetter 150 / 530 per case, DecideEvictionAttendance × 0.60, AttendEviction × 0.80
 * </pre>
 */
class OurModelVisitsTest {

  static final Offset<Double> PRECISE = within(1e-9);

  static BpmnModelInstance model() {
    return Bpmn.readModelFromFile(Path.of("bpmn/wohnraumerhalt.bpmn").toFile());
  }

  @Test
  void visitsPerCaseMatchTheHandComputation() {
    ProcessGraph graph = ProcessGraphReader.read(model(), ProcessKeys.PROCESS);
    ExpectedVisits.Result result = ExpectedVisits.compute(graph);

    assertThat(result.plannedCasesPerYear()).isEqualTo(530);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_SEND_COURT_LETTER)).isCloseTo(0.88, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_RECORD_CONTACT)).isCloseTo(0.45, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_HOME_VISIT_1)).isCloseTo(0.616, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_HOME_VISIT_2)).isCloseTo(0.1848, PRECISE);
    assertThat(result.visitsPerCase("NoContactAfterVisits")).isCloseTo(0.43416, PRECISE);
    assertThat(result.visitsPerCase("OutreachSettled")).isCloseTo(0.05, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_COUNSELLING)).isCloseTo(0.70184, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_CLOSE_CASE)).isCloseTo(1.035632, PRECISE);
    assertThat(result.visitsPerCase(ProcessKeys.TASK_FOLLOW_UP)).isCloseTo(1.0, PRECISE);
    assertThat(result.visitsPerYear(ProcessKeys.TASK_SEND_EVICTION_LETTER)).isCloseTo(150, PRECISE);
    assertThat(result.visitsPerYear(ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE)).isCloseTo(90, PRECISE);
    assertThat(result.visitsPerYear(ProcessKeys.TASK_ATTEND_EVICTION)).isCloseTo(72, PRECISE);
    // the deadline escalations have no user tasks and no probability: never counted
    assertThat(result.visitsPerYear("EscalateSendCourtLetter")).isZero();
    assertThat(graph.userTasks()).hasSize(10);
  }

  @Test
  void everyUserTaskHasItsMinutes() {
    ProcessGraph graph = ProcessGraphReader.read(model(), ProcessKeys.PROCESS);
    assertThat(graph.userTasks()).allSatisfy(task -> assertThat(task.minutes()).isPositive());
    assertThat(graph.node(ProcessKeys.TASK_SEND_COURT_LETTER).minutes()).isEqualTo(20);
    assertThat(graph.node(ProcessKeys.TASK_SEND_COURT_LETTER).name())
        .isEqualTo("Standardanschreiben versenden");
  }

  @Test
  void aBrokenProbabilityInTheModelNamesTheGateway() {
    BpmnModelInstance model = model();
    model.getModelElementsByType(CamundaProperty.class).stream()
        .filter(p -> "ppbe:probability".equals(p.getCamundaName())
            && p.getParentElement().getParentElement().getParentElement()
                .getAttributeValue("id").equals("Flow_Visit1Contact"))
        .findFirst().orElseThrow().setCamundaValue("30");
    ProcessGraph graph = ProcessGraphReader.read(model, ProcessKeys.PROCESS);
    assertThatThrownBy(() -> ExpectedVisits.compute(graph))
        .isInstanceOf(PpbeModelException.class)
        .hasMessage("Gateway „Kontakt beim Hausbesuch?“ (GW_ContactAtVisit1): die "
            + "Wahrscheinlichkeiten der ausgehenden Flüsse ergeben 90 % statt 100 %.");
  }
}

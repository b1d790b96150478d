package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model {@code bpmn/halbjahresbericht.bpmn} as the code expects it: the ids the Java side
 * names ({@link ProcessKeys}), the yearly timer (1 July and 1 January), the team lead's task with
 * its form, deadline and listeners in order, the one reminder on the same day as the deadline, and
 * the freeze after the approval. Read with the model API, without an engine: the delegates
 * ({@code reports}) are not needed to check the model.
 */
class HalfYearReportModelTest {

  static final String REQUESTED_PLUS_10 = "${deadlines.dueAfterWorkingDays(requestedOn, 10)}";

  static BpmnModelInstance model;

  @BeforeAll
  static void read() {
    model = Bpmn.readModelFromFile(Path.of("bpmn/halbjahresbericht.bpmn").toFile());
  }

  static <T extends BaseElement> T element(String id, Class<T> type) {
    BaseElement element = model.getModelElementById(id);
    assertThat(element).as(id).isInstanceOf(type);
    return type.cast(element);
  }

  @Test
  void theProcessIsClosedToTasklistAndKeepsItsHistoryFiveYears() {
    Process process = element(ProcessKeys.HALF_YEAR_REPORT_PROCESS, Process.class);
    assertThat(process.getName()).isEqualTo("Halbjahresbericht an die Monitoringstelle");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaVersionTag()).isEqualTo("1.0.0");
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
    assertThat(process.isCamundaStartableInTasklist()).isFalse();
    assertThat(model.getModelElementsByType(Process.class)).hasSize(1);
  }

  @Test
  void onFirstJulyAndFirstJanuaryEveryDistrictIsAsked() throws Exception {
    StartEvent timer = element("ReportingPeriodEnded", StartEvent.class);
    TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions()
        .iterator().next();
    String cron = definition.getTimeCycle().getTextContent();
    assertThat(cron).isEqualTo("0 0 6 1 1,7 ?");
    // the engine's own cron parser (Camunda 7.24: cron-utils, Spring dialect) takes the month list
    CronTimer parsed = CronTimer.parse(cron);
    ZoneId zone = ZoneId.systemDefault();
    Date due = Date.from(LocalDateTime.of(2026, 3, 5, 12, 0).atZone(zone).toInstant());
    List<LocalDateTime> next = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      due = parsed.getDueDate(due);
      next.add(LocalDateTime.ofInstant(due.toInstant(), zone));
    }
    assertThat(next).containsExactly(LocalDateTime.of(2026, 7, 1, 6, 0),
        LocalDateTime.of(2027, 1, 1, 6, 0), LocalDateTime.of(2027, 7, 1, 6, 0));

    assertThat(outgoing(timer)).containsExactly("RequestReports");
    SendTask request = element("RequestReports", SendTask.class);
    assertThat(request.getCamundaDelegateExpression()).isEqualTo("${reportRequests}");
    assertThat(request.getMessage().getName()).isEqualTo(ProcessKeys.MSG_REPORT_REQUESTED);
    assertThat(outgoing(request)).containsExactly("ReportsRequested");
    assertThat(element("ReportsRequested", EndEvent.class)).isNotNull();
    assertThat(ppbe(timer, "ppbe:casesPerYear")).isEqualTo("0");
  }

  @Test
  void theMessageStartsOneReportForTheTeamLeadOfTheDistrict() {
    StartEvent start = element("ReportRequested", StartEvent.class);
    MessageEventDefinition message = (MessageEventDefinition) start.getEventDefinitions()
        .iterator().next();
    assertThat(message.getMessage().getName()).isEqualTo(ProcessKeys.MSG_REPORT_REQUESTED);
    assertThat(ppbe(start, "ppbe:casesPerYear")).isEqualTo("2");
    assertThat(outgoing(start)).containsExactly(ProcessKeys.TASK_APPROVE_REPORT);

    UserTask approve = element(ProcessKeys.TASK_APPROVE_REPORT, UserTask.class);
    assertThat(approve.getName()).isEqualTo("Halbjahresbericht prüfen und freigeben");
    assertThat(approve.getCamundaCandidateGroups()).isEqualTo("leitung-${district}");
    assertThat(approve.getCamundaCandidateUsers()).isNull();
    assertThat(approve.getCamundaAssignee()).isNull();
    assertThat(approve.getCamundaFormRef()).isEqualTo(ProcessKeys.FORM_HALF_YEAR_REPORT);
    assertThat(approve.getCamundaFormRefBinding()).isEqualTo("deployment");
    assertThat(approve.getCamundaDueDate()).isEqualTo(REQUESTED_PLUS_10);
    assertThat(ppbe(approve, "ppbe:minutes")).isEqualTo("45");
    assertThat(lane(approve)).isEqualTo("Lane_Fachstellenleitung");
  }

  /**
   * The input check first (a wrong text is refused before anything is computed), then the check
   * of the reasons against the values ({@code reports.ReportApprovalListener}), which must see the
   * values of the freeze – it runs in the completing transaction, right before it.
   */
  @Test
  void theApprovalChecksTheInputThenTheReasonsThenFreezes() {
    UserTask approve = element(ProcessKeys.TASK_APPROVE_REPORT, UserTask.class);
    List<String> listeners = approve.getExtensionElements()
        .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
        .map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression()).toList();
    assertThat(listeners).containsExactly("complete ${taskInputValidator}",
        "complete ${reportApproval}");

    assertThat(outgoing(approve)).containsExactly("FreezeReport");
    ServiceTask freeze = element("FreezeReport", ServiceTask.class);
    assertThat(freeze.getCamundaDelegateExpression()).isEqualTo("${reportFreezer}");
    assertThat(freeze.isCamundaAsyncBefore()).as("frozen in the approving transaction").isFalse();
    assertThat(outgoing(freeze)).containsExactly("ReportSubmitted");
    assertThat(element("ReportSubmitted", EndEvent.class).getName()).isEqualTo("Bericht abgegeben");
  }

  @Test
  void onceTheDeadlinePassesTheTeamLeadIsRemindedOnceAndTheTaskStaysOpen() {
    BoundaryEvent due = element("ReportReminderDue", BoundaryEvent.class);
    assertThat(due.getAttachedTo().getId()).isEqualTo(ProcessKeys.TASK_APPROVE_REPORT);
    assertThat(due.cancelActivity()).as("non-interrupting").isFalse();
    TimerEventDefinition timer = (TimerEventDefinition) due.getEventDefinitions().iterator().next();
    // a date fires once (a cycle would remind again); the same expression as the task's due date
    assertThat(timer.getTimeCycle()).isNull();
    assertThat(timer.getTimeDuration()).isNull();
    assertThat(timer.getTimeDate().getTextContent()).isEqualTo(REQUESTED_PLUS_10)
        .isEqualTo(element(ProcessKeys.TASK_APPROVE_REPORT, UserTask.class).getCamundaDueDate());

    assertThat(outgoing(due)).containsExactly("SendReportReminder");
    ServiceTask remind = element("SendReportReminder", ServiceTask.class);
    assertThat(remind.getCamundaDelegateExpression()).isEqualTo("${reportReminder}");
    assertThat(remind.isCamundaAsyncBefore()).as("a failed mail is retried as a job").isTrue();
    assertThat(remind.getExtensionElements().getElementsQuery()
        .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
        .isEqualTo("R5/PT10M");
    assertThat(outgoing(remind)).containsExactly("ReportReminderSent");
    assertThat(element("ReportReminderSent", EndEvent.class)).isNotNull();
  }

  @Test
  void everyFlowNodeSitsInItsLane() {
    Map<String, String> expected = Map.of("ReportingPeriodEnded", "Lane_Fachverfahren",
        "RequestReports", "Lane_Fachverfahren", "ReportsRequested", "Lane_Fachverfahren",
        "ReportRequested", "Lane_Fachverfahren", "SendReportReminder", "Lane_Fachverfahren",
        "ReportReminderSent", "Lane_Fachverfahren", "FreezeReport", "Lane_Fachverfahren",
        "ReportSubmitted", "Lane_Fachverfahren", "ApproveReport", "Lane_Fachstellenleitung",
        "ReportReminderDue", "Lane_Fachstellenleitung");
    Map<String, String> actual = model.getModelElementsByType(FlowNode.class).stream()
        .collect(Collectors.toMap(FlowNode::getId, HalfYearReportModelTest::lane));
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  /** One reason field per standard; its key is {@link CaseVariables#commentOf}. */
  @Test
  void everyStandardHasItsOptionalReasonField() {
    List<String> keys = new ArrayList<>();
    for (Standard standard : Standard.values()) {
      String key = CaseVariables.commentOf(standard.id());
      keys.add(key);
      assertThat(TaskInputRules.labelOf(ProcessKeys.TASK_APPROVE_REPORT, key))
          .contains("Begründung zu " + standard.id());
    }
    assertThat(keys).containsExactly(CaseVariables.COMMENT_1_1, CaseVariables.COMMENT_1_2,
        CaseVariables.COMMENT_1_3, CaseVariables.COMMENT_1_4, CaseVariables.COMMENT_1_5,
        CaseVariables.COMMENT_2);
    assertThat(keys).containsExactly("comment1_1", "comment1_2", "comment1_3", "comment1_4",
        "comment1_5", "comment2");
    assertThat(TaskInputRules.fieldsOf(ProcessKeys.TASK_APPROVE_REPORT))
        .containsExactlyElementsOf(keys);
    assertThatThrownBy(() -> CaseVariables.commentOf("1.6"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseVariables.commentOf(null))
        .isInstanceOf(IllegalArgumentException.class);

    // all optional here (the reasons for values below the minimum: reports.ReportApprovalListener)
    var today = java.time.LocalDate.of(2026, 7, 2);
    assertThat(TaskInputRules.check(ProcessKeys.TASK_APPROVE_REPORT, Map.of(), Map.of(), today))
        .isEmpty();
    // but checked like every text: length and characters
    assertThat(TaskInputRules.check(ProcessKeys.TASK_APPROVE_REPORT,
        Map.of(CaseVariables.COMMENT_1_2, "x".repeat(TaskInputRules.MAX_TEXT_LENGTH + 1)),
        Map.of(), today)).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("comment1_2");
          assertThat(v.text()).startsWith("Begründung zu 1.2: Der Text ist zu lang");
        });
    assertThat(TaskInputRules.check(ProcessKeys.TASK_APPROVE_REPORT,
        Map.of(CaseVariables.COMMENT_2, "Befragung \u202Everschoben"), Map.of(), today))
        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("comment2"));
    assertThat(TaskInputRules.check(ProcessKeys.TASK_APPROVE_REPORT,
        Map.of(CaseVariables.COMMENT_1_1, "Zwei Stellen waren im\nFrühjahr unbesetzt."),
        Map.of(), today)).isEmpty();
  }

  private static List<String> outgoing(FlowNode node) {
    return node.getOutgoing().stream().map(SequenceFlow::getTarget).map(FlowNode::getId).toList();
  }

  private static String ppbe(BaseElement element, String name) {
    return element.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
        .singleResult().getCamundaProperties().stream()
        .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }

  private static String lane(FlowNode node) {
    return model.getModelElementsByType(Lane.class).stream()
        .filter(lane -> lane.getFlowNodeRefs().contains(node)).map(Lane::getId).findFirst()
        .orElse(null);
  }
}

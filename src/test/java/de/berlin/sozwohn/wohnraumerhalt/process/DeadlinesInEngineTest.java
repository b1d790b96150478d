package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code deadlines} bean as the models use it: in a task's due date, a timer's date and an
 * input mapping, with expression literals (Long) and ISO string variables.
 */
@AppTest
class DeadlinesInEngineTest {

  static final String KEY = "deadlinesExpressionCheck";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String deploymentId;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Letter")
            .camundaDueDate("${deadlines.dueAfterWorkingDays(receivedOn, 3)}")
            .camundaInputParameter("dueDay", "${deadlines.dueDayAfterWorkingDays(receivedOn, 3)}")
            .boundaryEvent("LetterOverdue")
            .cancelActivity(false)
            .timerWithDate("${deadlines.dueAfterWorkingDays(receivedOn, 3)}")
            .endEvent()
            .moveToActivity("Letter")
            .endEvent()
            .done();
    deploymentId =
        repositoryService
            .createDeployment()
            .addModelInstance(KEY + ".bpmn", model)
            .deploy()
            .getId();
  }

  @AfterEach
  void cleanUp() {
    repositoryService.deleteDeployment(deploymentId, true);
    ClockUtil.reset();
  }

  @Test
  void dueDateTimerAndFormValuesFromTheBean() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T08:00:00Z")));
    // received Thu 2 Apr 2026: Fri 3 (Karfreitag), Sat, Sun, Mon 6 (Ostermontag), Tue 7 = 1, Wed 8, Thu 9 = 3;
    // 23:59 summer time = 21:59Z
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(KEY, Map.of(CaseVariables.RECEIVED_ON, "2026-04-02"));
    Date due = Date.from(Instant.parse("2026-04-09T21:59:00Z"));

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(due);
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(due);
    assertThat(taskService.getVariable(task.getId(), "dueDay")).isEqualTo("2026-04-09");
  }
}

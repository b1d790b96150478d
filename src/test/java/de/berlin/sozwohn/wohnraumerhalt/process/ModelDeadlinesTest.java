package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.io.File;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of the quality standards live in {@link Standard}: the model's due dates and the
 * timers that escalate them name the standard, never a number of days.
 */
class ModelDeadlinesTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/wohnraumerhalt.bpmn"));

  /** task → the standard whose deadline it has and the date the deadline counts from. */
  private static final Map<String, String> DEADLINES = Map.of(
      ProcessKeys.TASK_SEND_COURT_LETTER, "${deadlines.due('1.1', receivedOn)}",
      ProcessKeys.TASK_HOME_VISIT_1, "${deadlines.due('1.2', letterSentOn)}",
      ProcessKeys.TASK_SEND_EVICTION_LETTER, "${deadlines.due('1.3', bailiffReceivedOn)}");

  @Test
  void everyStandardsTaskIsDueByItsStandardAndItsTimerFiresThen() {
    DEADLINES.forEach((taskKey, due) -> {
      UserTask task = model.getModelElementById(taskKey);
      assertThat(task.getCamundaDueDate()).as(taskKey).isEqualTo(due);
      Collection<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> b.getAttachedTo() == task)
          .filter(b -> !b.getChildElementsByType(TimerEventDefinition.class).isEmpty())
          .toList();
      assertThat(timers).as("deadline timer of %s", taskKey).hasSize(1);
      TimerEventDefinition timer = timers.iterator().next()
          .getChildElementsByType(TimerEventDefinition.class).iterator().next();
      assertThat(timer.getTimeDate().getTextContent()).as(taskKey).isEqualTo(due);
    });
  }

  @Test
  void noDeadlineOfTheCaseModelIsANumberOfDays() {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(String.valueOf(task.getCamundaDueDate())).as(task.getId())
          .doesNotContain("dueAfterWorkingDays");
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String date = timer.getTimeDate() == null ? "" : timer.getTimeDate().getTextContent();
      assertThat(date).doesNotContain("dueAfterWorkingDays");
    }
  }

  @Test
  void theHomeVisitFormShowsTheDueDayOfStandard12() {
    UserTask visit = model.getModelElementById(ProcessKeys.TASK_HOME_VISIT_1);
    assertThat(visit.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
        .singleResult().getCamundaInputParameters())
        .anySatisfy(parameter -> {
          assertThat(parameter.getCamundaName()).isEqualTo(CaseVariables.HOME_VISIT_DUE_ON);
          assertThat(parameter.getTextContent()).isEqualTo("${deadlines.dueDay('1.2', letterSentOn)}");
        });
  }
}

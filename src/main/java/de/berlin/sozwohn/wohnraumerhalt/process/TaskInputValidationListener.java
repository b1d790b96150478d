package de.berlin.sozwohn.wohnraumerhalt.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks the input of a user task when it is completed ({@code camunda:taskListener
 * event="complete" delegateExpression="${taskInputValidator}"}), whatever the way in: Tasklist,
 * {@code /engine-rest/task/{id}/submit-form}, {@code /complete} or the Java API.
 *
 * <p>The submitted values are visible as the task's variables at this point. On violations it
 * throws {@link TaskInputInvalidException}: the command is rolled back, the task stays open and
 * nothing submitted is stored; the REST API answers 400 with the German message. Otherwise it
 * stores the defaults of {@link TaskInputRules} (e.g. an empty {@code letterSentOn} → today).
 *
 * <p>Limitation: a field that an earlier task already set (HomeVisit2 reuses {@code visitedOn},
 * {@code visitStaffCount}, {@code contactMade} of HomeVisit1) cannot be told apart from a value
 * submitted now, so for such fields "required" is only as strong as the model makes it.
 */
@Component("taskInputValidator")
public class TaskInputValidationListener implements TaskListener {

  private final ZoneId zone;

  public TaskInputValidationListener(CalendarProperties calendar) {
    this.zone = calendar.zone();
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String taskKey = task.getTaskDefinitionKey();
    Set<String> fields = TaskInputRules.fieldsOf(taskKey);
    if (fields.isEmpty()) {
      return;
    }
    Map<String, Object> existing = task.getVariables();
    Map<String, Object> submitted = new HashMap<>();
    for (String field : fields) {
      if (existing.containsKey(field)) {
        submitted.put(field, existing.get(field));
      }
    }
    TaskInputRules.Evaluation evaluation =
        TaskInputRules.evaluate(taskKey, submitted, existing, today());
    if (!evaluation.valid()) {
      throw new TaskInputInvalidException(task.getName(), evaluation.violations());
    }
    evaluation.completions().forEach(task::setVariable);
  }

  /** Today on the engine's clock (which the simulation moves), in the district's zone. */
  LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }
}

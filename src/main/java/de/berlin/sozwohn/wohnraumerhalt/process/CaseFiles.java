package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Opens {@link CaseFile}s on the engine's objects – the one place where case data leaves the
 * engine's variable scopes. {@link #of} sees what {@code getVariable} sees (the scope's own
 * variables, then its parents'); {@link #local} only the scope's own, as
 * {@code getVariableLocal} does.
 */
@Component
public class CaseFiles {

  private final DateValues dates;

  @Autowired
  public CaseFiles(CalendarProperties calendar) {
    this(new DateValues(calendar.zone()));
  }

  /** For code outside the Spring context (the history event handler). */
  public CaseFiles(DateValues dates) {
    this.dates = dates;
  }

  /** The variables visible in the execution's scope (inherited ones included). */
  public CaseFile of(DelegateExecution execution) {
    return new CaseFile(execution.getVariables(), execution.getTenantId(), dates);
  }

  /** The variables visible to the task (its local ones, then its execution's scopes). */
  public CaseFile of(DelegateTask task) {
    return new CaseFile(task.getVariables(), task.getTenantId(), dates);
  }

  /** Only the execution's own variables, e.g. a bailiff notice's data in its event subprocess. */
  public CaseFile local(DelegateExecution execution) {
    return new CaseFile(execution.getVariablesLocal(), execution.getTenantId(), dates);
  }

  /** Variables the engine has already handed out by name, e.g. the form variables of a task. */
  public CaseFile of(Map<String, ?> variables) {
    return new CaseFile(variables, null, dates);
  }

  /** Only a task's own variables (e.g. the overdue mark), read through the task service. */
  public CaseFile taskLocal(TaskService taskService, String taskId) {
    return new CaseFile(taskService.getVariablesLocal(taskId), null, dates);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Status;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputInvalidException;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * „Halbjahresbericht prüfen und freigeben“ on completion ({@code camunda:taskListener
 * event="complete" delegateExpression="${reportApproval}"}, after {@code ${taskInputValidator}}):
 * every value below the minimum needs a comment ({@code comment1_1} … {@code comment2}) – form-js
 * cannot make a field required only then. Without one it throws {@link TaskInputInvalidException}
 * (400 in Tasklist and the REST API: „Begründung zu 1.1: Der Wert 66,7 % liegt unter dem
 * Mindestwert 80 %. Bitte begründen Sie ihn.“); the task stays open, nothing is frozen.
 *
 * <p>The values are computed now, in the transaction that then freezes them ({@link
 * ReportFreezerDelegate}): what is checked is what is submitted.
 */
@Component("reportApproval")
public class ReportApprovalListener implements TaskListener {

  private final KpiService kpi;

  public ReportApprovalListener(KpiService kpi) {
    this.kpi = kpi;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    ReportPeriod period = ReportFreezerDelegate.period(task);
    String district = ReportFreezerDelegate.district(task);
    List<Violation> violations = missingComments(
        ReportFreezerDelegate.liveValues(kpi, period, district),
        id -> ReportFreezerDelegate.comment(task, id));
    if (!violations.isEmpty()) {
      throw new TaskInputInvalidException(task.getName(), violations);
    }
  }

  /**
   * The values below the minimum without a comment, in the order of the standards.
   *
   * @param comments standard id → the comment, null when none
   */
  static List<Violation> missingComments(Map<String, IndicatorValue> values,
      Function<String, String> comments) {
    List<Violation> violations = new ArrayList<>();
    values.forEach((id, value) -> {
      if (value.status() == Status.BELOW && comments.apply(id) == null) {
        String field = CaseVariables.commentOf(id);
        violations.add(new Violation(field, TaskInputRules.labelOf(
            ProcessKeys.TASK_APPROVE_REPORT, field).orElse("Begründung zu " + id),
            ReportFormValues.commentRequired(value)));
      }
    });
    return violations;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ComputedFormValues;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the texts of {@link ReportFormValues} ({@code indicator1_1Text}, {@code pending1_1Text}, …)
 * to the form variables of a half-year report task – the district's values of the period as they
 * are now, and the case numbers of its pending cases. Computed when Tasklist loads the form
 * ({@code GET …/task/{id}/form-variables}, {@code FormService#getTaskFormVariables}), never
 * stored: the values move until the team lead approves, and the case numbers are for the district's
 * own staff only – the task belongs to its team lead, and only whoever may read the task's
 * variables gets here. Called by {@code process.FormDisplayValuesPlugin}'s interceptor.
 *
 * <p>Only for a form whose variables contain {@code reportPeriod} and {@code district} (the
 * variables of {@code halbjahresbericht}). When the caller asks for certain variables, a text
 * comes only when asked for and both variables are in the answer; an existing variable of the same
 * name is never overwritten.
 */
@Component
public class ReportFormTexts implements ComputedFormValues {

  private static final Logger LOG = LoggerFactory.getLogger(ReportFormTexts.class);

  private final KpiService kpi;
  private final ReportStore store;

  public ReportFormTexts(KpiService kpi, ReportStore store) {
    this.kpi = kpi;
    this.store = store;
  }

  /** Adds the texts to the variables of one form (in place), when it is a report's form. */
  @Override
  public void addTo(VariableMap variables, Collection<String> requested) {
    String periodCode = text(variables, CaseVariables.REPORT_PERIOD);
    String district = text(variables, CaseVariables.DISTRICT);
    if (periodCode == null || district == null || !Districts.isKnown(district)) {
      return;
    }
    List<String> wanted = ReportFormValues.names().stream()
        .filter(name -> !variables.containsKey(name))
        .filter(name -> requested == null || requested.contains(name)).toList();
    if (wanted.isEmpty()) {
      return;
    }
    ReportPeriod period;
    try {
      period = ReportPeriod.parse(periodCode);
    } catch (IllegalArgumentException e) {
      LOG.warn("Bericht mit ungültigem Zeitraum „{}“ – keine Werte im Formular", periodCode);
      return;
    }
    ReportFormValues.of(values(period, district), pendingCases(period, district))
        .forEach((name, text) -> {
          if (wanted.contains(name)) {
            variables.putValueTyped(name, Variables.stringValue(text));
          }
        });
  }

  /** The district's values of the period now, as the freeze would take them. */
  private Map<String, IndicatorValue> values(ReportPeriod period, String district) {
    return kpi.report(period.period(), new KpiScope(List.of(district), false)).districts().get(0)
        .indicators();
  }

  /** The case numbers of the pending cases by standard (null for a case without one). */
  private Map<String, List<String>> pendingCases(ReportPeriod period, String district) {
    Map<String, List<String>> keys = kpi.pendingCaseKeys(period.period(), district);
    Map<String, String> caseIds = store.caseIdsOf(keys.values().stream()
        .flatMap(List::stream).toList());
    Map<String, List<String>> cases = new LinkedHashMap<>();
    keys.forEach((standard, ids) -> cases.put(standard,
        ids.stream().map(caseIds::get).toList()));
    return cases;
  }

  private static String text(VariableMap variables, String name) {
    TypedValue value = variables.getValueTyped(name);
    return value != null && value.getValue() instanceof String s && !s.isBlank() ? s : null;
  }
}

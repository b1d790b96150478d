package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * „Bericht festschreiben“: right after the team lead approved („Halbjahresbericht prüfen und
 * freigeben“, in the same transaction) it takes the district's values of the period as they are
 * now – the same ones {@link ReportApprovalListener} has just checked – with the team lead's
 * comments and freezes them ({@link ReportStore#submit}): the report is {@code submitted}, its
 * values never change again, whatever happens to the period's cases later.
 *
 * <p>The approving user (audit only, never shown by an API) is the one completing the task; none
 * when the task was completed without an authenticated user (the demo).
 */
@Component("reportFreezer")
public class ReportFreezerDelegate implements JavaDelegate {

  private final KpiService kpi;
  private final ReportStore store;
  private final IdentityService identityService;

  public ReportFreezerDelegate(KpiService kpi, ReportStore store, IdentityService identityService) {
    this.kpi = kpi;
    this.store = store;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period = period(execution);
    String district = district(execution);
    Map<String, ReportStore.Frozen> frozen = new LinkedHashMap<>();
    liveValues(kpi, period, district).forEach((id, value) ->
        frozen.put(id, new ReportStore.Frozen(value, comment(execution, id))));
    Authentication approver = identityService.getCurrentAuthentication();
    store.submit(period.code(), district, ClockUtil.getCurrentTime().toInstant(),
        approver == null ? null : approver.getUserId(), frozen);
  }

  /** The district's values of the period now, by standard id – what the report freezes. */
  static Map<String, IndicatorValue> liveValues(KpiService kpi, ReportPeriod period,
      String district) {
    return kpi.report(period.period(), new KpiScope(List.of(district), false)).districts().get(0)
        .indicators();
  }

  /** The report's period ({@code reportPeriod}); a model or start error fails loudly. */
  static ReportPeriod period(VariableScope scope) {
    Object code = scope.getVariable(CaseVariables.REPORT_PERIOD);
    if (!(code instanceof String text)) {
      throw new IllegalStateException("Bericht ohne Zeitraum: Variable '"
          + CaseVariables.REPORT_PERIOD + "' fehlt.");
    }
    return ReportPeriod.parse(text);
  }

  /** The report's district ({@code district}). */
  static String district(VariableScope scope) {
    Object district = scope.getVariable(CaseVariables.DISTRICT);
    if (!(district instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("Bericht ohne Bezirk: Variable '" + CaseVariables.DISTRICT
          + "' fehlt.");
    }
    return text;
  }

  /** The team lead's comment on the standard, stripped; null when there is none. */
  static String comment(VariableScope scope, String standardId) {
    Object comment = scope.getVariable(CaseVariables.commentOf(standardId));
    if (comment == null || comment.toString().isBlank()) {
      return null;
    }
    return comment.toString().strip();
  }
}

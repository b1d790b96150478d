package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeService;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wirkung und Kosten" of a period for a reader's scope ({@link KpiScope}, as {@code /api/kpi}):
 * the facts from {@link ImpactFactStore}, the staff minutes from the PPBE history ({@link
 * PpbeService}: tasks completed in the period × standard minutes), the arithmetic {@link
 * ImpactCalculator}'s.
 */
@Service
public class ImpactService {

  /** The outcome codes of a closure and their labels: the form's, and a transfer's. */
  public static final Map<String, String> OUTCOMES;

  static {
    Map<String, String> outcomes = new LinkedHashMap<>(TaskInputRules.OUTCOMES);
    outcomes.put(CaseEventType.TRANSFERRED.suggestedOutcome(), "An anderen Bezirk abgegeben");
    OUTCOMES = Collections.unmodifiableMap(outcomes);
  }

  private final ImpactFactStore store;
  private final PpbeService ppbe;
  private final ImpactRates rates;
  private final ZoneId zone;

  public ImpactService(ImpactFactStore store, PpbeService ppbe, ImpactProperties properties,
      CalendarProperties calendar) {
    this.store = store;
    this.ppbe = ppbe;
    this.rates = properties.rates(); // fails at start on a bad rate
    this.zone = calendar.zone();
  }

  @Transactional(readOnly = true)
  public ImpactReport report(Period period, KpiScope scope) {
    // Berlin pools every district; a district's report needs only its own
    List<String> factDistricts = scope.berlin() ? List.of() : scope.districts();
    List<ImpactCase> cases = store.cases(period, factDistricts, zone);
    List<String> minuteDistricts = scope.berlin() ? Districts.IDS : scope.districts();
    StaffingReport staffing = ppbe.report(period.from(), period.to(), minuteDistricts, null,
        false);
    Map<String, Double> minutes = new LinkedHashMap<>();
    staffing.districts().forEach(d -> minutes.put(d.district(), d.history().minutes()));
    return ImpactCalculator.report(period, cases, minutes, scope.districts(), scope.berlin(),
        rates, OUTCOMES, d -> Districts.displayName(d).orElse(d));
  }

  public ImpactRates rates() {
    return rates;
  }
}

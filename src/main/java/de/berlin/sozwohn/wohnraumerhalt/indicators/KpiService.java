package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CohortFigures;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiCalculator;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators of a period from the recorded facts, "now" being the engine's clock. */
@Service
public class KpiService {

  private final IndicatorFactStore store;
  private final KpiCalculator calculator;
  private final WorkingDayCalendar calendar;
  private final TargetCatalogue targets;
  private final ZoneId zone;

  public KpiService(IndicatorFactStore store, WorkingDayCalendar calendar,
      CalendarProperties calendarProperties, TargetCatalogue targets) {
    this.store = store;
    this.calculator = new KpiCalculator(calendar);
    this.calendar = calendar;
    this.targets = targets;
    this.zone = calendarProperties.zone();
  }

  /** The indicators of the period with the throughput figures ({@link #figures}). */
  @Transactional(readOnly = true)
  public KpiReport report(Period period, KpiScope scope) {
    // Berlin needs every district's facts; a district report only its own
    KpiFacts facts = store.factsFor(period, scope.berlin() ? List.of() : scope.districts());
    return calculator.report(period, facts, scope.districts(), scope.berlin(), now(),
        targets(period)).withFigures(figures(period, scope));
  }

  /**
   * The throughput times ({@link ThroughputFigures}) per district of the scope and, when the scope
   * has it, for Berlin under {@link KpiReport#BERLIN} – Berlin pooled over every district's cases.
   */
  @Transactional(readOnly = true)
  public Map<String, ThroughputFigures> figures(Period period, KpiScope scope) {
    List<ThroughputFigures.CaseDates> cases = store.throughputCases(period,
        scope.berlin() ? List.of() : scope.districts(), zone);
    Map<String, List<ThroughputFigures.CaseDates>> byDistrict = cases.stream()
        .collect(Collectors.groupingBy(ThroughputFigures.CaseDates::district));
    Map<String, ThroughputFigures> figures = new LinkedHashMap<>();
    for (String district : scope.districts()) {
      figures.put(district, ThroughputFigures.of(period,
          byDistrict.getOrDefault(district, List.of()), district, calendar));
    }
    if (scope.berlin()) {
      figures.put(KpiReport.BERLIN, ThroughputFigures.of(period, cases, null, calendar));
    }
    return figures;
  }

  /** The targets and minimums, with their status, of the agreement that applies to the period. */
  public Targets targets(Period period) {
    return targets.forPeriod(period);
  }

  /**
   * The district's pending cases now, by standard id ({@code "1.1"} … {@code "2"}, every id
   * present): the process instance ids of the cases whose deadline has not passed and whose act
   * has not happened yet (see {@link KpiCalculator#pendingKeys}). These identify cases: only for
   * the district's own staff, never in a Berlin-wide output or a CSV.
   */
  @Transactional(readOnly = true)
  public Map<String, List<String>> pendingCaseKeys(Period period, String district) {
    KpiFacts facts = store.factsFor(period, List.of(district));
    return calculator.pendingKeys(period, facts, district, now());
  }

  /**
   * The figures beside the standards ({@link CohortFigures}) per district of the scope and, when
   * the scope has it, for Berlin under the key {@code "berlin"}.
   */
  @Transactional(readOnly = true)
  public Map<String, CohortFigures> cohortFigures(Period period, KpiScope scope) {
    List<CaseFacts> cases = store.cases(period, scope.berlin() ? List.of() : scope.districts());
    Map<String, CohortFigures> figures = new LinkedHashMap<>();
    if (scope.berlin()) {
      figures.put("berlin", CohortFigures.of(period, cases, null));
    }
    for (String district : scope.districts()) {
      figures.put(district, CohortFigures.of(period, cases, district));
    }
    return figures;
  }

  /** The engine's clock (which the simulation moves) in Berlin local time. */
  public LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.kpi;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiCalculator;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.Period;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators of a period from the recorded facts, "now" being the engine's clock. */
@Service
public class KpiService {

  private final IndicatorFactStore store;
  private final KpiCalculator calculator;
  private final ZoneId zone;

  public KpiService(IndicatorFactStore store, WorkingDayCalendar calendar,
      CalendarProperties calendarProperties) {
    this.store = store;
    this.calculator = new KpiCalculator(calendar);
    this.zone = calendarProperties.zone();
  }

  @Transactional(readOnly = true)
  public KpiReport report(Period period, KpiScope scope) {
    // Berlin needs every district's facts; a district report only its own
    KpiFacts facts = store.factsFor(period, scope.berlin() ? List.of() : scope.districts());
    return calculator.report(period, facts, scope.districts(), scope.berlin(), now());
  }

  /** The engine's clock (which the simulation moves) in Berlin local time. */
  public LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }
}

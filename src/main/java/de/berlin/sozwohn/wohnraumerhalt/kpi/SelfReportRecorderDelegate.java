package de.berlin.sozwohn.wohnraumerhalt.kpi;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;

import de.berlin.sozwohn.wohnraumerhalt.indicators.AccessStandards;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Selbstauskunft übernehmen": stores the team lead's answers as the district's self-report of the
 * year (standard 1.5), replacing an earlier one. A standard not ticked is not met.
 */
@Component("selfReportRecorder")
public class SelfReportRecorderDelegate implements JavaDelegate {

  private final IndicatorFactStore store;
  private final CalendarProperties calendar;

  public SelfReportRecorderDelegate(IndicatorFactStore store, CalendarProperties calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String district = (String) execution.getVariable(DISTRICT);
    int year = ((Number) execution.getVariable(REPORT_YEAR)).intValue();
    store.saveSelfReport(new AccessStandards(district, year,
        ticked(execution, SHARED_MAIL_ADDRESS), ticked(execution, SHARED_PHONE_NUMBER),
        ticked(execution, OPEN_CONSULTATION), ticked(execution, OPEN_CONSULTATION_TUE_THU),
        ticked(execution, PHONE_CONSULTATION_HOURS), ticked(execution, UNIFORM_FLYER),
        ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate()));
  }

  private static boolean ticked(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}

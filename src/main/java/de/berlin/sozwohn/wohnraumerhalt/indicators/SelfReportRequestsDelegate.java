package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Selbstauskunft je Bezirk anfordern" (timer each January): one self-report per district for the
 * current year, skipping districts where one is already waiting.
 */
@Component("selfReportRequests")
public class SelfReportRequestsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SelfReportRequestsDelegate.class);

  private final SelfReports selfReports;
  private final CalendarProperties calendar;

  public SelfReportRequestsDelegate(SelfReports selfReports, CalendarProperties calendar) {
    this.selfReports = selfReports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).getYear();
    int started = 0;
    for (String district : Districts.IDS) {
      if (selfReports.running(district, year).isEmpty()) {
        selfReports.request(district, year);
        started++;
      }
    }
    LOG.info("Selbstauskunft {} angefordert: {} Bezirke", year, started);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * „Bericht je Bezirk anfordern“ (timer on 1 July and 1 January): asks every district for its report
 * on the period that has just ended ({@link ReportPeriod#endedBefore}: the first half-year on 1
 * July, the whole previous year on 1 January), skipping districts already asked – on demand
 * before, or by an earlier run of this timer.
 *
 * <p>Checks before it asks instead of catching {@link ReportAlreadyRequestedException}: that
 * exception leaves a {@code @Transactional} method and would mark the job's transaction for
 * rollback. Should another node ask for the same report at the same moment, the job fails, rolls
 * back and is retried – and then skips that district.
 */
@Component("reportRequests")
public class ReportRequestsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ReportRequestsDelegate.class);

  private final ReportRequests requests;

  public ReportRequestsDelegate(ReportRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period = ReportPeriod.endedBefore(requests.today());
    int started = 0;
    for (String district : Districts.IDS) {
      if (!requests.isRequested(period, district)) {
        requests.request(period, district);
        started++;
      }
    }
    LOG.info("Bericht {} angefordert: {} Bezirke", period.label(), started);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a district for its half-year report (process {@code halbjahresbericht}): records the
 * request in {@code report_submission} and starts the district's instance with the message
 * {@code ReportRequested} – one transaction, so a row without an instance or an instance without a
 * row never stays behind. Business key {@code halbjahresbericht-2026-H1-mitte}, tenant = district.
 *
 * <p>"One report per district and period" is the primary key of the row: a second request – also
 * one on another node at the same moment – fails with {@link ReportAlreadyRequestedException}, as
 * does a request for a report that was already submitted.
 *
 * <p>Started by the system, not as the requesting user (as {@code indicators.SelfReports}): the
 * Monitoringstelle has no engine permissions, and the caller has checked who may ask.
 *
 * <p>Bean name {@value #BEAN}: {@code reportRequests} is the model's delegate ({@link
 * ReportRequestsDelegate}).
 */
@Service(ReportRequests.BEAN)
public class ReportRequests {

  public static final String BEAN = "halfYearReportRequests";

  /** Working days the team lead has to approve; the due date and the reminder follow from it. */
  public static final int WORKING_DAYS_TO_APPROVE = 10;

  private final ReportStore store;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  public ReportRequests(ReportStore store, RuntimeService runtimeService,
      IdentityService identityService, WorkingDayCalendar calendar,
      CalendarProperties calendarProperties) {
    this.store = store;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.zone = calendarProperties.zone();
  }

  public static String businessKey(ReportPeriod period, String district) {
    return ProcessKeys.HALF_YEAR_REPORT_PROCESS + "-" + period.code() + "-" + district;
  }

  /** Whether the district's report for the period was requested (waiting or submitted). */
  public boolean isRequested(ReportPeriod period, String district) {
    return store.submission(period.code(), district).isPresent();
  }

  /**
   * Asks the district for its report on the period, today (engine clock), due at the end of the
   * {@value #WORKING_DAYS_TO_APPROVE}th working day.
   *
   * @return the process instance id
   * @throws ReportAlreadyRequestedException it was already requested (waiting or submitted)
   * @throws IllegalArgumentException unknown district
   */
  @Transactional
  public String request(ReportPeriod period, String district) {
    if (!Districts.isKnown(district)) {
      throw new IllegalArgumentException("Unbekannter Bezirk „" + district + "“.");
    }
    LocalDate requestedOn = today();
    LocalDate dueOn = calendar.addWorkingDays(requestedOn, WORKING_DAYS_TO_APPROVE);
    if (!store.insertRequested(period, district, requestedOn, dueOn)) {
      ReportStore.Submission existing = store.submission(period.code(), district).orElse(null);
      throw new ReportAlreadyRequestedException(period.code(), district,
          existing != null && existing.isSubmitted(),
          existing == null ? null : existing.processInstanceId());
    }
    String processInstanceId = asSystem(() -> runtimeService
        .createMessageCorrelation(ProcessKeys.MSG_REPORT_REQUESTED)
        .processInstanceBusinessKey(businessKey(period, district))
        .setVariables(Variables.createVariables()
            .putValue(CaseVariables.DISTRICT, district)
            .putValue(CaseVariables.DISTRICT_NAME, Districts.displayName(district).orElse(district))
            .putValue(CaseVariables.REPORT_PERIOD, period.code())
            .putValue(CaseVariables.REPORT_PERIOD_TEXT, period.text())
            .putValue(CaseVariables.REQUESTED_ON, requestedOn.toString()))
        .correlateStartMessage().getId());
    store.attachInstance(period.code(), district, processInstanceId);
    return processInstanceId;
  }

  /** Today in Berlin on the engine's clock (which the simulation moves). */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** Runs without the request's authentication (no authorization and tenant checks). */
  private <T> T asSystem(Supplier<T> work) {
    Authentication authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }
}

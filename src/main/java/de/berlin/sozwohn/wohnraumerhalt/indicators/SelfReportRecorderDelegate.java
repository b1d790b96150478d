package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.REPORT_YEAR;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.AccessStandards;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFile;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFiles;
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
  private final CaseFiles caseFiles;

  public SelfReportRecorderDelegate(IndicatorFactStore store, CalendarProperties calendar,
      CaseFiles caseFiles) {
    this.store = store;
    this.calendar = calendar;
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile report = caseFiles.of(execution);
    int year = report.reportYear().orElseThrow(() -> new IllegalStateException(
        "Selbstauskunft ohne Jahr: Variable '" + REPORT_YEAR + "' fehlt in Prozessinstanz "
            + execution.getProcessInstanceId()));
    store.saveSelfReport(new AccessStandards(report.district().orElse(null), year,
        report.sharedMailAddress(), report.sharedPhoneNumber(),
        report.openConsultation(), report.openConsultationTueThu(),
        report.phoneConsultationHours(), report.uniformFlyer(),
        ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate()));
  }
}

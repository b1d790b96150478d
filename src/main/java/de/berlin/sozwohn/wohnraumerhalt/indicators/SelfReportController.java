package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.AccessStandards;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Standard 1.5, the district self-reports on the access standards:
 * <ul>
 *   <li>{@code POST /api/kpi/self-reports/{year}/{district}} – ask for a self-report now (besides
 *       the yearly timer): 201 {@code {district, year, processInstanceId}}, 409 when one is already
 *       waiting; for {@code monitoring}, {@code camunda-admin} and the district's team lead;
 *   <li>{@code GET /api/kpi/self-reports} – the reports the reader may see ({@link KpiScope}).
 * </ul>
 */
@RestController
@RequestMapping("/api/kpi/self-reports")
public class SelfReportController {

  /** A self-report was asked for. */
  public record Requested(String district, int year, String processInstanceId) {}

  /** A submitted self-report. */
  public record Report(String district, int year, boolean sharedMailAddress,
      boolean sharedPhoneNumber, boolean openConsultation, boolean openConsultationTueThu,
      boolean phoneConsultationHours, boolean uniformFlyer, int standardsMet, String reportedOn) {}

  private final SelfReports selfReports;
  private final IndicatorFactStore store;
  private final CurrentUser currentUser;

  public SelfReportController(SelfReports selfReports, IndicatorFactStore store,
      CurrentUser currentUser) {
    this.selfReports = selfReports;
    this.store = store;
    this.currentUser = currentUser;
  }

  @PostMapping("/{year}/{district}")
  public ResponseEntity<Requested> request(@PathVariable String year,
      @PathVariable String district) {
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    Integer reportYear = StaffSurveyController.year(year, violations);
    if (!Districts.isKnown(district)) {
      violations.add(new KpiParameterException.Violation("district",
          "Unbekannter Bezirk „" + district + "“."));
    }
    if (!violations.isEmpty()) {
      throw new KpiParameterException(violations);
    }
    List<String> groups = currentUser.groups();
    if (!KpiScope.mayManageBerlinWide(groups)
        && !groups.contains(Districts.teamLeadGroup(district))) {
      throw new KpiAccessDeniedException(district, "Eine Selbstauskunft dürfen nur die "
          + "Monitoringstelle und die Fachstellenleitung des Bezirks anfordern.");
    }
    String id = selfReports.request(district, reportYear);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Requested(district, reportYear, id));
  }

  @GetMapping
  public List<Report> list() {
    KpiScope scope = KpiScope.of(currentUser.groups(), Optional.empty());
    return store.selfReports().stream().filter(r -> scope.districts().contains(r.district()))
        .map(SelfReportController::report).toList();
  }

  private static Report report(AccessStandards r) {
    return new Report(r.district(), r.year(), r.sharedMailAddress(), r.sharedPhoneNumber(),
        r.openConsultation(), r.openConsultationTueThu(), r.phoneConsultationHours(),
        r.uniformFlyer(), r.standardsMet(), r.reportedOn().toString());
  }
}

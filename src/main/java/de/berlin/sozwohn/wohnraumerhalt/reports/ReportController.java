package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiParameterException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.CsvResponse;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The half-year report as Berlin receives it (process {@code halbjahresbericht}):
 * <ul>
 *   <li>{@code GET /api/reports?period=2026-H1[&district=ID]} – every district the reader may see
 *       and Berlin: submitted, frozen values beside today's and the difference ({@link ReportJson});
 *       with {@code Accept: text/csv} as CSV ({@link ReportCsv});
 *   <li>{@code GET /api/reports/2026-H1/{district}} – one district and Berlin; its own staff (and
 *       administrators) get the case numbers of its pending cases in the JSON as well;
 *   <li>{@code POST /api/reports/2026-H1/{district}} – ask for a report now, besides the timer of
 *       1 July and 1 January: 201 {@code {period, district, processInstanceId}}, 409 while one
 *       waits or once it is submitted; for {@code monitoring}, {@code camunda-admin} and the
 *       district's team lead.
 * </ul>
 * A period is {@code YYYY-H1} (01.01.–30.06.) or {@code YYYY} (the calendar year). Who sees what
 * is {@link KpiScope}; errors are RFC 9457 problems ({@link ReportProblems}).
 */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  public static final String PERIOD = "period";
  public static final String DISTRICT = "district";

  /** A report was asked for. */
  public record Requested(String period, String district, String processInstanceId) {}

  private final SubmittedReports reports;
  private final ReportRequests requests;
  private final KpiService kpi;
  private final CurrentUser currentUser;

  public ReportController(SubmittedReports reports, ReportRequests requests, KpiService kpi,
      CurrentUser currentUser) {
    this.reports = reports;
    this.requests = requests;
    this.kpi = kpi;
    this.currentUser = currentUser;
  }

  @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  public ResponseEntity<?> reports(@RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    ReportPeriod reportPeriod = period(period, violations);
    Optional<String> requested = Optional.ofNullable(district).map(String::trim);
    requested.ifPresent(d -> district(d, violations));
    reject(violations);
    KpiScope scope = KpiScope.of(currentUser.groups(), requested);
    SubmittedReports.Report report = reports.report(reportPeriod, scope, null);
    if (CsvResponse.wantsCsv(accept)) {
      return csv(ReportCsv.filename(reportPeriod.code(), requested.orElse(null)), report);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportJson.of(report));
  }

  @GetMapping(path = "/{period}/{district}", produces = {MediaType.APPLICATION_JSON_VALUE,
      "text/csv"})
  public ResponseEntity<?> report(@PathVariable String period, @PathVariable String district,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    ReportPeriod reportPeriod = period(period, violations);
    district(district, violations);
    reject(violations);
    List<String> groups = currentUser.groups();
    KpiScope scope = KpiScope.of(groups, Optional.of(district));
    if (CsvResponse.wantsCsv(accept)) {
      // a file leaves the application: never with case numbers
      return csv(ReportCsv.filename(reportPeriod.code(), district),
          reports.report(reportPeriod, scope, null));
    }
    String pendingCasesOf = SubmittedReports.maySeePendingCases(groups, district) ? district : null;
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(ReportJson.detail(reports.report(reportPeriod, scope, pendingCasesOf)));
  }

  @PostMapping("/{period}/{district}")
  public ResponseEntity<Requested> request(@PathVariable String period,
      @PathVariable String district) {
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    ReportPeriod reportPeriod = period(period, violations);
    district(district, violations);
    LocalDate today = kpi.now().toLocalDate();
    if (reportPeriod != null && !reportPeriod.hasEndedBy(today)) {
      violations.add(new KpiParameterException.Violation(PERIOD, "Der Berichtszeitraum "
          + reportPeriod.label() + " endet erst am " + GermanCsv.date(reportPeriod.to())
          + "; ein Bericht kann erst danach angefordert werden."));
    }
    reject(violations);
    List<String> groups = currentUser.groups();
    if (!KpiScope.mayManageBerlinWide(groups)
        && !groups.contains(Districts.teamLeadGroup(district))) {
      throw new KpiAccessDeniedException(district, "Einen Bericht dürfen nur die "
          + "Monitoringstelle und die Fachstellenleitung des Bezirks anfordern.");
    }
    String id = requests.request(reportPeriod, district);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/reports/" + reportPeriod.code() + "/" + district))
        .body(new Requested(reportPeriod.code(), district, id));
  }

  private static ResponseEntity<byte[]> csv(String filename, SubmittedReports.Report report) {
    return CsvResponse.of(filename, ReportCsv.of(report));
  }

  /** The period of the parameter, or null with a violation naming it. */
  static ReportPeriod period(String value, List<KpiParameterException.Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new KpiParameterException.Violation(PERIOD, "Der Parameter „period“ fehlt "
          + "(ein Halbjahr wie 2026-H1 oder ein Jahr wie 2026)."));
      return null;
    }
    try {
      return ReportPeriod.parse(value.trim());
    } catch (IllegalArgumentException e) {
      // German, without the field name (ReportPeriod.parse)
      violations.add(new KpiParameterException.Violation(PERIOD, e.getMessage()));
      return null;
    }
  }

  private static void district(String district, List<KpiParameterException.Violation> violations) {
    if (!Districts.isKnown(district)) {
      violations.add(new KpiParameterException.Violation(DISTRICT, "Unbekannter Bezirk „"
          + district + "“. Erlaubt: " + String.join(", ", Districts.IDS) + "."));
    }
  }

  private static void reject(List<KpiParameterException.Violation> violations) {
    if (!violations.isEmpty()) {
      throw new KpiParameterException(violations);
    }
  }
}

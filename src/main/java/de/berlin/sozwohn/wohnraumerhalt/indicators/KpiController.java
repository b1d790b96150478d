package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.CsvResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpi?from=YYYY-MM-DD&to=YYYY-MM-DD[&district=ID]} (SPEC §7): the indicators of
 * SPEC §4 per district and for Berlin as JSON, or with {@code Accept: text/csv} as CSV. Aggregated
 * numbers only; who sees what is {@link KpiScope}. Errors are RFC 9457 problems
 * ({@link KpiProblems}).
 */
@RestController
public class KpiController {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final KpiService service;
  private final CurrentUser currentUser;

  public KpiController(KpiService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/kpi", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  public ResponseEntity<?> kpi(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String district,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Period period = period(from, to, district);
    Optional<String> requested = Optional.ofNullable(district).map(String::trim);
    KpiScope scope = KpiScope.of(currentUser.groups(), requested);
    KpiReport report = service.report(period, scope);
    if (CsvResponse.wantsCsv(accept)) {
      String filename = "kennzahlen_" + period.from() + "_" + period.to()
          + requested.map(d -> "_" + d).orElse("") + ".csv";
      return CsvResponse.of(filename, KpiCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(KpiJson.of(report));
  }

  /**
   * Checks all three parameters at once, so one answer names every bad one ({@link
   * KpiParameterException}, a 400 problem naming each field); also the reading of {@code
   * /api/impact}'s parameters.
   */
  public static Period period(String from, String to, String district) {
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    LocalDate start = date("from", from, violations);
    LocalDate end = date("to", to, violations);
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(new KpiParameterException.Violation("to",
          "Das Ende des Zeitraums (" + end + ") liegt vor seinem Beginn (" + start + ")."));
    }
    if (district != null && !Districts.isKnown(district.trim())) {
      violations.add(new KpiParameterException.Violation("district",
          "Unbekannter Bezirk „" + district + "“. Erlaubt: " + String.join(", ", Districts.IDS)
              + "."));
    }
    if (!violations.isEmpty()) {
      throw new KpiParameterException(violations);
    }
    return new Period(start, end);
  }

  private static LocalDate date(String name, String value,
      List<KpiParameterException.Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new KpiParameterException.Violation(name, "Der Parameter „" + name
          + "“ fehlt (Datum im Format JJJJ-MM-TT, z. B. 2026-01-01)."));
      return null;
    }
    String trimmed = value.trim();
    try {
      if (ISO_DATE.matcher(trimmed).matches()) {
        return LocalDate.parse(trimmed);
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    violations.add(new KpiParameterException.Violation(name, "„" + value
        + "“ ist kein gültiges Datum im Format JJJJ-MM-TT (z. B. 2026-06-30)."));
    return null;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiController;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.CsvResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/impact?from=YYYY-MM-DD&to=YYYY-MM-DD[&district=ID]} (issue 17): "Wirkung und
 * Kosten" per district and for Berlin as JSON, or with {@code Accept: text/csv} as CSV. Aggregated
 * numbers only; who sees which districts is {@link KpiScope}, as for {@code /api/kpi}. Bad
 * parameters and missing access are RFC 9457 problems ({@link ImpactProblems}) naming the field.
 */
@RestController
public class ImpactController {

  private final ImpactService service;
  private final CurrentUser currentUser;

  public ImpactController(ImpactService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/impact", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  public ResponseEntity<?> impact(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String district,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Optional<String> requested = Optional.ofNullable(district).map(String::trim)
        .filter(d -> !d.isEmpty());
    // the parameters are read as /api/kpi reads them; a blank district means none
    Period period = KpiController.period(from, to, requested.orElse(null));
    KpiScope scope = KpiScope.of(currentUser.groups(), requested);
    ImpactReport report = service.report(period, scope);
    if (CsvResponse.wantsCsv(accept)) {
      String filename = "wirkung-und-kosten_" + period.from() + "_" + period.to()
          + requested.map(d -> "_" + d).orElse("") + ".csv";
      return CsvResponse.of(filename, ImpactCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }
}

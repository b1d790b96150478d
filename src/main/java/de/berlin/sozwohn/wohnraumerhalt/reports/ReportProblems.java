package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiParameterException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiProblems;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the reports API ({@link ReportController}): German {@code title} and
 * {@code detail}, the stable {@code type}s of the KPI API for bad parameters ({@code errors:
 * [{field, message}]} naming every bad one) and missing access, and {@code
 * bericht-bereits-angefordert} for a report that waits or was submitted.
 */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportProblems {

  public static final URI ALREADY_REQUESTED = Problems.type("bericht-bereits-angefordert");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(KpiParameterException e) {
    List<KpiParameterException.Violation> violations = e.violations();
    String detail = (violations.size() == 1 ? "Ungültiger Parameter: "
        : violations.size() + " ungültige Parameter: ")
        + violations.stream().map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining(" "));
    return Problems.response(HttpStatus.BAD_REQUEST, KpiProblems.INVALID_PARAMETER,
        "Ungültige Anfrage", detail, Map.of("errors", violations));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(KpiAccessDeniedException e) {
    String detail = e.detail() != null ? e.detail() : e.district() == null
        ? "Sie haben keinen Zugriff auf die Halbjahresberichte."
        : "Sie haben keinen Zugriff auf den Bericht des Bezirks " + name(e.district()) + " („"
            + e.district() + "“), nur auf den Ihres eigenen Bezirks.";
    return Problems.response(HttpStatus.FORBIDDEN, KpiProblems.NOT_ALLOWED, "Keine Berechtigung",
        detail, e.district() == null ? Map.of() : Map.of("district", e.district()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> alreadyRequested(ReportAlreadyRequestedException e) {
    String period = periodLabel(e.periodCode());
    String detail = e.submitted()
        ? name(e.district()) + " hat den Bericht " + period + " bereits abgegeben; die Werte "
            + "sind festgeschrieben und können nicht erneut angefordert werden."
        : "Der Bericht " + period + " von " + name(e.district()) + " ist bereits angefordert "
            + "und wartet auf die Freigabe durch die Fachstellenleitung.";
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("period", e.periodCode());
    extensions.put("district", e.district());
    extensions.put("submitted", e.submitted());
    if (e.processInstanceId() != null) {
      extensions.put("processInstanceId", e.processInstanceId());
    }
    return Problems.response(HttpStatus.CONFLICT, ALREADY_REQUESTED,
        "Bericht bereits angefordert", detail, extensions);
  }

  /**
   * Two requests for the same report at the same moment (two nodes, or the timer and a user): the
   * primary key of {@code report_submission} lets one win; the other is a 409 like any repeat.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> raced(DuplicateKeyException e) {
    return Problems.response(HttpStatus.CONFLICT, ALREADY_REQUESTED,
        "Bericht bereits angefordert", "Der Bericht wurde im selben Augenblick bereits "
            + "angefordert und wartet auf die Freigabe durch die Fachstellenleitung.", Map.of());
  }

  private static String name(String district) {
    return Districts.displayName(district).orElse(district);
  }

  private static String periodLabel(String code) {
    try {
      return ReportPeriod.parse(code).label();
    } catch (IllegalArgumentException e) {
      return code;
    }
  }
}

package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the KPI API: German {@code title}/{@code detail}, a stable {@code type} and
 * {@code errors: [{field, message}]} naming every bad parameter – as the intake API does.
 */
@RestControllerAdvice(assignableTypes = {KpiController.class, StaffSurveyController.class,
    SelfReportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KpiProblems {

  public static final URI INVALID_PARAMETER = Problems.type("ungueltiger-parameter");
  public static final URI NOT_ALLOWED = Problems.type("keine-berechtigung");
  public static final URI ALREADY_RUNNING = Problems.type("selbstauskunft-laeuft-bereits");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(KpiParameterException e) {
    return invalidParameters(e);
  }

  /** 400 naming every bad parameter ({@code errors: [{field, message}]}); also /api/impact's. */
  public static ResponseEntity<ProblemDetail> invalidParameters(KpiParameterException e) {
    List<KpiParameterException.Violation> violations = e.violations();
    String detail = (violations.size() == 1 ? "Ungültiger Parameter: "
        : violations.size() + " ungültige Parameter: ")
        + violations.stream().map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining(" "));
    return problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Ungültige Anfrage", detail,
        Map.of("errors", violations));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Ungültige Anfrage",
        "Der Inhalt ist kein gültiges JSON-Objekt.", Map.of("errors", List.of()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(KpiAccessDeniedException e) {
    String detail = e.detail() != null ? e.detail() : e.district() == null
        ? "Sie haben keinen Zugriff auf die Kennzahlen."
        : "Sie haben keinen Zugriff auf die Kennzahlen des Bezirks "
            + Districts.displayName(e.district()).orElse(e.district()) + " („" + e.district()
            + "“), nur auf die Ihres eigenen Bezirks.";
    return problem(HttpStatus.FORBIDDEN, NOT_ALLOWED, "Keine Berechtigung", detail,
        e.district() == null ? Map.of() : Map.of("district", e.district()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> running(SelfReportAlreadyRunningException e) {
    return problem(HttpStatus.CONFLICT, ALREADY_RUNNING, "Selbstauskunft bereits angefordert",
        "Für " + Districts.displayName(e.district()).orElse(e.district()) + " und das Jahr "
            + e.year() + " wartet bereits eine Selbstauskunft auf die Fachstellenleitung.",
        Map.of("processInstanceId", e.processInstanceId()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title,
      String detail, Map<String, ?> extensions) {
    return Problems.response(status, type, title, detail, extensions);
  }
}

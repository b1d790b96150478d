package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiParameterException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiProblems;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeModelException;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeProblems;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of {@code /api/impact}: the types and wording of the KPI API ({@link
 * KpiProblems}), {@code errors: [{field, message}]} naming every bad parameter; a model the PPBE
 * cannot evaluate is 409 as for {@code /api/ppbe}.
 */
@RestControllerAdvice(assignableTypes = ImpactController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImpactProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(KpiParameterException e) {
    return KpiProblems.invalidParameters(e);
  }

  /** The staff minutes come from the PPBE: a model it cannot evaluate stops the estimate too. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> model(PpbeModelException e) {
    return Problems.response(HttpStatus.CONFLICT, PpbeProblems.MODEL,
        "Personalminuten nicht ermittelbar", "Die Präventionskosten brauchen die Standardzeiten "
            + "der Personalbedarfsermittlung: " + e.getMessage(),
        e.elementId() == null ? Map.of() : Map.of("element", e.elementId()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(KpiAccessDeniedException e) {
    String detail = e.district() == null
        ? "Sie haben keinen Zugriff auf „Wirkung und Kosten“."
        : "Sie haben keinen Zugriff auf „Wirkung und Kosten“ des Bezirks "
            + Districts.displayName(e.district()).orElse(e.district()) + " („" + e.district()
            + "“), nur auf die Ihres eigenen Bezirks.";
    return Problems.response(HttpStatus.FORBIDDEN, KpiProblems.NOT_ALLOWED, "Keine Berechtigung",
        detail, e.district() == null ? Map.of() : Map.of("district", e.district()));
  }
}

package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem documents of {@code /api/ppbe}, German title and detail. */
@RestControllerAdvice(assignableTypes = PpbeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PpbeProblems {

  public static final URI BAD_REQUEST = Problems.type("ungueltige-ppbe-anfrage");
  public static final URI FORBIDDEN = Problems.type("keine-berechtigung");
  public static final URI MODEL = Problems.type("modell-nicht-auswertbar");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> request(PpbeRequestException e) {
    return Problems.response(e.status(), e.status() == HttpStatus.FORBIDDEN ? FORBIDDEN : BAD_REQUEST,
        e.title(), e.getMessage(),
        e.parameter() == null ? Map.of() : Map.of("parameter", e.parameter()));
  }

  /** The deployed model cannot be evaluated (e.g. probabilities not summing to 100). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> model(PpbeModelException e) {
    return Problems.response(HttpStatus.CONFLICT, MODEL,
        "Modell für die Personalbedarfsermittlung nicht auswertbar", e.getMessage(),
        e.elementId() == null ? Map.of() : Map.of("element", e.elementId()));
  }
}

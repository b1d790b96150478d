package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem documents of {@code /api/ppbe}, German title and detail. */
@RestControllerAdvice(assignableTypes = PpbeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PpbeProblems {

  private static final String BASE = "https://wohnraumerhalt.berlin.de/probleme/";
  public static final URI BAD_REQUEST = URI.create(BASE + "ungueltige-ppbe-anfrage");
  public static final URI FORBIDDEN = URI.create(BASE + "keine-berechtigung");
  public static final URI MODEL = URI.create(BASE + "modell-nicht-auswertbar");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> request(PpbeRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setType(e.status() == HttpStatus.FORBIDDEN ? FORBIDDEN : BAD_REQUEST);
    problem.setTitle(e.title());
    if (e.parameter() != null) {
      problem.setProperty("parameter", e.parameter());
    }
    return respond(problem);
  }

  /** The deployed model cannot be evaluated (e.g. probabilities not summing to 100). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> model(PpbeModelException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(MODEL);
    problem.setTitle("Modell für die Personalbedarfsermittlung nicht auswertbar");
    if (e.elementId() != null) {
      problem.setProperty("element", e.elementId());
    }
    return respond(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

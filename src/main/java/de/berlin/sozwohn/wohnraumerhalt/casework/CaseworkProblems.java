package de.berlin.sozwohn.wohnraumerhalt.casework;

import com.fasterxml.jackson.databind.JsonMappingException;
import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of case events and corrections: German title and detail, {@code errors:
 * [{field, message}]} naming the bad fields, {@code caseId} where one is concerned.
 */
@RestControllerAdvice(assignableTypes = CaseworkController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseworkProblems {

  public static final URI INVALID_INPUT = Problems.type("ungueltiges-fallereignis");
  public static final URI UNREADABLE_REQUEST = Problems.type("unlesbare-anfrage");
  public static final URI UNKNOWN_CASE = Problems.type("unbekannter-fall");
  public static final URI CONFLICT = Problems.type("fallereignis-passt-nicht");
  public static final URI TEAM_LEAD_ONLY = Problems.type("nur-fachstellenleitung");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(CaseInputRejectedException e) {
    List<Violation> violations = e.violations();
    String detail = violations.stream().map(v -> v.field() + ": " + v.message())
        .collect(Collectors.joining(" "));
    return Problems.response(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Ungültige Angabe",
        detail + " Es wurde nichts geändert.", Map.of("errors", violations));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && mapping.getPath().get(0).getFieldName() != null) {
      String field = mapping.getPath().get(0).getFieldName();
      String message = "„" + field + "“ hat den falschen Typ.";
      return Problems.response(HttpStatus.BAD_REQUEST, UNREADABLE_REQUEST,
          "Anfrage nicht lesbar", message + " Es wurde nichts geändert.",
          Map.of("errors", List.of(new Violation(field, message))));
    }
    return Problems.response(HttpStatus.BAD_REQUEST, UNREADABLE_REQUEST, "Anfrage nicht lesbar",
        "Die Anfrage muss ein JSON-Objekt sein. Es wurde nichts geändert.",
        Map.of("errors", List.of()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unknown(CaseNotFoundException e) {
    return Problems.response(HttpStatus.NOT_FOUND, UNKNOWN_CASE, "Fall nicht gefunden",
        "Einen Fall „" + e.caseId() + "“ gibt es in Ihren Bezirken nicht.", Map.of());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> conflict(CaseEventConflictException e) {
    List<Violation> errors = e.field() == null ? List.of()
        : List.of(new Violation(e.field(), e.getMessage()));
    return Problems.response(HttpStatus.CONFLICT, CONFLICT, "Passt nicht zum Fall",
        e.getMessage() + " Es wurde nichts geändert.", Map.of("errors", errors));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingException e) {
    return Problems.response(HttpStatus.CONFLICT, CONFLICT, "Gleichzeitig geändert",
        "Der Fall wurde gerade gleichzeitig bearbeitet. Bitte laden Sie ihn neu und versuchen "
            + "Sie es noch einmal. Es wurde nichts geändert.", Map.of("errors", List.of()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> teamLeadOnly(TeamLeadOnlyException e) {
    return Problems.response(HttpStatus.FORBIDDEN, TEAM_LEAD_ONLY, "Nur Fachstellenleitung",
        e.getMessage() + " Es wurde nichts geändert.", Map.of());
  }
}

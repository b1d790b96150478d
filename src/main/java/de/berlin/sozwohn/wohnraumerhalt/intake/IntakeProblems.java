package de.berlin.sozwohn.wohnraumerhalt.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem documents of the intake API, German {@code title}/{@code detail}, a stable
 * {@code type} per kind of problem and the extension {@code errors: [{field, message}]} naming each
 * bad field (JSON path such as {@code household.postalCode}).
 */
@RestControllerAdvice(assignableTypes = NoticeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IntakeProblems {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeProblems.class);

  public static final URI INVALID_NOTICE = Problems.type("ungueltige-mitteilung");
  public static final URI UNREADABLE_REQUEST = Problems.type("unlesbare-anfrage");
  public static final URI DUPLICATE_NOTICE = Problems.type("doppelte-mitteilung");
  public static final URI FOREIGN_DISTRICT = Problems.type("fremder-bezirk");
  public static final URI NOT_AUTHORIZED = Problems.type("keine-berechtigung");
  public static final URI CASE_NOT_RECEIVING = Problems.type("fall-nimmt-keine-mitteilung-an");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(NoticeRejectedException e) {
    List<Violation> violations = e.violations();
    String detail = (violations.size() == 1 ? "Die Mitteilung enthält eine fehlerhafte Angabe: "
        : "Die Mitteilung enthält " + violations.size() + " fehlerhafte Angaben: ")
        + violations.stream().map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining(" "));
    return problem(HttpStatus.BAD_REQUEST, INVALID_NOTICE, "Ungültige Mitteilung",
        detail + " Es wurde nichts gespeichert.", Map.of("errors", violations));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    String field = null;
    String message;
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = path(mapping);
      message = "„" + field + "“ hat den falschen Typ: erwartet " + expected(mapping) + ".";
    } else if (cause instanceof MismatchedInputException) {
      message = "Die Mitteilung muss ein JSON-Objekt sein.";
    } else if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
      message = "Die Anfrage ist kein gültiges JSON (Zeile " + parse.getLocation().getLineNr()
          + ", Spalte " + parse.getLocation().getColumnNr() + ").";
    } else if (cause instanceof JsonProcessingException) {
      message = "Die Anfrage ist kein gültiges JSON.";
    } else {
      message = "Die Anfrage enthält keine Mitteilung (leerer Inhalt).";
    }
    Map<String, Object> extensions = field == null ? Map.of("errors", List.of())
        : Map.of("errors", List.of(new Violation(field, message)));
    return problem(HttpStatus.BAD_REQUEST, UNREADABLE_REQUEST, "Anfrage nicht lesbar",
        message + " Es wurde nichts gespeichert.", extensions);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNREADABLE_REQUEST, "Anfrage nicht lesbar",
        "Die Mitteilung muss als JSON gesendet werden (Content-Type: application/json), nicht als "
            + (e.getContentType() == null ? "unbekannter Inhalt" : e.getContentType()) + ".",
        Map.of("errors", List.of()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> duplicate(DuplicateCourtNoticeException e) {
    return duplicate(e.existingCaseId(), IntakeMessages.duplicate(e.existingCaseId()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> duplicateBailiff(DuplicateBailiffNoticeException e) {
    return duplicate(e.existingCaseId(), IntakeMessages.duplicateBailiff(e.existingCaseId()));
  }

  /** 409 naming the case that already has the notice. */
  private ResponseEntity<ProblemDetail> duplicate(String caseId, String detail) {
    return problem(HttpStatus.CONFLICT, DUPLICATE_NOTICE, "Mitteilung bereits erfasst", detail,
        caseId == null ? Map.of() : Map.of("existingCaseId", caseId));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> foreignDistrict(DistrictNotAllowedException e) {
    return problem(HttpStatus.FORBIDDEN, FOREIGN_DISTRICT, "Fremder Bezirk",
        IntakeMessages.foreignDistrict(e.district()), Map.of("district", e.district()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notAuthorized(AuthorizationException e) {
    LOG.warn("Intake verweigert (Camunda-Berechtigung): {}", e.getMessage());
    return problem(HttpStatus.FORBIDDEN, NOT_AUTHORIZED, "Keine Berechtigung",
        "Ihnen fehlt die Berechtigung, Fälle anzulegen oder fortzuführen. Es wurde nichts gespeichert.",
        Map.of());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notReceiving(CaseNotReceivingException e) {
    LOG.warn("Fallregister und Prozess uneinig: {}", e.getMessage(), e.getCause());
    return problem(HttpStatus.CONFLICT, CASE_NOT_RECEIVING, "Fall nimmt keine Mitteilung an",
        IntakeMessages.notReceiving(e.caseId()),
        Map.of("existingCaseId", e.caseId()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title,
      String detail, Map<String, ?> extensions) {
    return Problems.response(status, type, title, detail, extensions);
  }

  /** "household.postalCode", "errors[0]". */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(JsonMappingException e) {
    Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (type == null) {
      return "ein anderer Wert";
    }
    if (type == String.class) {
      return "ein Text";
    }
    if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive()) {
      return "eine Zahl, z. B. 2450.00";
    }
    return "ein Objekt";
  }
}

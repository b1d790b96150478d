package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.CaseNotFound;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.LetterNotFound;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.NoOpenTask;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.UnknownKind;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem documents of the letter API, German {@code title}/{@code detail}. */
@RestControllerAdvice(assignableTypes = LetterController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LetterProblems {

  public static final URI CASE_NOT_FOUND = Problems.type("fall-nicht-gefunden");
  public static final URI LETTER_NOT_FOUND = Problems.type("anschreiben-nicht-gefunden");
  public static final URI UNKNOWN_KIND = Problems.type("unbekannte-art-des-anschreibens");
  public static final URI NO_OPEN_TASK = Problems.type("keine-offene-aufgabe");
  public static final URI LETTER_DATA_MISSING = Problems.type("angaben-fuer-anschreiben-fehlen");

  @ExceptionHandler
  ResponseEntity<ProblemDetail> caseNotFound(CaseNotFound e) {
    return problem(HttpStatus.NOT_FOUND, CASE_NOT_FOUND, "Fall nicht gefunden",
        "Einen Fall „" + e.caseId + "“ gibt es nicht, oder er gehört nicht zu Ihrem Bezirk.",
        Map.of("caseId", e.caseId));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> letterNotFound(LetterNotFound e) {
    return problem(HttpStatus.NOT_FOUND, LETTER_NOT_FOUND, "Anschreiben nicht gefunden",
        "Im Fall " + e.caseId + " gibt es kein Anschreiben „" + e.letterId + "“.",
        Map.of("caseId", e.caseId));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unknownKind(UnknownKind e) {
    String allowed = Arrays.stream(LetterKind.values()).map(LetterKind::id).collect(Collectors.joining(", "));
    String detail = e.kind == null || e.kind.isBlank()
        ? "Bitte geben Sie die Art des Anschreibens an (kind): " + allowed + "."
        : "Unbekannte Art des Anschreibens „" + e.kind + "“. Erlaubt sind: " + allowed + ".";
    return problem(HttpStatus.BAD_REQUEST, UNKNOWN_KIND, "Unbekannte Art des Anschreibens", detail, Map.of());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> noOpenTask(NoOpenTask e) {
    return problem(HttpStatus.CONFLICT, NO_OPEN_TASK, "Keine offene Aufgabe",
        "Im Fall " + e.caseId + " ist keine Aufgabe „" + e.kind.taskName() + "“ offen. "
            + "Versandte Anschreiben finden Sie unter /api/cases/" + e.caseId + "/letters.",
        Map.of("caseId", e.caseId));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> dataMissing(LetterDataIncompleteException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, LETTER_DATA_MISSING, "Angaben fehlen",
        e.getMessage(), Map.of("missing", e.gaps()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title,
      String detail, Map<String, ?> extensions) {
    return Problems.response(status, type, title, detail, extensions);
  }
}

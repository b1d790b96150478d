package de.berlin.sozwohn.wohnraumerhalt.casework;

import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import de.berlin.sozwohn.wohnraumerhalt.process.FormInputRejectedException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case event or correction entered through its start form in Tasklist was refused; nothing was
 * stored (the engine rolls back the whole start). Camunda's REST API answers like {@code POST
 * /api/cases/{caseId}/events|corrections} – 400 bad fields, 403 team lead only, 404 unknown case
 * or another district's, 409 does not fit the case – with the German {@code message} that
 * Tasklist shows, each refused field under {@code errors} and {@code problemType}, the problem
 * type URI of that API ({@link CaseworkProblems}).
 *
 * <p>The message begins with what was not stored ("Das Fallereignis wurde nicht gespeichert: ")
 * and names the field in the words of the form ("Datum des Ereignisses: …") unless the service's
 * message already does ("Pflichtangabe „Datum des Ereignisses“ fehlt."); each entry of {@code
 * errors} holds the reason for its field.
 */
public class CaseFormEntryRejectedException extends FormInputRejectedException {

  private static final long serialVersionUID = 1L;

  private CaseFormEntryRejectedException(int status, String message, List<FieldError> fields,
      Map<String, Object> details) {
    super(status, message, fields, details);
  }

  /**
   * The refusal of the service as the form's answer, or {@code e} itself when it is no refusal.
   *
   * @param what what was not stored, German with its article ("Das Fallereignis")
   * @param labels form key → German label of the form
   * @param teamLeadField the field a team-lead-only refusal concerns, or null
   */
  static RuntimeException translated(RuntimeException e, String caseId, String what,
      Map<String, String> labels, String teamLeadField) {
    if (e instanceof CaseInputRejectedException rejected) {
      return invalid(rejected.violations(), what, labels);
    }
    if (e instanceof CaseNotFoundException) {
      return refused(404, CaseworkProblems.UNKNOWN_CASE, CaseFormEntryValues.CASE_ID,
          "Die Fallnummer „" + caseId + "“ gibt es in Ihren Bezirken nicht.", caseId, what);
    }
    if (e instanceof CaseEventConflictException conflict) {
      return refused(409, CaseworkProblems.CONFLICT, conflict.field(),
          named(conflict.field(), conflict.getMessage(), labels), caseId, what);
    }
    if (e instanceof TeamLeadOnlyException teamLeadOnly) {
      return refused(403, CaseworkProblems.TEAM_LEAD_ONLY, teamLeadField,
          named(teamLeadField, teamLeadOnly.getMessage(), labels), caseId, what);
    }
    return e;
  }

  /** One reason, concerning {@code field} (or the whole entry when null). */
  private static CaseFormEntryRejectedException refused(int status, URI problemType,
      String field, String reason, String caseId, String what) {
    List<FieldError> fields = field == null ? List.of() : List.of(new FieldError(field, reason));
    return new CaseFormEntryRejectedException(status, notStored(what) + reason, fields,
        details(problemType, caseId));
  }

  /** Bad fields (400), each named by its form key and label. */
  static CaseFormEntryRejectedException invalid(List<Violation> violations, String what,
      Map<String, String> labels) {
    List<FieldError> fields = violations.stream()
        .map(v -> new FieldError(v.field(), named(v.field(), v.message(), labels)))
        .toList();
    String message = notStored(what) + fields.stream()
        .map(FieldError::message).collect(Collectors.joining(" "));
    return new CaseFormEntryRejectedException(400, message, fields,
        details(CaseworkProblems.INVALID_INPUT, null));
  }

  private static String notStored(String what) {
    return what + " wurde nicht gespeichert: ";
  }

  /** The message with the field's label in front, unless it names the field already. */
  static String named(String field, String message, Map<String, String> labels) {
    String label = field == null ? null : labels.get(field);
    if (label == null || message.contains("„" + label + "“")) {
      return message;
    }
    return label + ": " + message;
  }

  private static Map<String, Object> details(URI problemType, String caseId) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("problemType", problemType.toString());
    if (caseId != null) {
      details.put(CaseFormEntryValues.CASE_ID, caseId);
    }
    return details;
  }
}

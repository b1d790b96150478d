package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.FormInputRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The intake refused a notice entered through a start form in Tasklist; nothing was stored. The
 * REST API answers like the intake's own API – 400 bad fields, 403 another district, 409 a
 * duplicate or a case that cannot take the notice – with the German {@code message} that Tasklist
 * shows, the refused form fields and {@code problemType}, the same problem type URI as {@code
 * /api/notices} (see {@link IntakeProblems}).
 */
public class NoticeEntryRejectedException extends FormInputRejectedException {

  private static final long serialVersionUID = 1L;

  private NoticeEntryRejectedException(int status, String message, List<FieldError> fields,
      Map<String, Object> details) {
    super(status, message, fields, details);
  }

  /** Bad fields, named by their form keys. */
  static NoticeEntryRejectedException invalid(List<Violation> violations) {
    List<FieldError> fields = violations.stream()
        .map(v -> new FieldError(NoticeForm.formField(v.field()), v.message()))
        .toList();
    String message = "Die Mitteilung ist nicht vollständig oder nicht gültig und wurde nicht "
        + "gespeichert: " + violations.stream().map(Violation::message)
            .collect(Collectors.joining(" "));
    return new NoticeEntryRejectedException(400, message, fields,
        details(IntakeProblems.INVALID_NOTICE.toString(), null, null));
  }

  static NoticeEntryRejectedException duplicate(String existingCaseId) {
    String message = "Mitteilung bereits erfasst: " + IntakeMessages.duplicate(existingCaseId);
    return new NoticeEntryRejectedException(409, message,
        List.of(new FieldError(CaseVariables.COURT_FILE_NUMBER,
            message)),
        details(IntakeProblems.DUPLICATE_NOTICE.toString(), "existingCaseId", existingCaseId));
  }

  static NoticeEntryRejectedException duplicateBailiff(String existingCaseId) {
    String message = "Mitteilung bereits erfasst: " + IntakeMessages.duplicateBailiff(existingCaseId);
    return new NoticeEntryRejectedException(409, message,
        List.of(new FieldError(CaseVariables.BAILIFF_REFERENCE, message)),
        details(IntakeProblems.DUPLICATE_NOTICE.toString(), "existingCaseId", existingCaseId));
  }

  static NoticeEntryRejectedException foreignDistrict(String district) {
    String message = IntakeMessages.foreignDistrict(district) + " Es wurde nichts gespeichert.";
    return new NoticeEntryRejectedException(403, message,
        List.of(new FieldError(CaseVariables.DISTRICT,
            message)),
        details(IntakeProblems.FOREIGN_DISTRICT.toString(), "district", district));
  }

  static NoticeEntryRejectedException notReceiving(String caseId) {
    return new NoticeEntryRejectedException(409, IntakeMessages.notReceiving(caseId), List.of(),
        details(IntakeProblems.CASE_NOT_RECEIVING.toString(), "existingCaseId", caseId));
  }

  private static Map<String, Object> details(String problemType, String key, String value) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("problemType", problemType);
    if (key != null && value != null) {
      details.put(key, value);
    }
    return details;
  }
}

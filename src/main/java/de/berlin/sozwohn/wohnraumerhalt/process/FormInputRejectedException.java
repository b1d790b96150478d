package de.berlin.sozwohn.wohnraumerhalt.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input submitted through a form was refused – a task form on completion ({@link
 * TaskInputInvalidException}) or a start form (the notice entry processes). The engine rolls the
 * whole command back; {@link FormInputErrorMapper} makes Camunda's REST API (and with it Tasklist)
 * answer with {@link #status()} and the German {@link #getMessage() message} instead of 500.
 *
 * <p>A {@link BadUserRequestException} so that the Java API treats it as the caller's mistake.
 */
public class FormInputRejectedException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  /** One refused field: its key in the form ({@code letterSentOn}) and a German message. */
  public record FieldError(String field, String message) {}

  private final int status;
  private final transient List<FieldError> fieldErrors;
  private final transient Map<String, Object> details;

  /**
   * @param status HTTP status for the REST API: 400 bad input, 403 not allowed, 409 conflict
   * @param message German, complete: Tasklist shows it as it is
   * @param fieldErrors the refused fields (may be empty, e.g. for a duplicate)
   * @param details further properties of the REST answer (e.g. {@code existingCaseId})
   */
  public FormInputRejectedException(int status, String message, List<FieldError> fieldErrors,
      Map<String, ?> details) {
    super(message);
    this.status = status;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.details = new LinkedHashMap<>(details);
  }

  public int status() {
    return status;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public Map<String, Object> details() {
    return Map.copyOf(details);
  }
}

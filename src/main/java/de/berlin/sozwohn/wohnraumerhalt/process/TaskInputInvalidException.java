package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A user task was completed with input that breaks {@link TaskInputRules}. Thrown by {@link
 * TaskInputValidationListener}; the engine rolls the whole command back, so the task stays open
 * and no submitted variable is stored. The message lists every violation in German.
 *
 * <p>The engine wraps every exception from a task listener in a plain {@code
 * ProcessEngineException} ("ENGINE-03051 There was an exception while invoking the
 * TaskListener"), which the REST API would answer with 500; {@link FormInputErrorMapper} finds
 * this exception in the cause chain and answers 400 instead.
 */
public class TaskInputInvalidException extends FormInputRejectedException {

  private static final long serialVersionUID = 1L;

  public TaskInputInvalidException(String taskName, List<Violation> violations) {
    super(400, message(taskName, violations),
        violations.stream().map(v -> new FieldError(v.field(), v.message())).toList(), Map.of());
  }

  private static String message(String taskName, List<Violation> violations) {
    String what = taskName == null || taskName.isBlank() ? "Die Eingaben"
        : "Die Eingaben zu „" + taskName + "“";
    return what + " sind nicht vollständig oder nicht gültig: "
        + violations.stream().map(Violation::text).collect(Collectors.joining(" "));
  }
}

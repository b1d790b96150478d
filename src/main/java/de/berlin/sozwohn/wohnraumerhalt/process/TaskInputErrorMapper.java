package de.berlin.sozwohn.wohnraumerhalt.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Makes Camunda's REST API answer 400 (not 500) when a task completion fails {@link
 * TaskInputRules}.
 *
 * <p>Why it is needed: the engine wraps every exception thrown by a task listener in a plain
 * {@code ProcessEngineException}, and {@code POST /engine-rest/task/{id}/submit-form} turns any
 * {@code ProcessEngineException} into a {@link RestException} with status 500 (only a {@code
 * FormFieldValidationException} thrown by the form handler itself becomes 400). This mapper takes
 * those {@link RestException}s whose cause chain holds a {@link TaskInputInvalidException} and
 * answers 400 in Camunda's error format ({@code type}, {@code message}) plus the list of
 * violations; every other exception is left to Camunda's own mapper (higher priority value).
 */
@Priority(Priorities.USER - 100)
public class TaskInputErrorMapper implements ExtendedExceptionMapper<RestException> {

  @Override
  public boolean isMappable(RestException exception) {
    return find(exception) != null;
  }

  @Override
  public Response toResponse(RestException exception) {
    TaskInputInvalidException invalid = find(exception);
    if (invalid == null) { // not reached: isMappable guards
      return Response.status(exception.getStatus() == null
          ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus()).build();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TaskInputInvalidException.class.getSimpleName());
    body.put("message", invalid.getMessage());
    List<Map<String, String>> violations = invalid.getViolations().stream()
        .map(v -> Map.of("field", v.field(), "message", v.message()))
        .toList();
    body.put("errors", violations); // same name as in the intake problem documents
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  static TaskInputInvalidException find(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TaskInputInvalidException invalid) {
        return invalid;
      }
    }
    return null;
  }
}

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
 * Makes Camunda's REST API answer 400 (or 403/409, see {@link FormInputRejectedException#status()})
 * instead of 500 when a form submission is refused: a task completion that fails {@link
 * TaskInputRules}, a start form of the notice entry that the intake refuses.
 *
 * <p>Why it is needed: the engine wraps every exception thrown by a task listener in a plain
 * {@code ProcessEngineException}, and {@code POST …/task/{id}/submit-form}, {@code …/complete},
 * {@code POST …/process-definition/key/{key}/submit-form} and {@code …/start} turn any {@code
 * ProcessEngineException} into a {@link RestException} with status 500 (only a {@code
 * FormFieldValidationException} of the form handler itself becomes 400). This mapper takes those
 * {@link RestException}s whose cause chain holds a {@link FormInputRejectedException} and answers
 * in Camunda's error format ({@code type}, {@code message}) plus the refused fields ({@code
 * errors}, as in the intake's problem documents) and the exception's details; every other
 * exception is left to Camunda's own mapper (higher priority value).
 *
 * <p>Registered with every Jersey application of the webapp by {@link FormInputErrorFeature}: the
 * REST API at {@code /engine-rest} and the webapps' own copy at {@code /camunda/api/engine}, which
 * is what Tasklist calls. Tasklist shows {@code message} to the user.
 */
@Priority(Priorities.USER - 100)
public class FormInputErrorMapper implements ExtendedExceptionMapper<RestException> {

  @Override
  public boolean isMappable(RestException exception) {
    return find(exception) != null;
  }

  @Override
  public Response toResponse(RestException exception) {
    FormInputRejectedException rejected = find(exception);
    if (rejected == null) { // not reached: isMappable guards
      return Response.status(exception.getStatus() == null
          ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus()).build();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", rejected.getClass().getSimpleName());
    body.put("message", rejected.getMessage());
    List<Map<String, String>> violations = rejected.fieldErrors().stream()
        .map(v -> Map.of("field", v.field(), "message", v.message()))
        .toList();
    body.put("errors", violations); // same name as in the intake problem documents
    rejected.details().forEach(body::putIfAbsent);
    return Response.status(rejected.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  static FormInputRejectedException find(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormInputRejectedException rejected) {
        return rejected;
      }
    }
    return null;
  }
}

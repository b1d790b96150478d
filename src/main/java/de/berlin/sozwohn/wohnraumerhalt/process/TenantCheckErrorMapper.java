package de.berlin.sozwohn.wohnraumerhalt.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Makes Camunda's REST API answer 404 (not 500) when the engine's tenant check refuses a call on
 * another district's object ({@code ENGINE-13034 Cannot … because it belongs to no authenticated
 * tenant}), e.g. {@code GET /engine-rest/task/{id}/form-variables}, {@code deployed-form}, {@code
 * POST …/submit-form}, {@code complete}, {@code claim} on a task of a district the user does not
 * belong to.
 *
 * <p>Why 404: a direct {@code GET /engine-rest/task/{id}} of a foreign task is already 404 (the
 * query leaves it out); a 403 or 500 would tell the caller that the id exists. The body has
 * Camunda's error shape ({@code type}, {@code message}, {@code code}) with type {@code
 * InvalidRequestException}, as Camunda's own 404s, and names only the id the caller sent.
 *
 * <p>The engine throws the refusal as a plain {@link ProcessEngineException}; some resources
 * (submit-form, complete) wrap it in a {@link RestException} with status 500. Jersey chooses an
 * exception mapper by the exception's exact type first, so there is one mapper per type: this
 * class for the plain exception, {@link Wrapped} for the wrapped one ({@link #MAPPERS} registers
 * both). Every other exception stays with Camunda's mappers or {@link TaskInputErrorMapper}.
 */
@Priority(Priorities.USER - 100)
public class TenantCheckErrorMapper implements ExtendedExceptionMapper<ProcessEngineException> {

  /** Both mappers, for {@code ResourceConfig.registerClasses}. */
  public static final List<Class<?>> MAPPERS = List.of(TenantCheckErrorMapper.class, Wrapped.class);

  static final String TENANT_CHECK_CODE = "ENGINE-13034";

  @Override
  public boolean isMappable(ProcessEngineException exception) {
    return find(exception) != null;
  }

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return notFound(find(exception));
  }

  /** The same for the tenant check refusal wrapped in a {@link RestException}. */
  @Priority(Priorities.USER - 100)
  public static class Wrapped implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return find(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return notFound(find(exception));
    }
  }

  /**
   * The tenant check refusal in the cause chain, or null. Some resources (job retries, due date,
   * suspension) rethrow it as a new {@link RestException} with its message and without the cause.
   */
  static ProcessEngineException find(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().startsWith(TENANT_CHECK_CODE)) {
        return t instanceof ProcessEngineException refusal ? refusal
            : new ProcessEngineException(t.getMessage());
      }
    }
    return null;
  }

  /**
   * "ENGINE-13034 Cannot get the task 'x' because it belongs to no authenticated tenant." becomes
   * "Cannot get the task 'x': not found".
   */
  static String message(ProcessEngineException refusal) {
    String message = refusal == null || refusal.getMessage() == null ? "" : refusal.getMessage();
    message = message.substring(Math.min(message.length(), TENANT_CHECK_CODE.length())).strip();
    int because = message.indexOf(" because it belongs to no authenticated tenant");
    if (because >= 0) {
      message = message.substring(0, because);
    }
    return message.isEmpty() ? "Not found" : message + ": not found";
  }

  private static Response notFound(ProcessEngineException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InvalidRequestException.class.getSimpleName());
    body.put("message", message(refusal));
    body.put("code", null);
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }
}

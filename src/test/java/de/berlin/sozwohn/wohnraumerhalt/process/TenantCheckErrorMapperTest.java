package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Which exceptions {@link TenantCheckErrorMapper} takes and what it answers (HTTP: contract test). */
class TenantCheckErrorMapperTest {

  static final ProcessEngineException REFUSAL = new ProcessEngineException(
      "ENGINE-13034 Cannot get the task 'abc' because it belongs to no authenticated tenant.");

  @Test
  @SuppressWarnings("unchecked")
  void theTenantCheckRefusalBecomes404WithoutMentioningTenants() {
    TenantCheckErrorMapper mapper = new TenantCheckErrorMapper();
    assertThat(mapper.isMappable(REFUSAL)).isTrue();
    Response response = mapper.toResponse(REFUSAL);
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat((Map<String, Object>) response.getEntity()).containsEntry("type", "InvalidRequestException")
        .containsEntry("message", "Cannot get the task 'abc': not found");
  }

  @Test
  void aWrappedRefusalToo() {
    var wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("wrapper", REFUSAL), "Cannot submit task form abc: …");
    TenantCheckErrorMapper.Wrapped mapper = new TenantCheckErrorMapper.Wrapped();
    assertThat(mapper.isMappable(wrapped)).isTrue();
    assertThat(mapper.toResponse(wrapped).getStatus()).isEqualTo(404);
  }

  @Test
  void otherErrorsStayWithCamunda() {
    assertThat(new TenantCheckErrorMapper().isMappable(new ProcessEngineException("ENGINE-03005 x")))
        .isFalse();
    assertThat(new TenantCheckErrorMapper.Wrapped().isMappable(
        new RestException(Response.Status.BAD_REQUEST, "bad"))).isFalse();
  }
}

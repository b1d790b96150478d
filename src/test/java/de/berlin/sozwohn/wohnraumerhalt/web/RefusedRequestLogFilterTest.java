package de.berlin.sozwohn.wohnraumerhalt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A caseworker's refused input (400) and a look at another district's task (404) leave one INFO
 * line each, not an ERROR with a stack trace; a real failure still counts as one.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestLogFilterTest {

  @Autowired TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void refusedInputAndAForeignTaskAreNoErrors(CapturedOutput output) throws Exception {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Berlin"));
    String run = UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> notice = TestNotices.courtNotice("mitte", "3 C 1-" + run + "/26", today,
        "Erika Mustermann", "Logweg 1 " + run);
    TestRestTemplate caseworker = rest.withBasicAuth("fk.mitte", "demo");
    ResponseEntity<String> opened = caseworker.postForEntity("/api/notices/court", notice, String.class);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    String instance = json.readTree(opened.getBody()).get("processInstanceId").asText();
    JsonNode tasks = json.readTree(caseworker.getForObject(
        "/engine-rest/task?processInstanceId=" + instance, String.class));
    String task = tasks.get(0).get("id").asText();

    ResponseEntity<String> refused = caseworker.postForEntity("/engine-rest/task/" + task
        + "/submit-form", Map.of("variables", Map.of(
            "letterSentOn", Map.of("value", today.plusDays(10).toString()),
            "appointmentAt", Map.of("value", today.plusDays(14) + "T10:00"))), String.class);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    ResponseEntity<String> foreign = rest.withBasicAuth("fk.neukoelln", "demo")
        .getForEntity("/engine-rest/task/" + task + "/form-variables", String.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);

    assertThat(output.getOut() + output.getErr()).doesNotContain("ENGINE-16004")
        .contains("Anfrage abgelehnt: ").contains("belongs to no authenticated tenant");
  }

  @Test
  void onlyRefusalsAreRecognised() {
    assertThat(RefusedRequestLogFilter.isRefusedRequest(new ProcessEngineException(
        "Exception while invoking TaskListener", new BadUserRequestException("letterSentOn")))).isTrue();
    assertThat(RefusedRequestLogFilter.isRefusedRequest(new AuthorizationException("x"))).isTrue();
    assertThat(RefusedRequestLogFilter.isRefusedRequest(new ProcessEngineException("ENGINE-13034 "
        + "Cannot read the task 'x' because it belongs to no authenticated tenant."))).isTrue();
    assertThat(RefusedRequestLogFilter.isRefusedRequest(new ProcessEngineException(
        "connection refused", new IllegalStateException("db down")))).isFalse();
    assertThat(RefusedRequestLogFilter.isRefusedRequest(null)).isFalse();
  }
}

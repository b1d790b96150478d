package de.berlin.sozwohn.wohnraumerhalt.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every answer of /api and /engine-rest: no-store and nosniff – success, refusal, 401, 413. */
@AppTest
class ResponseHeadersTest {

  @Autowired TestRestTemplate rest;

  @ParameterizedTest(name = "{0} {1} as {2} → {3}")
  @CsvSource({
      "GET, /engine-rest/task, fk.mitte, 200",            // Camunda's REST API sets no-cache itself
      "GET, /engine-rest/task/unknown-id, fk.mitte, 404",
      "GET, /engine-rest/task, , 401",
      "GET, /api/kpi?from=2026-01-01&to=2026-06-30, admin, 200",
      "GET, /api/kpi?from=x, admin, 400",
      "GET, /api/cases/MI-2026-99999/letters, fk.mitte, 404",
      "GET, /api/kpi, , 401",
      "GET, /, , 200",
      "GET, /startseite/startseite.css, , 200",
      "POST, /api/notices/court, fk.mitte, 413"})
  void everyAnswerIsNotStoredAndNotSniffed(String method, String path, String user, int status) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "POST".equals(method) ? "{\"court\": \"" + "x".repeat(70_000) + "\"}" : null;
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo");
    ResponseEntity<String> response = client.exchange(path, HttpMethod.valueOf(method),
        new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getHeaders().get(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
    assertThat(response.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    // HSTS only in the production profile (ProductionWebTest)
    assertThat(response.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
  }
}

package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@AppTest
class AuthenticationTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance", "/api/notices/court",
      "/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/info"})
  void withoutCredentialsEveryCallIs401WithAProblem(String path) {
    var response = rest.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).contains("\"status\":401");
  }

  @org.junit.jupiter.api.Test
  void healthIsOpenButShowsNoDetailsAnonymously() {
    var response = rest.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"").doesNotContain("components");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance"})
  void wrongPasswordIs401(String path) {
    // an own user: Camunda locks a user briefly after a failed login, shared users must stay usable
    var user = identityService.newUser("wrong.password." + Math.abs(path.hashCode()));
    user.setPassword("richtig-1234");
    identityService.saveUser(user);
    try {
      var response = rest.withBasicAuth(user.getId(), "falsch").getForEntity(path, String.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.withBasicAuth("niemand", "falsch").getForEntity(path, String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      identityService.deleteUser(user.getId());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition"})
  void aCaseworkerIsLetIn(String path) {
    var response = rest.withBasicAuth("fk.mitte", "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}

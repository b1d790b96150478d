package de.berlin.sozwohn.wohnraumerhalt.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.security.ProductionDataSourceGuard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The {@code production} profile's web settings: Secure cookies (servlet session, Camunda's session
 * and CSRF cookies) and HSTS on the webapps, /api and /engine-rest.
 *
 * <p>Production refuses H2, so this test replaces that one requirement: the data source guard is a
 * stub that lets the test's in-memory H2 through (and records it). Everything else of the profile
 * applies – no demo users, the password check, the cookie and header settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles(resolver = ProductionWebTest.WithProduction.class)
@DirtiesContext
class ProductionWebTest {

  static final List<String> SEEN_URLS = new CopyOnWriteArrayList<>();

  @TestBean(name = "productionDataSourceGuard", methodName = "acceptingTheTestDatabase")
  ProductionDataSourceGuard guard;

  static ProductionDataSourceGuard acceptingTheTestDatabase() {
    return new ProductionDataSourceGuard() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
          SEEN_URLS.add(pool.getJdbcUrl());
        }
        return bean;
      }
    };
  }

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void runsOnTheStubbedGuardWithoutDemoUsers() {
    assertThat(SEEN_URLS).isNotEmpty();
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void theWebappsSetSecureCookies() {
    ResponseEntity<String> response = rest.getForEntity("/camunda/app/tasklist/" + engine.getName() + "/",
        String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
    assertThat(cookies).allSatisfy(cookie -> assertThat(attributes(cookie)).contains("secure"));
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("httponly"));
    assertThat(response.getHeaders().getFirst("Strict-Transport-Security"))
        .startsWith("max-age=31536000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/engine-rest/task", "/api/kpi", "/camunda/app/cockpit/%s/",
      "/camunda/app/admin/%s/", "/camunda/app/welcome/%s/"})
  void hstsEverywhere(String path) {
    ResponseEntity<String> response = rest.getForEntity(path.formatted(engine.getName()), String.class);
    assertThat(response.getHeaders().get("Strict-Transport-Security"))
        .containsExactly("max-age=31536000");
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private static List<String> attributes(String setCookie) {
    return Stream.of(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase()).toList();
  }

  /** The suite's profiles (test, on PostgreSQL also test-postgres) plus production, last. */
  /**
   * {@code test} and {@code production}, on the test's own in-memory H2 also in the PostgreSQL
   * run of the suite: the shared PostgreSQL test schema holds the demo users of the other test
   * classes, whose default passwords production rightly refuses.
   */
  static class WithProduction implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return new String[] {"test", "production"};
    }
  }
}

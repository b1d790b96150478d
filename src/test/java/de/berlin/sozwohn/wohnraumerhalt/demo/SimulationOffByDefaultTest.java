package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without the profile {@code simulation} there is no clock endpoint; tests have no demo history. */
@AppTest
class SimulationOffByDefaultTest {

  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theClockEndpointDoesNotExistWithoutTheSimulationProfile() {
    Date before = ClockUtil.getCurrentTime();
    var response = rest.withBasicAuth("admin", "admin").exchange(SimulationClockApiTest.CLOCK,
        HttpMethod.POST, SimulationClockApiTest.jsonEntity("{\"now\": \"2030-01-01T09:00:00\"}"),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ClockUtil.getCurrentTime()).isCloseTo(before, 60_000);
    assertThat(context.getBeansOfType(SimulationController.class)).isEmpty();
  }

  @Test
  void testsStartWithoutDemoHistory() {
    assertThat(context.getBeansOfType(DemoHistory.class)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from demo_history", Integer.class)).isZero();
  }
}

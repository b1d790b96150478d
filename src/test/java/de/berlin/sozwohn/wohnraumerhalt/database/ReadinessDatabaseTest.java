package de.berlin.sozwohn.wohnraumerhalt.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Readiness reports DOWN (503) when the database does not answer – it said UP while H2 was closed
 * and every request failed with 500. Liveness stays UP. This test closes its database: the context
 * is thrown away afterwards.
 */
@AppTest
@DirtiesContext
class ReadinessDatabaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired DataSource dataSource;

  @Test
  void readinessFollowsTheDatabase() throws Exception {
    assumeFalse(TestProfiles.onPostgres(), "closes the embedded H2 database");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
        .isEqualTo(200);

    Connection connection = dataSource.getConnection();
    connection.createStatement().execute("SHUTDOWN");
    try {
      connection.close();
    } catch (SQLException alreadyClosed) {
      // the pool finds its connection dead
    }

    var readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode().value()).isEqualTo(503);
    assertThat(readiness.getBody()).contains("\"status\":\"DOWN\"");
    var liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    // the overall health says so too
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isEqualTo(503);
  }
}

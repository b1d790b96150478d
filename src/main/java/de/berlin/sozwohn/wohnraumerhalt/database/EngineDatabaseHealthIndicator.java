package de.berlin.sozwohn.wohnraumerhalt.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health check {@code engineDatabase}, part of the readiness group ({@code application.yaml},
 * {@code management.endpoint.health.group.readiness}): reads the engine's schema version from
 * Camunda's table {@code ACT_GE_PROPERTY} (with the configured table prefix), within {@code
 * wohnraumerhalt.health.database-timeout} (default 3 s). A database that is closed, unreachable,
 * hanging or without Camunda's tables makes the application "not ready" (503), so the load balancer
 * stops sending requests that would all fail. Liveness does not include it: restarting the
 * application does not bring a database back.
 *
 * <p>The query runs on one thread of its own; while a previous check still hangs (e.g. waiting for
 * a pool connection), the next one answers DOWN at once instead of piling up threads.
 */
@Component("engineDatabase")
public class EngineDatabaseHealthIndicator implements HealthIndicator, DisposableBean {

  private final DataSource dataSource;
  private final String sql;
  private final Duration timeout;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "engine-database-health");
    thread.setDaemon(true);
    return thread;
  });
  private Future<Health> running;

  public EngineDatabaseHealthIndicator(DataSource dataSource, ProcessEngineConfiguration configuration,
      HealthProperties properties) {
    this.dataSource = dataSource;
    String prefix = ((ProcessEngineConfigurationImpl) configuration).getDatabaseTablePrefix();
    this.sql = "SELECT VALUE_ FROM " + (prefix == null ? "" : prefix)
        + "ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'";
    this.timeout = properties.databaseTimeout();
  }

  @Override
  public synchronized Health health() {
    if (running != null && !running.isDone()) {
      return Health.down().withDetail("error", "vorige Datenbankprüfung hängt noch").build();
    }
    running = executor.submit(this::query);
    try {
      return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Health.down().withDetail("error", "Datenbank antwortet nicht innerhalb von " + timeout)
          .build();
    } catch (ExecutionException e) {
      return Health.down(e.getCause()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down(e).build();
    }
  }

  private Health query() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      try (ResultSet result = statement.executeQuery(sql)) {
        if (!result.next()) {
          return Health.down().withDetail("error", "Camundas Schema-Version fehlt").build();
        }
        return Health.up().withDetail("schemaVersion", result.getString(1)).build();
      }
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}

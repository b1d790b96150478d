package de.berlin.sozwohn.wohnraumerhalt.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test PostgreSQL answers, so that the plain {@code mvn test}
 * passes on a machine without PostgreSQL: {@code @ExtendWith(PostgresAvailable.class)}.
 *
 * <p>The server is the one of the PostgreSQL suite run ({@code application-test-postgres.yaml}):
 * {@code TEST_DB_URL} (system property or environment variable; default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code TEST_DB_USER} (default {@code postgres}), {@code
 * TEST_DB_PASSWORD} (default empty). The check waits at most 3 seconds.
 */
public class PostgresAvailable implements ExecutionCondition {

  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final int TIMEOUT_SECONDS = 3;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = url();
    try (Connection connection = connect(url)) {
      return ConditionEvaluationResult.enabled("PostgreSQL erreichbar unter " + url);
    } catch (SQLException e) {
      return ConditionEvaluationResult.disabled("PostgreSQL nicht erreichbar unter " + url
          + " (" + e.getMessage() + ") – PostgreSQL-Tests übersprungen"
          + " (mvn test -Dwohnraumerhalt.test.db=postgres für den vollen Lauf)");
    }
  }

  /** The JDBC URL of the test PostgreSQL as configured (it may name a schema). */
  public static String url() {
    return setting("TEST_DB_URL", DEFAULT_URL);
  }

  public static String user() {
    return setting("TEST_DB_USER", "postgres");
  }

  public static String password() {
    return setting("TEST_DB_PASSWORD", "");
  }

  /** The test server's URL with {@code currentSchema} set to {@code schema} (replacing any given). */
  public static String urlWithSchema(String schema) {
    return withSchema(url(), schema);
  }

  static String withSchema(String url, String schema) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    StringBuilder parameters = new StringBuilder("currentSchema=" + schema);
    if (query >= 0) {
      for (String parameter : url.substring(query + 1).split("&")) {
        if (!parameter.isEmpty() && !parameter.startsWith("currentSchema=")) {
          parameters.append('&').append(parameter);
        }
      }
    }
    return base + "?" + parameters;
  }

  /** A connection to the test server (to {@link #url()}), failing within 3 seconds. */
  public static Connection connect() throws SQLException {
    return connect(url());
  }

  private static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user());
    properties.setProperty("password", password());
    properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
    return DriverManager.getConnection(url, properties);
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.cluster;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Camunda in the PostgreSQL schema that the JDBC URL names ({@code currentSchema}, e.g.
 * {@code DB_URL=jdbc:postgresql://db:5432/berlin?currentSchema=wohnraumerhalt}).
 *
 * <p>Camunda decides whether to create its tables by asking JDBC for {@code act_ru_execution} in
 * the schema {@code camunda.bpm.database.schema-name} – and, when that is unset, in <em>every</em>
 * schema of the database. A fresh schema next to another schema with Camunda tables (a second
 * installation, a test run) is then taken as created, and the start fails with "relation
 * act_ge_property does not exist". So for a PostgreSQL datasource with a {@code currentSchema},
 * this sets {@code schema-name} to it, with the table prefix {@code <schema>.} that Camunda
 * requires together with a schema name – unless either is configured. Registered in {@code
 * META-INF/spring.factories}; used by production, the PostgreSQL test suite and the cluster test
 * nodes alike.
 */
public class PostgresSchemaSettings implements EnvironmentPostProcessor {

  static final String SCHEMA_NAME = "camunda.bpm.database.schema-name";
  static final String TABLE_PREFIX = "camunda.bpm.database.table-prefix";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty(SCHEMA_NAME) || environment.containsProperty(TABLE_PREFIX)) {
      return;
    }
    currentSchema(environment.getProperty("spring.datasource.url")).ifPresent(schema ->
        environment.getPropertySources().addLast(new MapPropertySource("postgresSchemaSettings",
            Map.of(SCHEMA_NAME, schema, TABLE_PREFIX, schema + "."))));
  }

  /** The first schema of {@code currentSchema} in a PostgreSQL JDBC URL. */
  public static Optional<String> currentSchema(String url) {
    if (url == null || !url.startsWith("jdbc:postgresql:") || url.indexOf('?') < 0) {
      return Optional.empty();
    }
    for (String parameter : url.substring(url.indexOf('?') + 1).split("&")) {
      if (parameter.startsWith("currentSchema=")) {
        String schema = parameter.substring("currentSchema=".length()).split(",")[0].strip();
        return schema.isEmpty() ? Optional.empty() : Optional.of(schema);
      }
    }
    return Optional.empty();
  }
}

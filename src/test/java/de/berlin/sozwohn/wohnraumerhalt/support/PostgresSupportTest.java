package de.berlin.sozwohn.wohnraumerhalt.support;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.cluster.PostgresSchemaSettings;

import org.junit.jupiter.api.Test;

/** The URL handling behind {@link PostgresAvailable} and {@link PostgresSchemaSettings}. */
class PostgresSupportTest {

  @Test
  void theSchemaOfTheUrlIsTakenForCamunda() {
    assertThat(PostgresSchemaSettings.currentSchema(
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=e2e_test")).contains("e2e_test");
    assertThat(PostgresSchemaSettings.currentSchema(
        "jdbc:postgresql://db/test?ssl=false&currentSchema=fall,public")).contains("fall");
    assertThat(PostgresSchemaSettings.currentSchema("jdbc:postgresql://db/test")).isEmpty();
    assertThat(PostgresSchemaSettings.currentSchema("jdbc:postgresql://db/test?currentSchema=")).isEmpty();
    assertThat(PostgresSchemaSettings.currentSchema("jdbc:h2:mem:x;currentSchema=y")).isEmpty();
    assertThat(PostgresSchemaSettings.currentSchema(null)).isEmpty();
  }

  @Test
  void theSmokeSchemaReplacesTheSchemaOfTheConfiguredUrl() {
    assertThat(PostgresAvailable.withSchema(PostgresAvailable.DEFAULT_URL, "smoke"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=smoke");
    assertThat(PostgresAvailable.withSchema(
        "jdbc:postgresql://db:5433/test?currentSchema=other&sslmode=disable", "smoke"))
        .isEqualTo("jdbc:postgresql://db:5433/test?currentSchema=smoke&sslmode=disable");
  }
}

package de.berlin.sozwohn.wohnraumerhalt.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL handling behind {@link PostgresAvailable} and {@link PostgresTestSchema}. */
class PostgresSupportTest {

  @Test
  void theSchemaOfTheUrlIsTakenForCamunda() {
    assertThat(PostgresTestSchema.currentSchema(
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=e2e_test")).contains("e2e_test");
    assertThat(PostgresTestSchema.currentSchema(
        "jdbc:postgresql://db/test?ssl=false&currentSchema=fall,public")).contains("fall");
    assertThat(PostgresTestSchema.currentSchema("jdbc:postgresql://db/test")).isEmpty();
    assertThat(PostgresTestSchema.currentSchema("jdbc:postgresql://db/test?currentSchema=")).isEmpty();
    assertThat(PostgresTestSchema.currentSchema("jdbc:h2:mem:x;currentSchema=y")).isEmpty();
    assertThat(PostgresTestSchema.currentSchema(null)).isEmpty();
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

package de.berlin.sozwohn.wohnraumerhalt.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 runs without its query cache (it leaks derived-table plans under load) and sorts
 * NULL last in ascending order, as PostgreSQL does (Tasklist's due-date order).
 */
class H2SettingsTest {

  private final H2Settings processor = new H2Settings();

  @Test
  void anH2PoolConnectsWithoutQueryCache() throws Exception {
    try (var pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:h2:mem:cache-" + UUID.randomUUID());
      processor.postProcessAfterInitialization(pool, "dataSource");
      try (Connection connection = pool.getConnection();
          ResultSet setting = connection.createStatement().executeQuery("SELECT SETTING_VALUE "
              + "FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
        assertThat(setting.next()).isTrue();
        assertThat(setting.getString(1)).isEqualTo("0");
      }
    }
  }

  @Test
  void anH2PoolSortsNullLastLikePostgres() throws Exception {
    try (var pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:h2:mem:nulls-" + UUID.randomUUID());
      processor.postProcessAfterInitialization(pool, "dataSource");
      try (Connection connection = pool.getConnection()) {
        var statement = connection.createStatement();
        statement.execute("CREATE TABLE task (name VARCHAR(20), due DATE)");
        statement.execute("INSERT INTO task VALUES ('Kontakt', NULL), ('Anschreiben', "
            + "DATE '2026-12-08'), ('Hausbesuch', DATE '2026-12-18')");
        List<String> order = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT name FROM task ORDER BY due")) {
          while (rows.next()) {
            order.add(rows.getString(1));
          }
        }
        assertThat(order).containsExactly("Anschreiben", "Hausbesuch", "Kontakt");
      }
    }
  }

  @Test
  void leavesPostgresAndAnExplicitSettingAlone() {
    try (var postgres = new HikariDataSource(); var explicit = new HikariDataSource();
        var inProperties = new HikariDataSource()) {
      postgres.setJdbcUrl("jdbc:postgresql://db/wohnraumerhalt");
      explicit.setJdbcUrl("jdbc:h2:mem:x;QUERY_CACHE_SIZE=8");
      inProperties.setJdbcUrl("jdbc:h2:mem:y");
      inProperties.addDataSourceProperty("query_cache_size", "8");
      assertThat(H2Settings.applies(postgres, "QUERY_CACHE_SIZE")).isFalse();
      assertThat(H2Settings.applies(explicit, "QUERY_CACHE_SIZE")).isFalse();
      assertThat(H2Settings.applies(explicit, "DEFAULT_NULL_ORDERING")).isTrue();
      assertThat(H2Settings.applies(inProperties, "QUERY_CACHE_SIZE")).isFalse();
    }
  }
}

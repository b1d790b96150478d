package de.berlin.sozwohn.wohnraumerhalt.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded H2 runs without its query cache (it leaks derived-table plans under load). */
class H2QueryCacheOffTest {

  private final H2QueryCacheOff processor = new H2QueryCacheOff();

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
  void leavesPostgresAndAnExplicitSettingAlone() {
    try (var postgres = new HikariDataSource(); var explicit = new HikariDataSource();
        var inProperties = new HikariDataSource()) {
      postgres.setJdbcUrl("jdbc:postgresql://db/wohnraumerhalt");
      explicit.setJdbcUrl("jdbc:h2:mem:x;QUERY_CACHE_SIZE=8");
      inProperties.setJdbcUrl("jdbc:h2:mem:y");
      inProperties.addDataSourceProperty("query_cache_size", "8");
      assertThat(H2QueryCacheOff.applies(postgres)).isFalse();
      assertThat(H2QueryCacheOff.applies(explicit)).isFalse();
      assertThat(H2QueryCacheOff.applies(inProperties)).isFalse();
    }
  }
}

package de.berlin.sozwohn.wohnraumerhalt.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Settings of the embedded H2 database, added to the pool's connection properties unless the URL
 * or the pool already sets them. PostgreSQL is not touched.
 *
 * <p><b>{@code QUERY_CACHE_SIZE=0}</b> – H2 2.3 keeps the plan of every derived table ({@code FROM
 * (SELECT …)}) it optimises in a per-session map that is emptied only when a statement is parsed
 * anew. A statement taken from the query cache is not parsed, so with the cache on that map grows
 * with every execution – a few plans, each holding its parsed query with its parameter values, per
 * query. Camunda's authorization check puts derived tables into every query of a logged-in user, so
 * each REST or webapp query leaks until Hikari retires the connection (30 minutes). Measured with
 * {@code -Xmx256m} and {@code POST /engine-rest/process-instance/count} with a {@code like} variable
 * filter as {@code fk.mitte}: OutOfMemoryError after about 4,200 requests, then "database has been
 * closed" and 500 for every request. Without the query cache each prepare parses the statement
 * again and the map is cleared: 20,000 such requests with the live heap flat (README, Security).
 *
 * <p><b>{@code DEFAULT_NULL_ORDERING=HIGH}</b> – NULL sorts like a high value, as on PostgreSQL.
 * H2's default sorts NULL first in ascending order, so Tasklist's "Aufgaben meines Bezirks"
 * (sorted by due date) showed every task without a due date – "Kontakt erfassen" is open from a
 * case's first day – above the letters whose deadline runs out today.
 */
@Component
public class H2Settings implements BeanPostProcessor {

  static final Map<String, String> SETTINGS = Map.of(
      "QUERY_CACHE_SIZE", "0",
      "DEFAULT_NULL_ORDERING", "HIGH");
  private static final Logger LOG = LoggerFactory.getLogger(H2Settings.class);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof HikariDataSource pool) {
      // the pool starts on its first connection; until then its configuration may change
      SETTINGS.forEach((setting, value) -> {
        if (applies(pool, setting)) {
          pool.addDataSourceProperty(setting, value);
          LOG.debug("H2: {}={} für {}", setting, value, pool.getJdbcUrl());
        }
      });
    }
    return bean;
  }

  static boolean applies(HikariDataSource pool, String setting) {
    String url = pool.getJdbcUrl();
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      return false;
    }
    boolean inUrl = url.toUpperCase(Locale.ROOT).contains(";" + setting + "=");
    boolean inProperties = pool.getDataSourceProperties().stringPropertyNames().stream()
        .anyMatch(setting::equalsIgnoreCase);
    return !inUrl && !inProperties;
  }
}

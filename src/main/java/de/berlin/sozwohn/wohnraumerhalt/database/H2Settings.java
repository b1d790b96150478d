package de.berlin.sozwohn.wohnraumerhalt.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Switches H2's per-connection query cache off ({@code QUERY_CACHE_SIZE=0}) for the embedded
 * database, unless the URL or the pool already set it.
 *
 * <p>Why: H2 2.3 keeps the plan of every derived table ({@code FROM (SELECT …)}) it optimises in a
 * per-session map that is emptied only when a statement is parsed anew. A statement taken from the
 * query cache is not parsed, so with the cache on that map grows with every execution – a few
 * plans, each holding its parsed query with its parameter values, per query. Camunda's
 * authorization check puts derived tables into every query of a logged-in user, so each REST or
 * webapp query leaks until Hikari retires the connection (30 minutes). Measured with {@code -Xmx256m}
 * and {@code POST /engine-rest/process-instance/count} with a {@code like} variable filter as
 * {@code fk.mitte}: OutOfMemoryError after about 4,200 requests, then "database has been closed"
 * and 500 for every request. Without the query cache each prepare parses the statement again and
 * the map is cleared: 20,000 such requests with the live heap flat (README, Security).
 *
 * <p>PostgreSQL is not touched.
 */
@Component
public class H2QueryCacheOff implements BeanPostProcessor {

  static final String SETTING = "QUERY_CACHE_SIZE";
  private static final Logger LOG = LoggerFactory.getLogger(H2QueryCacheOff.class);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof HikariDataSource pool && applies(pool)) {
      // the pool starts on its first connection; until then its configuration may change
      pool.addDataSourceProperty(SETTING, "0");
      LOG.debug("H2-Abfrage-Cache ausgeschaltet ({}=0) für {}", SETTING, pool.getJdbcUrl());
    }
    return bean;
  }

  static boolean applies(HikariDataSource pool) {
    String url = pool.getJdbcUrl();
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      return false;
    }
    boolean inUrl = url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=");
    boolean inProperties = pool.getDataSourceProperties().stringPropertyNames().stream()
        .anyMatch(SETTING::equalsIgnoreCase);
    return !inUrl && !inProperties;
  }
}

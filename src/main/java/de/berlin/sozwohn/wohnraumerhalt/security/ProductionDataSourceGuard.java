package de.berlin.sozwohn.wohnraumerhalt.security;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * First half of the production guard: in the {@code production} profile the application refuses to
 * start on an embedded database or with demo users switched on – decided on the {@link DataSource}
 * that was actually built, the moment it is built.
 *
 * <p>The URL is read from the data source itself ({@link HikariDataSource#getJdbcUrl()}, otherwise
 * from a connection's metadata), not from {@code spring.datasource.url}: Spring Boot binds {@code
 * spring.datasource.hikari.jdbc-url} over the URL, so the property alone lets an H2 database slip
 * through. As a bean post-processor the check runs before any bean can use the data source: before
 * Flyway migrates, before Camunda checks or creates its tables, and before the web server opens its
 * port (it starts listening only after every bean is built). The password check needs the engine
 * and follows later, still before the port opens ({@link ProductionGuard}).
 */
@Component("productionDataSourceGuard")
@Profile("production")
public class ProductionDataSourceGuard implements BeanPostProcessor, EnvironmentAware {

  private static final List<String> EMBEDDED = List.of("jdbc:h2:", "jdbc:hsqldb:", "jdbc:derby:");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof DataSource dataSource) {
      List<String> problems = findProblems(jdbcUrl(dataSource),
          environment.getProperty("wohnraumerhalt.demo.users", Boolean.class, false));
      if (!problems.isEmpty()) {
        refuse(problems);
      }
    }
    return bean;
  }

  /** What speaks against starting in production with this URL and demo-user setting. */
  static List<String> findProblems(String jdbcUrl, boolean demoUsers) {
    List<String> problems = new ArrayList<>();
    if (demoUsers) {
      problems.add("wohnraumerhalt.demo.users ist eingeschaltet (Demo-Benutzer sind in Produktion verboten)");
    }
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (EMBEDDED.stream().anyMatch(url::startsWith)) {
      problems.add("eingebettete Datenbank (" + jdbcUrl + ", tatsächlich verwendete JDBC-URL der "
          + "Datenquelle) – Produktion braucht PostgreSQL (Profil postgres, DB_URL)");
    }
    return problems;
  }

  /** Stops the start (the context is not refreshed, nothing listens, nothing was written). */
  protected void refuse(List<String> problems) {
    throw new IllegalStateException("Start im Produktionsprofil verweigert: "
        + String.join("; ", problems));
  }

  /** The URL the data source really connects to. */
  static String jdbcUrl(DataSource dataSource) {
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        if (url != null) {
          return url;
        }
      }
      // no URL configured on the pool (e.g. a DataSource class name): ask the database
      try (Connection connection = dataSource.getConnection()) {
        return connection.getMetaData().getURL();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Start im Produktionsprofil verweigert: die Datenbank der "
          + "Datenquelle lässt sich nicht feststellen (" + e.getMessage() + ")", e);
    }
  }
}

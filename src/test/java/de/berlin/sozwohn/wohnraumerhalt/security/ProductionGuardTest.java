package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import de.berlin.sozwohn.wohnraumerhalt.WohnraumerhaltApplication;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.SmartLifecycle;

/**
 * The production profile refuses demo users, default passwords and an embedded database – the
 * database as built (also when {@code spring.datasource.hikari.jdbc-url} overrides the URL), before
 * the port opens and before any table is written.
 */
@AppTest
class ProductionGuardTest {

  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired ApplicationContext context;

  @Test
  void isNotActiveOutsideTheProductionProfile() {
    assertThat(context.getBeansOfType(ProductionGuard.class)).isEmpty();
    assertThat(context.getBeansOfType(ProductionDataSourceGuard.class)).isEmpty();
  }

  @Test
  void refusesTheDemoUsersPasswords() {
    var guard = new ProductionGuard(identityService, configuration);
    assertThatThrownBy(guard::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Start im Produktionsprofil verweigert")
        .hasMessageContaining("„admin“ hat ein Standardpasswort")
        .hasMessageContaining("„fk.mitte“ hat ein Standardpasswort");
    assertThat(guard.isRunning()).isFalse();
  }

  @Test
  void checksThePasswordsBeforeTheWebServerListens() {
    // lifecycle beans start in ascending phase; the web server's bean opens the port
    var webServer = context.getBean("webServerStartStop", SmartLifecycle.class);
    var guard = new ProductionGuard(identityService, configuration);
    assertThat(guard.getPhase()).isLessThan(webServer.getPhase());
  }

  @Test
  void acceptsStrongPasswords() {
    var guard = new ProductionGuard(identityService, configuration);
    // the demo users of the shared test context are the only findings; a strong password is none
    assertThat(guard.findProblems()).allMatch(p -> p.contains("Standardpasswort"));
    var user = identityService.newUser("strong.user");
    user.setPassword("k7#Vq9!mW2zL");
    identityService.saveUser(user);
    try {
      assertThat(guard.findProblems()).noneMatch(p -> p.contains("strong.user"));
    } finally {
      identityService.deleteUser("strong.user");
    }
  }

  @Test
  void judgesTheUrlOfTheBuiltDataSource() {
    try (var postgres = new HikariDataSource(); var h2 = new HikariDataSource()) {
      postgres.setJdbcUrl("jdbc:postgresql://db:5432/wohnraumerhalt");
      h2.setJdbcUrl("jdbc:h2:mem:x");
      assertThat(ProductionDataSourceGuard.findProblems(
          ProductionDataSourceGuard.jdbcUrl(postgres), false)).isEmpty();
      assertThat(ProductionDataSourceGuard.findProblems(ProductionDataSourceGuard.jdbcUrl(h2), true))
          .hasSize(2)
          .anySatisfy(p -> assertThat(p).contains("demo.users"))
          .anySatisfy(p -> assertThat(p).contains("eingebettete Datenbank (jdbc:h2:mem:x"));
    }
  }

  /**
   * The hole of the old guard: it read {@code spring.datasource.url} only, as an application
   * runner – after Camunda had created its tables and while Tomcat was already listening.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void refusesH2SetThroughHikariBeforeThePortOpensAndBeforeAnyTable(boolean postgresUrlBeside)
      throws Exception {
    String database = "jdbc:h2:mem:guard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    int port = freePort();
    List<ApplicationEvent> webServerEvents = new ArrayList<>();
    // command-line arguments, as an operator would pass them (above application.yaml)
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=" + port,
        "--spring.datasource.hikari.jdbc-url=" + database,
        "--camunda.bpm.job-execution.enabled=false"));
    if (postgresUrlBeside) {
      // what the old guard read: a PostgreSQL URL – and the pool connects to H2 all the same
      arguments.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/wohnraumerhalt");
      arguments.add("--spring.datasource.hikari.driver-class-name=org.h2.Driver");
    }
    var application = new SpringApplicationBuilder(WohnraumerhaltApplication.class)
        .profiles("production")
        .listeners(event -> {
          if (event instanceof WebServerInitializedEvent) {
            webServerEvents.add(event);
          }
        });

    assertThatThrownBy(() -> application.run(arguments.toArray(String[]::new)))
        .hasStackTraceContaining("Start im Produktionsprofil verweigert")
        .hasStackTraceContaining("eingebettete Datenbank (jdbc:h2:mem:guard-");

    assertThat(webServerEvents).as("the web server never started listening").isEmpty();
    assertThat(listens(port)).isFalse();
    try (Connection connection = DriverManager.getConnection(database);
        ResultSet tables = connection.createStatement().executeQuery(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      assertThat(names).as("no Camunda or Flyway table in the refused database").isEmpty();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean listens(int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

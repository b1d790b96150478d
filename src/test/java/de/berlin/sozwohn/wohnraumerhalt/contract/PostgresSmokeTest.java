package de.berlin.sozwohn.wohnraumerhalt.contract;

import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.Form.form;
import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.engineDate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The plain {@code mvn test} (H2) also proves PostgreSQL: this class starts the application once
 * more, on the test PostgreSQL in a schema of its own ({@value #SCHEMA}), and runs one court case
 * from intake to closure through REST. Skipped when no PostgreSQL answers ({@link
 * PostgresAvailable}), and when the whole suite already runs on PostgreSQL
 * ({@code -Dwohnraumerhalt.test.db=postgres}), where every {@link AppTest} does this anyway.
 *
 * <p>{@link SmokeSchema} is declared before {@link AppTest} on purpose: JUnit registers extensions
 * in declaration order, so the schema exists before Spring starts the application and is dropped
 * only after {@link DirtiesContext} has closed it.
 */
@ExtendWith({PostgresAvailable.class, PostgresSmokeTest.SmokeSchema.class})
@DisabledIf(value = "de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles#onPostgres",
    disabledReason = "Die ganze Suite läuft auf PostgreSQL: jeder @AppTest prüft PostgreSQL schon")
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class PostgresSmokeTest {

  static final String SCHEMA = "wohnraumerhalt_smoke";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresAvailable.urlWithSchema(SCHEMA));
    registry.add("spring.datasource.username", PostgresAvailable::user);
    registry.add("spring.datasource.password", PostgresAvailable::password);
    registry.add("camunda.bpm.database.type", () -> "postgres");
    // Camunda looks for its tables in this schema only; unset, it finds those of any schema of the
    // database (another test run's) and takes its own schema as created. A schema name needs the
    // matching table prefix.
    registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
    registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
  }

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  SimulatedClock clock;

  @AfterEach
  void realClock() {
    if (clock != null) {
      clock.reset();
    }
  }

  @Test
  void aCourtCaseFromIntakeToClosureOnPostgres() {
    assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    // this application's engine has a name of its own (see the class's properties)
    ApiClient mitte = ApiClient.as(rest, "fk.mitte", "demo").onEngine(engine.getName());
    clock = new SimulatedClock(managementService);
    clock.set("2026-03-02T09:00");

    ResponseEntity<String> filed = mitte.fileCourtNotice(Notices.courtNotice("2026-03-02"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseId = mitte.body(filed).path("caseId").asText();
    String processInstanceId = mitte.body(filed).path("processInstanceId").asText();
    clock.watch(processInstanceId);

    JsonNode letter = mitte.task(caseId, "SendCourtLetter");
    assertThat(letter.path("tenantId").asText()).isEqualTo("mitte");
    assertThat(engineDate(letter.path("due"))).isEqualTo(LocalDateTime.parse("2026-03-05T23:59"));
    assertThat(mitte.deployedForm(letter.path("id").asText()).path("id").asText())
        .isEqualTo("form-send-court-letter");

    clock.set("2026-03-03T10:00");
    mitte.complete(caseId, "SendCourtLetter",
        form().text("letterSentOn", "2026-03-03").text("appointmentAt", "2026-03-10T10:00"));
    clock.set("2026-03-04T11:00");
    mitte.complete(caseId, "RecordContact",
        form().text("contactOn", "2026-03-04").text("contactChannel", "email"));
    mitte.complete(caseId, "Counselling", form().text("counsellingOn", "2026-03-04")
        .flag("rentDebtTakeover", true).flag("help67", false).flag("landlordAgreement", false));
    mitte.complete(caseId, "CloseCase", form().text("outcome", "housing-retained"));
    assertThat(mitte.openTasks(caseId)).isEmpty();

    // everything lives in the schema of this test: Camunda's tables and ours (Flyway)
    assertThat(jdbc.queryForList("SELECT lower(table_name) FROM information_schema.tables"
        + " WHERE table_schema = ?", String.class, SCHEMA))
        .contains("act_ge_property", "act_ru_task", "act_ru_job", "act_hi_procinst",
            "act_hi_varinst", "act_id_user", "wohnraumerhalt_schema_history", "case_registry",
            "court_notice", "case_number_counter");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM wohnraumerhalt_schema_history"
        + " WHERE success", Integer.class)).isPositive();
    assertThat(jdbc.queryForObject("SELECT status FROM case_registry WHERE case_id = ?",
        String.class, caseId)).isEqualTo("closed");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_hi_taskinst"
        + " WHERE proc_inst_id_ = ? AND end_time_ IS NOT NULL", Integer.class, processInstanceId))
        .isEqualTo(4);
    // the case waits for its follow-up timer
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ = ?",
        Integer.class, processInstanceId)).isEqualTo(1);
  }

  /**
   * Creates the schema before the application starts and drops it when the class is done. A
   * PostgreSQL advisory lock, held meanwhile, makes concurrent runs of this class against the same
   * server (several builds on one machine) wait for each other instead of dropping each other's
   * schema.
   */
  static class SmokeSchema implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(SmokeSchema.class);

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
      Connection connection = PostgresAvailable.connect();
      context.getStore(NAMESPACE).put(Connection.class, connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(hashtext('" + SCHEMA + "'))");
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("CREATE SCHEMA " + SCHEMA);
      }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
      Connection connection = context.getStore(NAMESPACE).remove(Connection.class, Connection.class);
      if (connection == null) {
        return;
      }
      try (connection; Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("SELECT pg_advisory_unlock(hashtext('" + SCHEMA + "'))");
      }
    }
  }
}

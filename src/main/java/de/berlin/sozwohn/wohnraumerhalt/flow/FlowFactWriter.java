package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.indicators.CaseOutcomeListener;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the flow facts of {@code db/migration/V26__flow_facts.sql} while the engine runs: one
 * statement per event – an insert per finished activity instance and per sequence flow taken, an
 * insert at an instance's start and an update at its end – and no select but one at a case's
 * closure ({@link #caseClosed}). Writes run in the caller's transaction, for {@link
 * FlowHistoryEventHandler} and the "take" listener of {@link FlowParseListener} that is the
 * engine's: facts and Camunda's history are stored together or not at all.
 *
 * <p>Every argument has its SQL type given, so a null (district, due flag, end event) needs no
 * parameter metadata from the database (a round trip per statement on PostgreSQL). Times are Berlin
 * local times; no personal data goes in (see the migration).
 *
 * <p>A step or transition dated into a month that is closed by the wall clock (a late fact: demo
 * history, tests, a backfill – never the normal path, where facts are dated now) also marks that
 * month's monthly summary dirty ({@link FlowSummaries}), in the same transaction: the views then
 * read the month's raw rows until the summary is rebuilt. Only then is the extra statement run.
 */
@Repository
public class FlowFactWriter implements CaseOutcomeListener {

  private static final String INSERT_CASE = "INSERT INTO flow_case (case_key, process_key, "
      + "district, started_at, started_on, ended_at, ended_on, end_activity_id, deleted) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int[] INSERT_CASE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
      Types.TIMESTAMP, Types.DATE, Types.TIMESTAMP, Types.DATE, Types.VARCHAR, Types.BOOLEAN};

  private static final String END_CASE = "UPDATE flow_case SET ended_at = ?, ended_on = ?, "
      + "end_activity_id = ?, deleted = ? WHERE case_key = ?";
  private static final int[] END_CASE_TYPES = {Types.TIMESTAMP, Types.DATE, Types.VARCHAR,
      Types.BOOLEAN, Types.VARCHAR};

  private static final String INSERT_STEP = "INSERT INTO flow_step (step_key, case_key, "
      + "process_key, district, activity_id, activity_type, started_at, ended_at, ended_on, "
      + "duration_ms, working_days, within_due, canceled, deadline_event) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int[] INSERT_STEP_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
      Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.DATE,
      Types.BIGINT, Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN};

  private static final String OUTCOME = "UPDATE flow_case SET outcome = ? WHERE case_key = ?";

  /** A case that got its row only at its end (started before V26) takes its recorded outcome. */
  private static final String OUTCOME_FROM_INDICATORS = "UPDATE flow_case SET outcome = "
      + "(SELECT k.outcome FROM kpi_case_fact k WHERE k.case_key = ?) WHERE case_key = ?";

  private static final String DEADLINE_MISSED =
      "UPDATE flow_case SET deadline_missed = TRUE WHERE case_key = ?";

  private static final String INSERT_TRANSITION = "INSERT INTO flow_transition (transition_key, "
      + "case_key, process_key, district, flow_id, taken_on) VALUES (?, ?, ?, ?, ?, ?)";
  private static final int[] INSERT_TRANSITION_TYPES = {Types.VARCHAR, Types.VARCHAR,
      Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE};

  private static final String MONTH_DIRTY =
      "UPDATE flow_month_state SET dirty = TRUE WHERE process_key = ? AND month_start = ?";
  private static final int[] MONTH_DIRTY_TYPES = {Types.VARCHAR, Types.DATE};

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public FlowFactWriter(JdbcTemplate jdbc, CalendarProperties calendarProperties) {
    this.jdbc = jdbc;
    this.zone = calendarProperties.zone();
  }

  /** A process instance started. */
  public void caseStarted(String caseKey, String processKey, String district,
      LocalDateTime startedAt) {
    jdbc.update(INSERT_CASE, new Object[] {caseKey, processKey, district,
        Timestamp.valueOf(startedAt), Date.valueOf(startedAt.toLocalDate()), null, null, null,
        false}, INSERT_CASE_TYPES);
  }

  /**
   * A process instance ended – in an end event or deleted. An instance that started before the
   * facts were recorded (no row yet) gets its row now, with the start Camunda's history knows.
   *
   * @param endActivityId the end event it finished in; null when deleted
   */
  public void caseEnded(String caseKey, String processKey, String district,
      LocalDateTime startedAt, LocalDateTime endedAt, String endActivityId, boolean deleted) {
    int updated = jdbc.update(END_CASE, new Object[] {Timestamp.valueOf(endedAt),
        Date.valueOf(endedAt.toLocalDate()), endActivityId, deleted, caseKey}, END_CASE_TYPES);
    if (updated == 0) {
      LocalDateTime start = startedAt == null ? endedAt : startedAt;
      jdbc.update(INSERT_CASE, new Object[] {caseKey, processKey, district,
          Timestamp.valueOf(start), Date.valueOf(start.toLocalDate()),
          Timestamp.valueOf(endedAt), Date.valueOf(endedAt.toLocalDate()), endActivityId,
          deleted}, INSERT_CASE_TYPES);
      jdbc.update(OUTCOME_FROM_INDICATORS, caseKey, caseKey);
    }
    lateFact(processKey, endedAt.toLocalDate());
  }

  /**
   * The case was closed with that outcome (told by the indicator facts where they record the
   * closure, normally just before the instance ends). The one statement that reads: a case
   * already ended in a closed month (demo history, a correction of an old case) marks that month
   * dirty.
   */
  @Override
  public void caseClosed(String caseKey, String outcome) {
    jdbc.update(OUTCOME, outcome, caseKey);
    jdbc.query("SELECT process_key, ended_on FROM flow_case WHERE case_key = ? "
        + "AND ended_on IS NOT NULL", rs -> {
          lateFact(rs.getString("process_key"), rs.getObject("ended_on", LocalDate.class));
        }, caseKey);
  }

  /** An activity instance ended; a deadline event also marks its case. */
  public void step(StepFact step) {
    jdbc.update(INSERT_STEP, new Object[] {step.stepKey(), step.caseKey(), step.processKey(),
        step.district(), step.activityId(), step.activityType(),
        Timestamp.valueOf(step.startedAt()), Timestamp.valueOf(step.endedAt()),
        Date.valueOf(step.endedAt().toLocalDate()), step.durationMs(), step.workingDays(),
        step.withinDue(), step.canceled(), step.deadlineEvent()}, INSERT_STEP_TYPES);
    if (step.deadlineEvent()) {
      jdbc.update(DEADLINE_MISSED, step.caseKey());
    }
    lateFact(step.processKey(), step.endedAt().toLocalDate());
  }

  /** A sequence flow was taken on that (Berlin) day. */
  public void transition(String transitionKey, String caseKey, String processKey,
      String district, String flowId, LocalDate takenOn) {
    jdbc.update(INSERT_TRANSITION, new Object[] {transitionKey, caseKey, processKey, district,
        flowId, Date.valueOf(takenOn)}, INSERT_TRANSITION_TYPES);
    lateFact(processKey, takenOn);
  }

  /**
   * A fact dated into a month closed by the wall clock marks the month's summary dirty. Updating
   * the state row takes its row lock: a rebuild of the month holds the same lock from its {@code
   * SELECT … FOR UPDATE} to its commit, so either this transaction's facts are committed before the
   * rebuild reads the raw rows (the rebuild waits for our lock), or this update waits for the
   * rebuild's commit and sets the freshly built month dirty again. No summary is marked clean
   * without a committed fact of its month (see {@link FlowSummaries}). No state row (month never
   * built): nothing to mark.
   */
  private void lateFact(String processKey, LocalDate day) {
    if (FlowSummaries.closed(day, LocalDate.now(zone))) {
      jdbc.update(MONTH_DIRTY, new Object[] {processKey,
          Date.valueOf(YearMonth.from(day).atDay(1))}, MONTH_DIRTY_TYPES);
    }
  }

  /**
   * One finished activity instance, as {@code flow_step} holds it.
   *
   * @param stepKey the activity instance id
   * @param caseKey the process instance id
   * @param startedAt Berlin local time of the start
   * @param endedAt Berlin local time of the end; its date is the step's period date
   * @param workingDays Berlin working days from the start date to the end date
   * @param withinDue completed by the due date of its user task; null without one or when canceled
   */
  public record StepFact(String stepKey, String caseKey, String processKey, String district,
      String activityId, String activityType, LocalDateTime startedAt, LocalDateTime endedAt,
      long durationMs, int workingDays, Boolean withinDue, boolean canceled,
      boolean deadlineEvent) {}
}

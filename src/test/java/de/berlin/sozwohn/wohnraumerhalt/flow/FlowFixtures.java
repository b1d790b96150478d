package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.support.TestCaseIds;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made rows of the flow facts (and the case registry and case facts they are joined with),
 * for tests of the read side that must know every number in advance (FlowQueriesTest, the
 * Cockpit API test). Keys are UUIDs, so runs on one database do not meet; {@link #cleanUp()}
 * removes every row it wrote.
 */
public final class FlowFixtures {

  private final JdbcTemplate jdbc;
  private final List<String> caseKeys = new ArrayList<>();
  private final List<String> caseIds = new ArrayList<>();

  public FlowFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new case key (a process instance id that Camunda does not know). */
  public String newKey() {
    String key = "flowtest-" + UUID.randomUUID();
    caseKeys.add(key);
    return key;
  }

  /** A flow_case row started at 08:00 of {@code startedOn}, ended at 16:00 of {@code endedOn}. */
  public String flowCase(String processKey, String district, String startedOn, String endedOn,
      String endActivityId, boolean deleted, boolean deadlineMissed) {
    String key = newKey();
    LocalDate started = LocalDate.parse(startedOn);
    LocalDate ended = endedOn == null ? null : LocalDate.parse(endedOn);
    jdbc.update("INSERT INTO flow_case (case_key, process_key, district, started_at, started_on, "
            + "ended_at, ended_on, end_activity_id, deleted, deadline_missed) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key, processKey, district, Timestamp.valueOf(started.atTime(8, 0)), started,
        ended == null ? null : Timestamp.valueOf(ended.atTime(16, 0)), ended, endActivityId,
        deleted, deadlineMissed);
    return key;
  }

  /**
   * A step ended at 15:00 of {@code endedOn}, started at 09:00 {@code workingDays} calendar days
   * before (the stored working days are what the read side uses, not recomputed).
   */
  public void step(String caseKey, String processKey, String district, String activityId,
      String activityType, String endedOn, int workingDays, Boolean withinDue, boolean canceled,
      boolean deadlineEvent) {
    LocalDate ended = LocalDate.parse(endedOn);
    step(caseKey, processKey, district, activityId, activityType,
        ended.minusDays(workingDays).atTime(9, 0), ended.atTime(15, 0), workingDays, withinDue,
        canceled, deadlineEvent);
  }

  public void step(String caseKey, String processKey, String district, String activityId,
      String activityType, LocalDateTime startedAt, LocalDateTime endedAt, int workingDays,
      Boolean withinDue, boolean canceled, boolean deadlineEvent) {
    jdbc.update("INSERT INTO flow_step (step_key, case_key, process_key, district, activity_id, "
            + "activity_type, started_at, ended_at, ended_on, duration_ms, working_days, "
            + "within_due, canceled, deadline_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseKey, processKey, district, activityId, activityType,
        Timestamp.valueOf(startedAt), Timestamp.valueOf(endedAt), endedAt.toLocalDate(),
        Duration.between(startedAt, endedAt).toMillis(), workingDays, withinDue,
        canceled, deadlineEvent);
  }

  /** A completed user task ended in the period, with or without a due date. */
  public void task(String caseKey, String district, String activityId, String endedOn,
      int workingDays, Boolean withinDue) {
    step(caseKey, "wohnraumerhalt", district, activityId, "userTask", endedOn, workingDays,
        withinDue, false, false);
  }

  public void transition(String caseKey, String processKey, String district, String flowId,
      String takenOn) {
    jdbc.update("INSERT INTO flow_transition (transition_key, case_key, process_key, district, "
            + "flow_id, taken_on) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseKey, processKey, district, flowId,
        LocalDate.parse(takenOn));
  }

  /**
   * The case's indicator facts with its outcome (closed on {@code closedOn}), and the outcome on
   * its flow_case row, as {@code IndicatorFactStore.closed} writes both.
   */
  public void outcome(String caseKey, String district, String closedOn, String outcome) {
    jdbc.update("INSERT INTO kpi_case_fact (case_key, district, origin, closed_on, outcome, "
            + "opened_at) VALUES (?, ?, 'court', ?, ?, ?)",
        caseKey, district, LocalDate.parse(closedOn), outcome,
        Timestamp.valueOf(LocalDate.parse(closedOn).minusMonths(1).atStartOfDay()));
    jdbc.update("UPDATE flow_case SET outcome = ? WHERE case_key = ?", outcome, caseKey);
  }

  /** Registers the case number of a process instance; returns the number. */
  public String caseId(String processInstanceId, String district) {
    String caseId = TestCaseIds.next("FT");
    jdbc.update("INSERT INTO case_registry (case_id, district, origin, household_key, "
            + "process_instance_id, status, opened_at) VALUES (?, ?, 'court', ?, ?, 'closed', ?)",
        caseId, district, "flowtest|" + caseId, processInstanceId,
        Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0)));
    caseIds.add(caseId);
    return caseId;
  }

  /** Removes every row written through this fixture. */
  public void cleanUp() {
    for (String caseId : caseIds) {
      jdbc.update("DELETE FROM case_registry WHERE case_id = ?", caseId);
    }
    for (String key : caseKeys) {
      jdbc.update("DELETE FROM flow_step WHERE case_key = ?", key);
      jdbc.update("DELETE FROM flow_transition WHERE case_key = ?", key);
      jdbc.update("DELETE FROM kpi_case_fact WHERE case_key = ?", key);
      jdbc.update("DELETE FROM flow_case WHERE case_key = ?", key);
    }
    caseIds.clear();
    caseKeys.clear();
  }
}

package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the recorded flow facts of one case, for assertions. */
final class RecordingRows {

  private final JdbcTemplate jdbc;

  RecordingRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A {@code flow_case} row. */
  record CaseRow(String processKey, String district, LocalDateTime startedAt, LocalDate startedOn,
      LocalDateTime endedAt, LocalDate endedOn, String endActivityId, boolean deleted,
      boolean deadlineMissed) {}

  /** A {@code flow_step} row without its keys. */
  record StepRow(String activityId, String activityType, String district, LocalDateTime startedAt,
      LocalDateTime endedAt, LocalDate endedOn, long durationMs, int workingDays,
      Boolean withinDue, boolean canceled, boolean deadlineEvent) {}

  /** A {@code flow_transition} row without its keys. */
  record TransitionRow(String flowId, String district, LocalDate takenOn) {}

  Optional<CaseRow> caseRow(String caseKey) {
    return jdbc.query("SELECT * FROM flow_case WHERE case_key = ?", (rs, i) -> new CaseRow(
        rs.getString("process_key"), rs.getString("district"),
        rs.getObject("started_at", LocalDateTime.class),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("ended_at", LocalDateTime.class),
        rs.getObject("ended_on", LocalDate.class), rs.getString("end_activity_id"),
        rs.getBoolean("deleted"), rs.getBoolean("deadline_missed")), caseKey)
        .stream().findFirst();
  }

  /** The outcome the case's {@code flow_case} row carries (null: none, or no row). */
  String outcome(String caseKey) {
    return jdbc.queryForList("SELECT outcome FROM flow_case WHERE case_key = ?", String.class,
        caseKey).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** The steps of a case, by end and activity id. */
  List<StepRow> steps(String caseKey) {
    return jdbc.query("SELECT * FROM flow_step WHERE case_key = ? ORDER BY ended_at, activity_id",
        (rs, i) -> new StepRow(rs.getString("activity_id"), rs.getString("activity_type"),
            rs.getString("district"), rs.getObject("started_at", LocalDateTime.class),
            rs.getObject("ended_at", LocalDateTime.class),
            rs.getObject("ended_on", LocalDate.class), rs.getLong("duration_ms"),
            rs.getInt("working_days"), (Boolean) rs.getObject("within_due"),
            rs.getBoolean("canceled"), rs.getBoolean("deadline_event")), caseKey);
  }

  /** The step of one activity of a case (the only one). */
  StepRow step(String caseKey, String activityId) {
    List<StepRow> found = steps(caseKey).stream()
        .filter(s -> s.activityId().equals(activityId)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " steps of " + activityId + ": " + found);
    }
    return found.get(0);
  }

  /** The sequence flows a case took, by day and flow id. */
  List<TransitionRow> transitions(String caseKey) {
    return jdbc.query("SELECT * FROM flow_transition WHERE case_key = ? ORDER BY taken_on, flow_id",
        (rs, i) -> new TransitionRow(rs.getString("flow_id"), rs.getString("district"),
            rs.getObject("taken_on", LocalDate.class)), caseKey);
  }

  /** The sequence flows' ids a case took, by day and flow id. */
  List<String> flowIds(String caseKey) {
    return transitions(caseKey).stream().map(TransitionRow::flowId).toList();
  }
}

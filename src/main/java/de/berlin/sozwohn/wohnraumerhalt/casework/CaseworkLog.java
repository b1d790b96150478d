package de.berlin.sozwohn.wohnraumerhalt.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case events and corrections as recorded (tables {@code case_event}, {@code case_correction}
 * of {@code V22__case_events.sql}), in the caller's transaction.
 */
@Repository
public class CaseworkLog {

  /** A recorded case event. */
  public record RecordedEvent(CaseEventType type, LocalDate on, String referenceKey,
      LocalDateTime evictionAt, String toDistrict, String linkedCaseId, String reason,
      String recordedBy, Instant recordedAt) {}

  private final JdbcTemplate jdbc;

  public CaseworkLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String caseId, RecordedEvent event) {
    jdbc.update("INSERT INTO case_event (case_id, event_type, event_on, reference_key, "
            + "eviction_at, to_district, linked_case_id, reason, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId, event.type().code(), event.on(), event.referenceKey(), event.evictionAt(),
        event.toDistrict(), event.linkedCaseId(), event.reason(), event.recordedBy(),
        Timestamp.from(event.recordedAt()));
  }

  /** The case's events, oldest first. */
  public List<RecordedEvent> events(String caseId) {
    return jdbc.query("SELECT * FROM case_event WHERE case_id = ? ORDER BY event_id",
        (rs, i) -> new RecordedEvent(
            CaseEventType.ofCode(rs.getString("event_type")).orElseThrow(),
            rs.getObject("event_on", LocalDate.class), rs.getString("reference_key"),
            rs.getObject("eviction_at", LocalDateTime.class), rs.getString("to_district"),
            rs.getString("linked_case_id"), rs.getString("reason"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()),
        caseId);
  }

  public void add(String caseId, CaseCorrection correction) {
    jdbc.update("INSERT INTO case_correction (case_id, field, visit_no, reference_key, old_value, "
            + "new_value, reason, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId, correction.field(), correction.visit(), correction.bailiffNotice(),
        correction.oldValue(), correction.newValue(), correction.reason(),
        correction.correctedBy(), Timestamp.from(correction.correctedAt()));
  }

  /** The case's corrections, oldest first. */
  public List<CaseCorrection> corrections(String caseId) {
    return jdbc.query("SELECT * FROM case_correction WHERE case_id = ? ORDER BY correction_id",
        (rs, i) -> new CaseCorrection(rs.getString("field"),
            rs.getObject("visit_no", Integer.class), rs.getString("reference_key"),
            rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
            rs.getString("corrected_by"), rs.getTimestamp("corrected_at").toInstant()),
        caseId);
  }
}

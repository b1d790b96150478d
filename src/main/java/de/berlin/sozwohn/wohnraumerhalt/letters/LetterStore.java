package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code case_letter} (migration V5). Uses the application's DataSource, so a write from
 * inside a Camunda command joins the engine's transaction.
 */
@Repository
public class LetterStore {

  private static final String COLUMNS =
      "id, case_id, district, kind, created_at, letter_date, process_instance_id, task_id";

  private final JdbcClient jdbc;
  /** The zone in which times are answered, whatever offset the database hands back. */
  private final ZoneId zone;

  public LetterStore(JdbcClient jdbc, CalendarProperties calendar) {
    this.jdbc = jdbc;
    this.zone = calendar.zone();
  }

  public StoredLetter save(LetterData data, byte[] pdf, OffsetDateTime createdAt,
      String processInstanceId, String taskId) {
    StoredLetter letter = new StoredLetter(UUID.randomUUID().toString(), data.caseId(), data.district(),
        data.kind(), createdAt, data.letterDate(), processInstanceId, taskId);
    jdbc.sql("INSERT INTO case_letter (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(letter.id(), letter.caseId(), letter.district(), letter.kind().id(), letter.createdAt(),
            letter.letterDate(), letter.processInstanceId(), letter.taskId(), pdf)
        .update();
    return letter;
  }

  /** The case's letters, oldest first. */
  public List<StoredLetter> list(String caseId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_letter WHERE case_id = ? ORDER BY created_at, letter_date, id")
        .param(caseId)
        .query(this::row)
        .list();
  }

  public Optional<StoredLetter> find(String caseId, String letterId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM case_letter WHERE case_id = ? AND id = ?")
        .params(caseId, letterId)
        .query(this::row)
        .optional();
  }

  /** The PDF of a letter. */
  public Optional<byte[]> content(String caseId, String letterId) {
    return jdbc.sql("SELECT content FROM case_letter WHERE case_id = ? AND id = ?")
        .params(caseId, letterId)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /**
   * A row; {@code created_at} in Berlin time (PostgreSQL returns a {@code timestamptz} in UTC,
   * H2 with the offset it was written with – the API answers the same on both).
   */
  private StoredLetter row(ResultSet rs, int rowNum) throws SQLException {
    return new StoredLetter(rs.getString("id"), rs.getString("case_id"), rs.getString("district"),
        LetterKind.byId(rs.getString("kind")).orElseThrow(),
        rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
        rs.getObject("letter_date", LocalDate.class),
        rs.getString("process_instance_id"), rs.getString("task_id"));
  }
}

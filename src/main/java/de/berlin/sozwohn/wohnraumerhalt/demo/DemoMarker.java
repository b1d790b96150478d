package de.berlin.sozwohn.wohnraumerhalt.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code demo_history} (migration V20): whether the demo history was generated on this
 * database. Times are real time, not the engine clock.
 */
@Repository
public class DemoMarker {

  static final String ID = "demo-history";

  public enum Status { RUNNING, DONE, FAILED, SKIPPED;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final JdbcClient jdbc;

  public DemoMarker(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The status, when the demo history was generated (or skipped, or begun) on this database. */
  public Optional<String> status() {
    return jdbc.sql("SELECT status FROM demo_history WHERE id = ?").param(ID)
        .query(String.class).optional();
  }

  /** Claims the generation; false when it was claimed before (by an earlier start or another node). */
  public boolean claim(Status status, String detail) {
    try {
      jdbc.sql("INSERT INTO demo_history (id, status, started_at, detail) VALUES (?, ?, ?, ?)")
          .params(ID, status.id(), Timestamp.from(Instant.now()), detail)
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public void finish(Status status, Integer cases, String detail) {
    jdbc.sql("UPDATE demo_history SET status = ?, finished_at = ?, cases = ?, detail = ? WHERE id = ?")
        .params(status.id(), Timestamp.from(Instant.now()), cases,
            detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000), ID)
        .update();
  }
}

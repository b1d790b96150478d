package de.berlin.sozwohn.wohnraumerhalt.appointments;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The seats held in the district calendars (table {@code appointment_slot} of {@code
 * db/migration/V23__appointment_slots.sql}). Runs in the caller's transaction – inside the engine's
 * command when a task listener or the form calls it – so a seat is held together with the variable
 * that shows it, or not at all.
 *
 * <p>Whoever takes a seat first {@link #lockDistrict locks the district}; under that lock the free
 * seats are read and one is taken, so the primary key (district, slot, seat) is never violated in
 * normal operation – on PostgreSQL a violation would spoil the engine's whole transaction – and
 * stays the guard against two households in one seat all the same.
 */
@Repository
public class AppointmentStore {

  public static final String PROPOSED = "proposed";
  public static final String BOOKED = "booked";

  /** The seat a case holds. */
  public record Held(String district, LocalDateTime at, int seat, String caseId,
      String processInstanceId, String status) {

    public boolean booked() {
      return BOOKED.equals(status);
    }
  }

  private static final String COLUMNS =
      "district, slot_at, seat, case_id, process_instance_id, status";
  private static final RowMapper<Held> ROW = (rs, i) -> new Held(rs.getString("district"),
      rs.getTimestamp("slot_at").toLocalDateTime(), rs.getInt("seat"), rs.getString("case_id"),
      rs.getString("process_instance_id"), rs.getString("status"));

  private final JdbcTemplate jdbc;

  public AppointmentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the district's calendar until the end of the transaction (all nodes). */
  void lockDistrict(String district) {
    List<String> rows = jdbc.queryForList(
        "SELECT district FROM appointment_calendar WHERE district = ? FOR UPDATE", String.class,
        district);
    if (rows.isEmpty()) {
      throw new IllegalStateException("Kein Terminkalender für den Bezirk „" + district + "“");
    }
  }

  /** The seat the case holds, if any. */
  Optional<Held> heldBy(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM appointment_slot WHERE process_instance_id = ?",
        ROW, processInstanceId).stream().findFirst();
  }

  /** Slot → seats taken by other cases, for slots in [from, until). */
  Map<LocalDateTime, Set<Integer>> taken(String district, LocalDateTime from, LocalDateTime until,
      String exceptProcessInstanceId) {
    Map<LocalDateTime, Set<Integer>> taken = new HashMap<>();
    jdbc.query("SELECT slot_at, seat FROM appointment_slot WHERE district = ? AND slot_at >= ? "
            + "AND slot_at < ? AND process_instance_id <> ?",
        rs -> {
          taken.computeIfAbsent(rs.getTimestamp("slot_at").toLocalDateTime(), k -> new HashSet<>())
              .add(rs.getInt("seat"));
        },
        district, Timestamp.valueOf(from), Timestamp.valueOf(until),
        exceptProcessInstanceId == null ? "" : exceptProcessInstanceId);
    return taken;
  }

  /** Seats of one slot taken by other cases. */
  Set<Integer> taken(String district, LocalDateTime at, String exceptProcessInstanceId) {
    return Set.copyOf(jdbc.queryForList("SELECT seat FROM appointment_slot WHERE district = ? "
            + "AND slot_at = ? AND process_instance_id <> ?", Integer.class, district,
        Timestamp.valueOf(at), exceptProcessInstanceId == null ? "" : exceptProcessInstanceId));
  }

  /**
   * The case now holds this seat (its former seat, if any, is given up). Call under {@link
   * #lockDistrict} with a seat found free.
   */
  void hold(String district, LocalDateTime at, int seat, String caseId, String processInstanceId,
      String status, Instant now) {
    int moved = jdbc.update("UPDATE appointment_slot SET district = ?, slot_at = ?, seat = ?, "
            + "case_id = ?, status = ?, updated_at = ? WHERE process_instance_id = ?",
        district, Timestamp.valueOf(at), seat, caseId, status, Timestamp.from(now),
        processInstanceId);
    if (moved == 0) {
      jdbc.update("INSERT INTO appointment_slot (district, slot_at, seat, case_id, "
              + "process_instance_id, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          district, Timestamp.valueOf(at), seat, caseId, processInstanceId, status,
          Timestamp.from(now));
    }
  }

  /** The case's seat is booked (the letter went out). */
  /**
   * Books the seat the case holds if it is at {@code at} in {@code district} – only the case's own
   * row changes, so no district lock is needed: its seat counts as taken already, proposed or
   * booked. Whether it was booked so (false: the case holds no such seat).
   */
  boolean bookHeld(String processInstanceId, String district, LocalDateTime at, Instant now) {
    return jdbc.update("UPDATE appointment_slot SET status = ?, updated_at = ? "
        + "WHERE process_instance_id = ? AND district = ? AND slot_at = ?", BOOKED,
        Timestamp.from(now), processInstanceId, district, Timestamp.valueOf(at)) == 1;
  }

  void book(String processInstanceId, Instant now) {
    jdbc.update("UPDATE appointment_slot SET status = ?, updated_at = ? "
        + "WHERE process_instance_id = ?", BOOKED, Timestamp.from(now), processInstanceId);
  }

  /** Gives up whatever seat the case holds; the number of seats freed (0 or 1). */
  int release(String processInstanceId) {
    return jdbc.update("DELETE FROM appointment_slot WHERE process_instance_id = ?",
        processInstanceId);
  }

  /** Gives up the case's seat if it is only proposed (no letter went out). */
  int releaseProposal(String processInstanceId) {
    return jdbc.update("DELETE FROM appointment_slot WHERE process_instance_id = ? AND status = ?",
        processInstanceId, PROPOSED);
  }

  /** Frees the district's seats of days before this one: those appointments have passed. */
  int releasePassed(String district, LocalDate before) {
    return jdbc.update("DELETE FROM appointment_slot WHERE district = ? AND slot_at < ?",
        district, Timestamp.valueOf(before.atStartOfDay()));
  }

  /** The seats held in a district on one day, by time and seat. */
  List<Held> day(String district, LocalDate day) {
    return jdbc.query("SELECT " + COLUMNS + " FROM appointment_slot WHERE district = ? "
            + "AND slot_at >= ? AND slot_at < ? ORDER BY slot_at, seat", ROW, district,
        Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
  }
}

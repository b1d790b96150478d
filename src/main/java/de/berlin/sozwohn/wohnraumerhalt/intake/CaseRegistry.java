package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The case registry (tables of {@code db/migration/V1__case_registry.sql}): one row per case with
 * the keys notices are matched by, its process instance and whether it is still open. Runs in the
 * caller's Spring transaction, which the engine shares, so registry rows and process instances are
 * stored together or not at all.
 */
@Repository
public class CaseRegistry {

  public static final String ORIGIN_COURT = "court";
  public static final String ORIGIN_BAILIFF = "bailiff";
  /** Handed over by another district (case event "transferred"). */
  public static final String ORIGIN_TRANSFER = "transfer";
  public static final String STATUS_OPEN = "open";
  public static final String STATUS_CLOSED = "closed";

  /** A case as the registry knows it (no personal data). */
  public record RegisteredCase(String caseId, String district, String origin,
      String processInstanceId, String status) {

    public boolean isOpen() {
      return STATUS_OPEN.equals(status);
    }
  }

  /** A case about to be registered; keys from {@link MatchingKeys}. */
  record NewCase(String caseId, String district, String origin, String courtKey, String fileKey,
      String householdKey) {}

  private static final String COLUMNS = "case_id, district, origin, process_instance_id, status";
  private static final RowMapper<RegisteredCase> ROW = (rs, i) -> new RegisteredCase(
      rs.getString("case_id"), rs.getString("district"), rs.getString("origin"),
      rs.getString("process_instance_id"), rs.getString("status"));

  private final JdbcTemplate jdbc;

  public CaseRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks the case closed (idempotent): a later bailiff notice then opens a new case. */
  public void markClosed(String caseId) {
    jdbc.update("UPDATE case_registry SET status = ?, closed_at = ? WHERE case_id = ? AND status = ?",
        STATUS_CLOSED, now(), caseId, STATUS_OPEN);
  }

  /**
   * The case, its row locked until the end of the transaction: case events and corrections of one
   * case run one at a time, so two cannot both find it open.
   */
  public Optional<RegisteredCase> lock(String caseId) {
    return first(jdbc.query("SELECT " + COLUMNS + " FROM case_registry WHERE case_id = ? "
        + "FOR UPDATE", ROW, caseId));
  }

  public Optional<RegisteredCase> find(String caseId) {
    return first(jdbc.query("SELECT " + COLUMNS + " FROM case_registry WHERE case_id = ?", ROW,
        caseId));
  }

  /**
   * Opens the registry entry of a case handed over from {@code previousCaseId} to {@code
   * toDistrict}: the same court file and household keys (a later bailiff notice there joins it),
   * origin {@code transfer}. The court file stays claimed by the first case ({@code court_notice}).
   *
   * @return the new case id
   */
  String registerTransfer(String previousCaseId, String toDistrict, LocalDate today) {
    lockDistrict(toDistrict);
    String caseId = nextCaseId(toDistrict, today);
    int rows = jdbc.update("INSERT INTO case_registry (case_id, district, origin, court_key, "
            + "file_key, household_key, status, opened_at, previous_case_id) SELECT ?, ?, ?, "
            + "court_key, file_key, household_key, ?, ?, case_id FROM case_registry "
            + "WHERE case_id = ?",
        caseId, toDistrict, ORIGIN_TRANSFER, STATUS_OPEN, now(), previousCaseId);
    if (rows != 1) {
      throw new IllegalStateException("Fall " + previousCaseId + " nicht im Register");
    }
    return caseId;
  }

  /**
   * The case that took over {@code caseId} in {@code district} (following the transfers), for a
   * duplicate notice entered there: it names the case the district can open, not the first
   * district's.
   */
  public Optional<String> handedOverTo(String caseId, String district) {
    String current = caseId;
    for (int hops = 0; hops < 20; hops++) {
      List<RegisteredCase> next = jdbc.query("SELECT " + COLUMNS + " FROM case_registry "
          + "WHERE previous_case_id = ? ORDER BY opened_at", ROW, current);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      if (next.get(0).district().equals(district)) {
        return Optional.of(next.get(0).caseId());
      }
      current = next.get(0).caseId();
    }
    return Optional.empty();
  }

  /**
   * A case entered in error: its court file and bailiff references are free to be entered again,
   * and it is closed.
   */
  public void releaseKeys(String caseId) {
    jdbc.update("DELETE FROM court_notice WHERE case_id = ?", caseId);
    jdbc.update("DELETE FROM bailiff_notice WHERE case_id = ?", caseId);
    markClosed(caseId);
  }

  /** The case opened by the court notice with this court and court file number, open or closed. */
  public Optional<String> caseIdOfCourtFile(String courtKey, String fileKey) {
    return first(jdbc.queryForList(
        "SELECT case_id FROM court_notice WHERE court_key = ? AND file_key = ?", String.class,
        courtKey, fileKey));
  }

  /** The case of the district's bailiff notice with this reference, open or closed. */
  public Optional<String> caseIdOfBailiffNotice(String district, String referenceKey) {
    return first(jdbc.queryForList(
        "SELECT case_id FROM bailiff_notice WHERE district = ? AND reference_key = ?", String.class,
        district, referenceKey));
  }

  /**
   * Locks the district's case counter row until the end of the transaction: intake in one district
   * runs one notice at a time, so two notices of one household cannot both open a case.
   */
  void lockDistrict(String district) {
    List<Integer> rows = jdbc.queryForList(
        "SELECT last_number FROM case_number_counter WHERE district = ? FOR UPDATE", Integer.class,
        district);
    if (rows.isEmpty()) {
      throw new IllegalStateException("Kein Fallnummernzähler für Bezirk " + district);
    }
  }

  /**
   * The next case id of the district in the year of {@code today}, numbered per district and year;
   * call after {@link #lockDistrict}, whose row lock makes the read-then-write below safe.
   */
  String nextCaseId(String district, LocalDate today) {
    int year = today.getYear();
    List<Integer> last = jdbc.queryForList("SELECT last_number FROM case_number_sequence "
        + "WHERE district = ? AND counter_year = ?", Integer.class, district, year);
    int number = last.isEmpty() ? 1 : last.get(0) + 1;
    if (last.isEmpty()) {
      jdbc.update("INSERT INTO case_number_sequence (district, counter_year, last_number) "
          + "VALUES (?, ?, ?)", district, year, number);
    } else {
      jdbc.update("UPDATE case_number_sequence SET last_number = ? WHERE district = ? "
          + "AND counter_year = ?", number, district, year);
    }
    return CaseIds.format(district, year, number);
  }

  void register(NewCase newCase) {
    jdbc.update("INSERT INTO case_registry (case_id, district, origin, court_key, file_key, "
            + "household_key, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        newCase.caseId(), newCase.district(), newCase.origin(), newCase.courtKey(),
        newCase.fileKey(), newCase.householdKey(), STATUS_OPEN, now());
  }

  /** Claims the court file for the case; a second claim fails with {@link DuplicateKeyException}. */
  void claimCourtFile(String courtKey, String fileKey, String caseId) {
    jdbc.update("INSERT INTO court_notice (court_key, file_key, case_id) VALUES (?, ?, ?)",
        courtKey, fileKey, caseId);
  }

  /**
   * Claims the district's bailiff reference for the case the notice joins or opens; a second claim
   * fails with {@link DuplicateKeyException} (table {@code bailiff_notice}, V21).
   */
  void claimBailiffNotice(String district, String referenceKey, String caseId) {
    jdbc.update("INSERT INTO bailiff_notice (district, reference_key, case_id) VALUES (?, ?, ?)",
        district, referenceKey, caseId);
  }

  void attachProcessInstance(String caseId, String processInstanceId) {
    jdbc.update("UPDATE case_registry SET process_instance_id = ? WHERE case_id = ?",
        processInstanceId, caseId);
  }

  /** The open case of the district with this court file (oldest first), whatever opened it. */
  Optional<RegisteredCase> findOpenByCourtFile(String district, String courtKey, String fileKey) {
    return first(jdbc.query("SELECT " + COLUMNS + " FROM case_registry WHERE district = ? "
            + "AND status = ? AND court_key = ? AND file_key = ? ORDER BY opened_at, case_id", ROW,
        district, STATUS_OPEN, courtKey, fileKey));
  }

  /**
   * The open case of the district for this household; with a known court file only a case without
   * a court file or with the same one (a different court file is a different tenancy).
   */
  Optional<RegisteredCase> findOpenByHousehold(String district, String householdKey,
      String courtKey, String fileKey) {
    if (fileKey == null) {
      return first(jdbc.query("SELECT " + COLUMNS + " FROM case_registry WHERE district = ? "
              + "AND status = ? AND household_key = ? ORDER BY opened_at, case_id", ROW,
          district, STATUS_OPEN, householdKey));
    }
    return first(jdbc.query("SELECT " + COLUMNS + " FROM case_registry WHERE district = ? "
            + "AND status = ? AND household_key = ? AND (file_key IS NULL "
            + "OR (court_key = ? AND file_key = ?)) ORDER BY opened_at, case_id", ROW,
        district, STATUS_OPEN, householdKey, courtKey, fileKey));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }
}

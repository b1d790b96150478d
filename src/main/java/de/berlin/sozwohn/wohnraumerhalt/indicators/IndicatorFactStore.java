package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.AccessStandards;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ContactSource;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.EvictionNoticeFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.HomeVisit;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.StaffSurvey;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The indicator fact tables of {@code db/migration/V10__indicator_facts.sql}. Writes run in the
 * caller's transaction – for the history event handler that is the engine's, so facts and history
 * are stored together or not at all. No personal data goes in (see the migration).
 */
@Repository
public class IndicatorFactStore {

  public static final String ORIGIN_COURT = "court";
  public static final String ORIGIN_BAILIFF = "bailiff";
  /** Opened by a transfer from another district: no court notice was received here (1.1). */
  public static final String ORIGIN_TRANSFER = "transfer";

  private final JdbcTemplate jdbc;
  private final List<CaseOutcomeListener> outcomeListeners;

  public IndicatorFactStore(JdbcTemplate jdbc, List<CaseOutcomeListener> outcomeListeners) {
    this.jdbc = jdbc;
    this.outcomeListeners = List.copyOf(outcomeListeners);
  }

  // ------------------------------------------------------------------ cases

  /** Records a new case once; a second call for the same key changes nothing. */
  public void openCase(String caseKey, String district, String origin, LocalDate courtReceivedOn,
      Instant openedAt) {
    jdbc.update("INSERT INTO kpi_case_fact (case_key, district, origin, court_received_on, "
            + "opened_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM kpi_case_fact WHERE case_key = ?)",
        caseKey, district, origin, courtReceivedOn, Timestamp.from(openedAt), caseKey);
  }

  public boolean hasCase(String caseKey) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM kpi_case_fact WHERE case_key = ?",
        Integer.class, caseKey);
    return count != null && count > 0;
  }

  public void letterSent(String caseKey, LocalDate sentOn, LocalDate appointmentOn) {
    jdbc.update("UPDATE kpi_case_fact SET letter_sent_on = ?, appointment_on = ? WHERE case_key = ?",
        sentOn, appointmentOn, caseKey);
  }

  /** Keeps the earliest contact: a later one (or one dated later) does not replace it. */
  public void contact(String caseKey, LocalDate on, ContactSource source) {
    if (source == ContactSource.RECORDED) {
      jdbc.update("UPDATE kpi_case_fact SET recorded_contact_on = ? WHERE case_key = ?", on,
          caseKey);
    }
    jdbc.update("UPDATE kpi_case_fact SET first_contact_on = ?, first_contact_source = ? "
            + "WHERE case_key = ? AND (first_contact_on IS NULL OR first_contact_on > ?)",
        on, code(source), caseKey, on);
  }

  // ------------------------------------------------------------------ case events, corrections

  /** A case event ended the outreach on that day (the earliest such day is kept). */
  public void outreachEnded(String caseKey, LocalDate on, String byEvent) {
    jdbc.update("UPDATE kpi_case_fact SET outreach_ended_on = ?, outreach_ended_by = ? "
            + "WHERE case_key = ? AND (outreach_ended_on IS NULL OR outreach_ended_on > ?)",
        on, byEvent, caseKey, on);
  }

  /** The case was entered in error: it leaves every indicator (the only way a case does). */
  public void enteredInError(String caseKey) {
    jdbc.update("UPDATE kpi_case_fact SET withdrawn = TRUE WHERE case_key = ?", caseKey);
  }

  /** A correction of the court notice's receipt. */
  public void courtReceivedOn(String caseKey, LocalDate on) {
    jdbc.update("UPDATE kpi_case_fact SET court_received_on = ? WHERE case_key = ? "
        + "AND court_received_on IS NOT NULL", on, caseKey);
  }

  /** A correction of the letter's dispatch (the appointment stays). */
  public void letterSentOn(String caseKey, LocalDate on) {
    jdbc.update("UPDATE kpi_case_fact SET letter_sent_on = ? WHERE case_key = ?", on, caseKey);
  }

  /** A correction of the recorded contact; the case's first contact follows. */
  public void recordedContactOn(String caseKey, LocalDate on) {
    jdbc.update("UPDATE kpi_case_fact SET recorded_contact_on = ? WHERE case_key = ?", on,
        caseKey);
    recomputeFirstContact(caseKey);
  }

  /** A correction of a visit's day; the case's first contact follows. */
  public void visitedOn(String caseKey, int number, LocalDate on) {
    jdbc.update("UPDATE kpi_visit_fact SET visited_on = ? WHERE case_key = ? AND visit_no = ?",
        on, caseKey, number);
    recomputeFirstContact(caseKey);
  }

  /** The first contact: the earlier of the recorded contact and the first visit with contact. */
  private void recomputeFirstContact(String caseKey) {
    List<LocalDate> visits = jdbc.queryForList("SELECT visited_on FROM kpi_visit_fact "
            + "WHERE case_key = ? AND contact_made = TRUE ORDER BY visited_on", LocalDate.class,
        caseKey);
    List<LocalDate> recorded = jdbc.queryForList("SELECT recorded_contact_on FROM kpi_case_fact "
        + "WHERE case_key = ? AND recorded_contact_on IS NOT NULL", LocalDate.class, caseKey);
    LocalDate visit = visits.isEmpty() ? null : visits.get(0);
    LocalDate contact = recorded.isEmpty() ? null : recorded.get(0);
    if (contact == null && visit == null) {
      return;
    }
    boolean byVisit = contact == null || visit != null && visit.isBefore(contact);
    jdbc.update("UPDATE kpi_case_fact SET first_contact_on = ?, first_contact_source = ? "
            + "WHERE case_key = ?", byVisit ? visit : contact,
        code(byVisit ? ContactSource.VISIT : ContactSource.RECORDED), caseKey);
  }

  /** The eviction was called off on that day (case event): it leaves 1.4. */
  public void evictionCalledOff(String noticeKey, LocalDate on) {
    jdbc.update("UPDATE kpi_eviction_fact SET called_off_on = ? WHERE notice_key = ? "
        + "AND called_off_on IS NULL", on, noticeKey);
  }

  /** The eviction was postponed: 1.4 counts it by its new date. */
  public void evictionMoved(String noticeKey, LocalDateTime evictionAt) {
    jdbc.update("UPDATE kpi_eviction_fact SET eviction_at = ? WHERE notice_key = ?", evictionAt,
        noticeKey);
  }

  /**
   * What the facts know of a bailiff notice: its eviction date and whether it was called off or
   * its eviction recorded ({@code AttendEviction}).
   */
  public record NoticeStatus(LocalDate receivedOn, LocalDateTime evictionAt,
      LocalDate evictionLetterSentOn, boolean calledOff, boolean recorded) {}

  public java.util.Optional<NoticeStatus> noticeStatus(String noticeKey) {
    return jdbc.query("SELECT * FROM kpi_eviction_fact WHERE notice_key = ?",
        (rs, i) -> new NoticeStatus(rs.getObject("received_on", LocalDate.class),
            rs.getObject("eviction_at", LocalDateTime.class),
            rs.getObject("eviction_letter_sent_on", LocalDate.class),
            rs.getObject("called_off_on") != null
                || Boolean.FALSE.equals(rs.getObject("eviction_carried_out", Boolean.class)),
            rs.getObject("eviction_attended") != null), noticeKey).stream().findFirst();
  }

  /** The day of a home visit (1 or 2), when it was made. */
  public java.util.Optional<LocalDate> visitOn(String caseKey, int number) {
    return jdbc.queryForList("SELECT visited_on FROM kpi_visit_fact WHERE case_key = ? "
        + "AND visit_no = ?", LocalDate.class, caseKey, number).stream().findFirst();
  }

  /** A correction of the bailiff notice's receipt. */
  public void noticeReceivedOn(String noticeKey, LocalDate on) {
    jdbc.update("UPDATE kpi_eviction_fact SET received_on = ? WHERE notice_key = ?", on,
        noticeKey);
  }

  public void visit(String caseKey, int number, LocalDate visitedOn, Integer staffCount,
      boolean contactMade) {
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key = ? AND visit_no = ?", caseKey, number);
    jdbc.update("INSERT INTO kpi_visit_fact (case_key, visit_no, visited_on, staff_count, "
        + "contact_made) VALUES (?, ?, ?, ?, ?)", caseKey, number, visitedOn, staffCount, contactMade);
  }

  /** The case was closed with that outcome; the {@link CaseOutcomeListener}s are told. */
  public void closed(String caseKey, LocalDate closedOn, String outcome) {
    jdbc.update("UPDATE kpi_case_fact SET closed_on = ?, outcome = ? WHERE case_key = ?",
        closedOn, outcome, caseKey);
    outcomeListeners.forEach(listener -> listener.caseClosed(caseKey, outcome));
  }

  /**
   * The rent debt taken over, recorded with the counselling on that day ({@code Counselling},
   * V29); a later counselling of the same case replaces it. A null amount clears it.
   */
  public void rentDebtTakenOver(String caseKey, LocalDate on, java.math.BigDecimal amount) {
    jdbc.update("UPDATE kpi_case_fact SET rent_debt_taken_over = ?, rent_debt_taken_over_on = ? "
        + "WHERE case_key = ?", amount, amount == null ? null : on, caseKey);
  }

  public void followedUp(String caseKey, LocalDate on, Boolean stillHoused) {
    jdbc.update("UPDATE kpi_case_fact SET follow_up_on = ?, still_housed = ? WHERE case_key = ?",
        on, stillHoused, caseKey);
  }


  // ------------------------------------------------------------------ bailiff notices

  /** Records a new bailiff notice once. */
  public void noticeReceived(String noticeKey, String caseKey, String district,
      LocalDate receivedOn, LocalDateTime evictionAt) {
    jdbc.update("INSERT INTO kpi_eviction_fact (notice_key, case_key, district, received_on, "
            + "eviction_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM kpi_eviction_fact WHERE notice_key = ?)",
        noticeKey, caseKey, district, receivedOn, evictionAt, noticeKey);
  }

  public void evictionLetterSent(String noticeKey, LocalDate sentOn) {
    jdbc.update("UPDATE kpi_eviction_fact SET eviction_letter_sent_on = ? WHERE notice_key = ?",
        sentOn, noticeKey);
  }

  public void attendanceDecided(String noticeKey, Boolean attend) {
    jdbc.update("UPDATE kpi_eviction_fact SET attend_eviction = ? WHERE notice_key = ?", attend,
        noticeKey);
  }

  public void evictionRecorded(String noticeKey, Boolean attended, Integer staffCount,
      Boolean carriedOut) {
    jdbc.update("UPDATE kpi_eviction_fact SET eviction_attended = ?, eviction_staff_count = ?, "
        + "eviction_carried_out = ? WHERE notice_key = ?", attended, staffCount, carriedOut,
        noticeKey);
  }

  // ------------------------------------------------------------------ self-reports, surveys

  /** Stores the district's self-report of that year, replacing an earlier one. */
  public void saveSelfReport(AccessStandards report) {
    jdbc.update("DELETE FROM kpi_self_report WHERE district = ? AND report_year = ?",
        report.district(), report.year());
    jdbc.update("INSERT INTO kpi_self_report (district, report_year, shared_mail_address, "
            + "shared_phone_number, open_consultation, open_consultation_tue_thu, "
            + "phone_consultation_hours, uniform_flyer, reported_on) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.district(), report.year(), report.sharedMailAddress(), report.sharedPhoneNumber(),
        report.openConsultation(), report.openConsultationTueThu(),
        report.phoneConsultationHours(), report.uniformFlyer(), report.reportedOn());
  }

  public List<AccessStandards> selfReports() {
    return jdbc.query("SELECT * FROM kpi_self_report ORDER BY district, report_year",
        (rs, i) -> new AccessStandards(rs.getString("district"), rs.getInt("report_year"),
            rs.getBoolean("shared_mail_address"), rs.getBoolean("shared_phone_number"),
            rs.getBoolean("open_consultation"), rs.getBoolean("open_consultation_tue_thu"),
            rs.getBoolean("phone_consultation_hours"), rs.getBoolean("uniform_flyer"),
            rs.getObject("reported_on", LocalDate.class)));
  }

  /** Stores the survey result of that district and year, replacing an earlier one. */
  public void saveStaffSurvey(StaffSurvey survey, String enteredBy, Instant enteredAt) {
    jdbc.update("DELETE FROM kpi_staff_survey WHERE district = ? AND survey_year = ?",
        survey.district(), survey.year());
    jdbc.update("INSERT INTO kpi_staff_survey (district, survey_year, satisfaction, entered_by, "
            + "entered_at) VALUES (?, ?, ?, ?, ?)", survey.district(), survey.year(),
        survey.satisfaction(), enteredBy, Timestamp.from(enteredAt));
  }

  public List<StaffSurvey> staffSurveys() {
    return jdbc.query("SELECT district, survey_year, satisfaction FROM kpi_staff_survey "
            + "ORDER BY district, survey_year",
        (rs, i) -> new StaffSurvey(rs.getString("district"), rs.getInt("survey_year"),
            rs.getBigDecimal("satisfaction")));
  }

  // ------------------------------------------------------------------ reading for reports

  /**
   * Everything a report of the period needs: cases whose court notice arrived or whose letter was
   * sent in it, bailiff notices received in it or with the eviction in it, and all self-reports
   * and surveys. Cases entered in error are left out (column {@code withdrawn}).
   *
   * @param districts only these districts; empty for all
   */
  public KpiFacts factsFor(Period period, Collection<String> districts) {
    return new KpiFacts(cases(period, districts), notices(period, districts), selfReports(),
        staffSurveys());
  }

  public List<CaseFacts> cases(Period period, Collection<String> districts) {
    String where = " WHERE c.withdrawn = FALSE AND ((c.court_received_on BETWEEN ? AND ?) "
        + "OR (c.letter_sent_on BETWEEN ? AND ?))" + districtFilter("c", districts);
    List<Object> args = new ArrayList<>(List.of(period.from(), period.to(), period.from(),
        period.to()));
    args.addAll(districts);

    Map<String, List<HomeVisit>> visits = new HashMap<>();
    jdbc.query("SELECT v.case_key, v.visit_no, v.visited_on, v.staff_count, v.contact_made "
        + "FROM kpi_visit_fact v JOIN kpi_case_fact c ON c.case_key = v.case_key" + where,
        rs -> {
          visits.computeIfAbsent(rs.getString("case_key"), k -> new ArrayList<>())
              .add(homeVisit(rs));
        }, args.toArray());
    return jdbc.query("SELECT c.* FROM kpi_case_fact c" + where,
        (rs, i) -> caseFacts(rs, visits.getOrDefault(rs.getString("case_key"), List.of())),
        args.toArray());
  }

  public List<EvictionNoticeFacts> notices(Period period, Collection<String> districts) {
    List<Object> args = new ArrayList<>(List.of(period.from(), period.to(),
        period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay()));
    args.addAll(districts);
    return jdbc.query(SELECT_NOTICES
            + " WHERE c.withdrawn = FALSE AND ((e.received_on BETWEEN ? AND ?) "
            + "OR (e.eviction_at >= ? AND e.eviction_at < ?))" + districtFilter("e", districts),
        (rs, i) -> noticeFacts(rs), args.toArray());
  }

  /**
   * The dates of the cases that have a throughput span ending in the period
   * ({@link ThroughputFigures}): letter sent, first home visit made or case closed in it. Cases
   * entered in error are left out (column {@code withdrawn}), as for the indicators. The first
   * visit is given only where it lies in the period – the only place it counts.
   *
   * <p>Two passes without a subquery per case (100,000 cases must take well under a second): the
   * cases with their letter or closure in the period, then the cases whose first visit lies in the
   * period (each case's first visit grouped once – a correlated {@code NOT EXISTS} per visit took
   * several times as long on H2).
   *
   * @param districts only these districts; empty for all
   * @param zone the zone of the opening day ({@code opened_at} is an instant)
   */
  public List<ThroughputFigures.CaseDates> throughputCases(Period period,
      Collection<String> districts, ZoneId zone) {
    Map<String, ThroughputFigures.CaseDates> cases = new LinkedHashMap<>();
    List<Object> args = new ArrayList<>(List.of(period.from(), period.to(), period.from(),
        period.to()));
    args.addAll(districts);
    jdbc.query("SELECT " + CASE_DATES + " FROM kpi_case_fact c WHERE c.withdrawn = FALSE AND "
            + "((c.letter_sent_on BETWEEN ? AND ?) OR (c.closed_on BETWEEN ? AND ?))"
            + districtFilter("c", districts),
        rs -> {
          ThroughputFigures.CaseDates dates = caseDates(rs, zone, null);
          cases.put(dates.caseKey(), dates);
        }, args.toArray());
    List<Object> visitArgs = new ArrayList<>(List.of(period.from(), period.to()));
    visitArgs.addAll(districts);
    jdbc.query("SELECT " + CASE_DATES + ", v.first_visit_on FROM (SELECT case_key, "
            + "MIN(visited_on) AS first_visit_on FROM kpi_visit_fact GROUP BY case_key) v "
            + "JOIN kpi_case_fact c ON c.case_key = v.case_key "
            + "WHERE v.first_visit_on BETWEEN ? AND ? AND c.withdrawn = FALSE"
            + districtFilter("c", districts),
        rs -> {
          ThroughputFigures.CaseDates dates = caseDates(rs, zone,
              rs.getObject("first_visit_on", LocalDate.class));
          // the case may have its letter or closure in the period too: then with its first visit
          cases.put(dates.caseKey(), dates);
        }, visitArgs.toArray());
    return List.copyOf(cases.values());
  }

  private static final String CASE_DATES = "c.case_key, c.district, c.court_received_on, "
      + "c.opened_at, c.letter_sent_on, c.closed_on";

  private static ThroughputFigures.CaseDates caseDates(ResultSet rs, ZoneId zone,
      LocalDate firstVisitOn) throws SQLException {
    return new ThroughputFigures.CaseDates(rs.getString("case_key"), rs.getString("district"),
        rs.getObject("court_received_on", LocalDate.class),
        rs.getTimestamp("opened_at").toInstant().atZone(zone).toLocalDate(),
        rs.getObject("letter_sent_on", LocalDate.class), firstVisitOn,
        rs.getObject("closed_on", LocalDate.class));
  }

  /**
   * Bailiff notices with their case's first contact; the row mapping is {@link #noticeFacts}. Also
   * read by the tests' {@code IndicatorFactReader}.
   */
  static final String SELECT_NOTICES = "SELECT e.*, c.first_contact_on AS case_first_contact_on, "
      + "c.closed_on AS case_closed_on "
      + "FROM kpi_eviction_fact e JOIN kpi_case_fact c ON c.case_key = e.case_key";

  static HomeVisit homeVisit(ResultSet rs) throws SQLException {
    return new HomeVisit(rs.getInt("visit_no"), rs.getObject("visited_on", LocalDate.class),
        rs.getObject("staff_count", Integer.class), rs.getBoolean("contact_made"));
  }

  static EvictionNoticeFacts noticeFacts(ResultSet rs) throws SQLException {
    return new EvictionNoticeFacts(rs.getString("notice_key"), rs.getString("case_key"),
        rs.getString("district"), rs.getObject("received_on", LocalDate.class),
        rs.getObject("eviction_at", LocalDateTime.class),
        rs.getObject("eviction_letter_sent_on", LocalDate.class),
        rs.getObject("attend_eviction", Boolean.class),
        rs.getObject("eviction_attended", Boolean.class),
        rs.getObject("eviction_staff_count", Integer.class),
        rs.getObject("eviction_carried_out", Boolean.class),
        rs.getObject("case_first_contact_on", LocalDate.class),
        rs.getObject("called_off_on", LocalDate.class),
        rs.getObject("case_closed_on", LocalDate.class));
  }

  static CaseFacts caseFacts(ResultSet rs, List<HomeVisit> visits) throws SQLException {
    String source = rs.getString("first_contact_source");
    return new CaseFacts(rs.getString("case_key"), rs.getString("district"),
        rs.getObject("court_received_on", LocalDate.class),
        rs.getObject("letter_sent_on", LocalDate.class),
        rs.getObject("appointment_on", LocalDate.class),
        rs.getObject("first_contact_on", LocalDate.class),
        source == null ? null : ContactSource.valueOf(source.toUpperCase(Locale.ROOT)),
        visits,
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("outcome"),
        rs.getObject("follow_up_on", LocalDate.class),
        rs.getObject("still_housed", Boolean.class),
        rs.getObject("outreach_ended_on", LocalDate.class));
  }

  private static String districtFilter(String alias, Collection<String> districts) {
    if (districts.isEmpty()) {
      return "";
    }
    return " AND " + alias + ".district IN ("
        + String.join(", ", Collections.nCopies(districts.size(), "?")) + ")";
  }

  private static String code(ContactSource source) {
    return source.name().toLowerCase(Locale.ROOT);
  }
}

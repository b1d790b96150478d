package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Status;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The half-year reports (tables of {@code db/migration/V25__half_year_reports.sql}): per district
 * and period whether it was requested, reminded and submitted, and the values as submitted. Runs
 * in the caller's Spring transaction, which the engine shares: a row and the engine state that
 * goes with it (the started instance, the completed task) are stored together or not at all.
 */
@Repository
public class ReportStore {

  public static final String REQUESTED = "requested";
  public static final String SUBMITTED = "submitted";

  /**
   * One district's report for a period.
   *
   * @param status {@link #REQUESTED} or {@link #SUBMITTED}
   * @param dueOn the day the team lead should have approved by (10th working day)
   * @param remindedAt when the one reminder went out; null before
   * @param submittedAt when the team lead approved; null before
   * @param processInstanceId the district's instance of {@code halbjahresbericht}; null only while
   *     it is being started
   */
  public record Submission(String periodCode, String district, String status,
      LocalDate requestedOn, LocalDate dueOn, Instant remindedAt, Instant submittedAt,
      String processInstanceId) {

    public boolean isSubmitted() {
      return SUBMITTED.equals(status);
    }

    /**
     * As the reports API shows it: {@code submitted}, {@code reminded} (waiting, reminder sent) or
     * {@code requested}. ({@code not-requested} has no row.)
     */
    public String state() {
      if (isSubmitted()) {
        return SUBMITTED;
      }
      return remindedAt != null ? "reminded" : REQUESTED;
    }
  }

  /** One value as submitted, with the team lead's comment (null when none). */
  public record Frozen(IndicatorValue value, String comment) {

    public Frozen {
      Objects.requireNonNull(value, "value");
    }
  }

  private static final String SUBMISSION_COLUMNS = "period_code, district, status, requested_on, "
      + "due_on, reminded_at, submitted_at, process_instance_id";
  private static final RowMapper<Submission> SUBMISSION = (rs, i) -> new Submission(
      rs.getString("period_code"), rs.getString("district"), rs.getString("status"),
      rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
      instant(rs.getTimestamp("reminded_at")), instant(rs.getTimestamp("submitted_at")),
      rs.getString("process_instance_id"));
  private static final Comparator<String> DISTRICT_ORDER =
      Comparator.comparingInt(d -> Districts.IDS.indexOf(d) < 0 ? Integer.MAX_VALUE
          : Districts.IDS.indexOf(d));
  private static final int IN_CHUNK = 500;

  private final JdbcTemplate jdbc;

  public ReportStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that the district's report for the period is requested, unless a row exists.
   *
   * @return false when the district already has a report for the period (requested or submitted)
   * @throws org.springframework.dao.DuplicateKeyException another transaction inserted the same
   *     row at the same moment
   */
  public boolean insertRequested(ReportPeriod period, String district, LocalDate requestedOn,
      LocalDate dueOn) {
    // INSERT … WHERE NOT EXISTS rather than catching the duplicate: a failed statement would
    // poison the caller's PostgreSQL transaction (the engine's, when the timer asks)
    return jdbc.update("INSERT INTO report_submission (period_code, district, period_from, "
            + "period_to, status, requested_on, due_on) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM report_submission WHERE period_code = ? AND district = ?)",
        period.code(), district, period.from(), period.to(), REQUESTED, requestedOn, dueOn,
        period.code(), district) == 1;
  }

  /** The district's instance of {@code halbjahresbericht} for the report. */
  public void attachInstance(String periodCode, String district, String processInstanceId) {
    jdbc.update("UPDATE report_submission SET process_instance_id = ? WHERE period_code = ? "
        + "AND district = ?", processInstanceId, periodCode, district);
  }

  /**
   * Marks the reminder as sent – only while the report is still waiting and not yet reminded.
   *
   * @return true when this call marked it (send the mail), false otherwise (do not)
   */
  public boolean markReminded(String periodCode, String district, Instant at) {
    return jdbc.update("UPDATE report_submission SET reminded_at = ? WHERE period_code = ? "
        + "AND district = ? AND status = ? AND reminded_at IS NULL", Timestamp.from(at),
        periodCode, district, REQUESTED) == 1;
  }

  /**
   * Submits the report: the row becomes {@code submitted} and the values are frozen.
   *
   * @param by the approving staff user id (audit only), may be null
   * @param values by standard id ({@code "1.1"} … {@code "2"})
   * @throws IllegalStateException the report is not waiting (not requested, or already submitted)
   */
  public void submit(String periodCode, String district, Instant at, String by,
      Map<String, Frozen> values) {
    int rows = jdbc.update("UPDATE report_submission SET status = ?, submitted_at = ?, "
            + "submitted_by = ? WHERE period_code = ? AND district = ? AND status = ?",
        SUBMITTED, Timestamp.from(at), by, periodCode, district, REQUESTED);
    if (rows != 1) {
      throw new IllegalStateException("Der Bericht " + periodCode + " für " + district
          + " wartet nicht auf die Freigabe (nicht angefordert oder schon abgegeben).");
    }
    values.forEach((indicator, frozen) -> {
      IndicatorValue v = frozen.value();
      jdbc.update("INSERT INTO report_value (period_code, district, indicator, numerator, "
              + "denominator, percent, target, target_status, minimum, minimum_status, status, "
              + "pending, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          periodCode, district, indicator,
          v.numerator() == null ? null : new BigDecimal(v.numerator().toString()),
          v.denominator(), v.percent(), v.target(), v.targetStatus().code(), v.minimum(),
          v.minimumStatus().code(), v.status() == null ? null : v.status().code(), v.pending(),
          frozen.comment());
    });
  }

  public Optional<Submission> submission(String periodCode, String district) {
    return jdbc.query("SELECT " + SUBMISSION_COLUMNS + " FROM report_submission "
        + "WHERE period_code = ? AND district = ?", SUBMISSION, periodCode, district)
        .stream().findFirst();
  }

  /** Every district's report for the period that was requested, in the order of {@link Districts#IDS}. */
  public List<Submission> submissions(String periodCode) {
    List<Submission> all = new ArrayList<>(jdbc.query("SELECT " + SUBMISSION_COLUMNS
        + " FROM report_submission WHERE period_code = ?", SUBMISSION, periodCode));
    all.sort(Comparator.comparing(Submission::district, DISTRICT_ORDER));
    return all;
  }

  /**
   * The submitted values of the period: district → standard id → value, districts in the order
   * of {@link Districts#IDS}, standards in the order of {@link Standard}. Districts that have not
   * submitted are absent.
   */
  public Map<String, Map<String, Frozen>> frozen(String periodCode) {
    Map<String, Map<String, Frozen>> byDistrict = new HashMap<>();
    jdbc.query("SELECT district, indicator, numerator, denominator, percent, target, "
        + "target_status, minimum, minimum_status, status, pending, comment FROM report_value "
        + "WHERE period_code = ?", rs -> {
          byDistrict.computeIfAbsent(rs.getString("district"), d -> new HashMap<>())
              .put(rs.getString("indicator"), frozenValue(rs));
        }, periodCode);
    Map<String, Map<String, Frozen>> ordered = new LinkedHashMap<>();
    byDistrict.keySet().stream().sorted(DISTRICT_ORDER).forEach(district -> {
      Map<String, Frozen> values = byDistrict.get(district);
      Map<String, Frozen> inOrder = new LinkedHashMap<>();
      for (Standard standard : Standard.values()) {
        if (values.containsKey(standard.id())) {
          inOrder.put(standard.id(), values.get(standard.id()));
        }
      }
      ordered.put(district, inOrder);
    });
    return ordered;
  }

  /**
   * The case numbers ({@code MI-2026-00042}) of the cases with these process instance ids, as far
   * as the case registry knows them (a case not filed through the intake has none).
   *
   * @return process instance id → case id
   */
  public Map<String, String> caseIdsOf(Collection<String> processInstanceIds) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(processInstanceIds));
    Map<String, String> caseIds = new HashMap<>();
    for (int start = 0; start < ids.size(); start += IN_CHUNK) {
      List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      jdbc.query("SELECT case_id, process_instance_id FROM case_registry "
              + "WHERE process_instance_id IN (" + marks + ")",
          rs -> {
            caseIds.put(rs.getString("process_instance_id"), rs.getString("case_id"));
          }, chunk.toArray());
    }
    return caseIds;
  }

  private static Frozen frozenValue(ResultSet rs) throws SQLException {
    String indicator = rs.getString("indicator");
    BigDecimal numerator = rs.getBigDecimal("numerator");
    IndicatorValue value = new IndicatorValue(
        numerator(indicator, numerator),
        rs.getObject("denominator", Integer.class),
        rs.getBigDecimal("percent"),
        rs.getObject("target", Integer.class),
        TargetStatus.ofCode(rs.getString("target_status")),
        rs.getObject("minimum", Integer.class),
        TargetStatus.ofCode(rs.getString("minimum_status")),
        status(rs.getString("status")),
        rs.getInt("pending"));
    return new Frozen(value, rs.getString("comment"));
  }

  /**
   * The numerator as the calculator reports it: a count for 1.1–1.5 (an Integer, so that it reads
   * {@code 41}, not {@code 41.0}), the survey result for 2 (one decimal).
   */
  private static Number numerator(String indicator, BigDecimal stored) {
    if (stored == null) {
      return null;
    }
    if (Standard.STAFF_SATISFACTION.id().equals(indicator)) {
      return stored.setScale(1);
    }
    return stored.intValueExact();
  }

  private static Status status(String code) {
    if (code == null) {
      return null;
    }
    for (Status status : Status.values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalStateException("Unbekannter Status „" + code + "“ in report_value.");
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

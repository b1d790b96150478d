package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read side of the flow facts ({@code db/migration/V26__flow_facts.sql}): plain SQL for H2 and
 * PostgreSQL. Every view of a period lets the database group and count – {@code GROUP BY} over the
 * indexed {@code (process_key, ended_on, district)} range – so that Java sees a few hundred
 * grouped rows, not the million steps of two years (the views must answer within a second for
 * 100,000 cases). Lists of single cases are paged in the database; what a page needs from other
 * tables (case number, outcome) is fetched for that page's keys only.
 *
 * <p>Grouping the raw rows of two years still took seconds, so the overview's step groups and
 * transitions and the escalations read every whole month of the period whose monthly summary is
 * clean ({@code V27__flow_summary.sql}, built by {@link FlowSummaries}) from the summary tables and
 * only the other days – a partial first or last month, the current month, a month not (yet)
 * summarized or marked dirty by a late fact – from the raw rows; the sums are the same as over the
 * raw rows alone.
 *
 * <p>A {@link FlowAccess.Scope} that covers everything adds no district condition (instances
 * without a district included); otherwise {@code district IN (…)}.
 *
 * <p>H2 reads the rows of a secondary-index range one by one through the table's primary map (a
 * B-tree look-up per row): for a period of a year – half of two years' two million steps – that
 * took 2.8 s of CPU against 0.55 s for a plain scan of the whole table (measured with 100,000
 * cases). On H2, the grouped raw queries of a range of {@value #H2_SCAN_DAYS} days or more
 * (periods without summaries) therefore ask for the scan ({@code USE INDEX ()}, H2's syntax); a
 * shorter range keeps the index. PostgreSQL chooses by its statistics and gets plain SQL.
 */
@Repository
public class FlowQueries {

  /** From this many days, H2 scans the table instead of the index (see above). */
  static final int H2_SCAN_DAYS = 60;

  private final JdbcTemplate jdbc;
  private volatile Boolean h2;

  public FlowQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Steps ended in the period with the same activity, type, state and duration, and how many.
   *
   * @param withinDue null for steps without a due date
   */
  public record StepGroup(String activityId, String activityType, boolean canceled,
      Boolean withinDue, int workingDays, long count) {}

  /** Instances ended in the period with the same end event and deletion flag, and how many. */
  public record EndGroup(String endActivityId, boolean deleted, long count) {}

  /** Deadline events of one district on one day. */
  public record EscalationDay(String district, LocalDate endedOn, long count) {}

  /** One row of {@code flow_case}. */
  public record CaseRow(String caseKey, String processKey, String district,
      LocalDateTime startedAt, LocalDate startedOn, LocalDateTime endedAt, LocalDate endedOn,
      String endActivityId, boolean deleted, boolean deadlineMissed, String outcome) {}

  /** One row of {@code flow_step} of a case. */
  public record StepRow(String activityId, String activityType, LocalDateTime startedAt,
      LocalDateTime endedAt, int workingDays, boolean canceled) {}

  /**
   * The filter of the list of ended instances.
   *
   * @param outcome an outcome code, or null for any
   * @param endEvent an end event id, or null for any
   * @param deadlineMissed true/false, or null for any
   */
  public record CaseFilter(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope, String outcome, String endEvent, Boolean deadlineMissed) {}

  // ------------------------------------------------------------------ the diagram overview

  /**
   * Steps ended in the period grouped by activity, type, state and duration: one pass for counts,
   * the duration histograms and the share within the due date alike. Whole clean months come from
   * {@code flow_step_month}, the other days from {@code flow_step} (see {@link #split}).
   */
  public List<StepGroup> stepGroups(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    String columns = "activity_id, activity_type, canceled, within_due, working_days";
    List<Object> args = new ArrayList<>();
    String sql = "SELECT " + columns + ", SUM(n) AS n FROM (" + pieces(
        split(processKey, from, to),
        range -> "SELECT " + columns + ", COUNT(*) AS n FROM "
            + table("flow_step", range.from(), range.to())
            + period("", "ended_on", processKey, range.from(), range.to(), scope, args)
            + " GROUP BY " + columns,
        range -> "SELECT " + columns + ", SUM(n) AS n FROM flow_step_month"
            + period("", "month_start", processKey, range.from(), range.to(), scope, args)
            + " GROUP BY " + columns)
        + ") t GROUP BY " + columns;
    return jdbc.query(sql, (rs, i) -> new StepGroup(rs.getString("activity_id"),
        rs.getString("activity_type"), rs.getBoolean("canceled"), nullableBoolean(rs, "within_due"),
        rs.getInt("working_days"), rs.getLong("n")), args.toArray());
  }

  /** Sequence flows taken in the period: flow id → how often (whole clean months summarized). */
  public Map<String, Long> transitions(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT flow_id, SUM(n) AS n FROM (" + pieces(split(processKey, from, to),
        range -> "SELECT flow_id, COUNT(*) AS n FROM "
            + table("flow_transition", range.from(), range.to())
            + period("", "taken_on", processKey, range.from(), range.to(), scope, args)
            + " GROUP BY flow_id",
        range -> "SELECT flow_id, SUM(n) AS n FROM flow_transition_month"
            + period("", "month_start", processKey, range.from(), range.to(), scope, args)
            + " GROUP BY flow_id")
        + ") t GROUP BY flow_id";
    return counts(sql, "flow_id", args, new HashMap<>());
  }

  /** Instances ended in the period, by end event and deletion (whole clean months summarized). */
  public List<EndGroup> endings(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT end_activity_id, deleted, SUM(n) AS n FROM ("
        + endedCases("end_activity_id, deleted", "", processKey, from, to, scope, args)
        + ") t GROUP BY end_activity_id, deleted";
    return jdbc.query(sql, (rs, i) -> new EndGroup(rs.getString("end_activity_id"),
        rs.getBoolean("deleted"), rs.getLong("n")), args.toArray());
  }

  /**
   * Instances finished (not deleted) in the period by the outcome of their case, as {@code
   * flow_case} carries it: outcome code → how many; cases without an outcome are left out.
   */
  public Map<String, Long> outcomes(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT outcome, SUM(n) AS n FROM (" + endedCases("outcome",
        " AND deleted = FALSE AND outcome IS NOT NULL", processKey, from, to, scope, args)
        + ") t GROUP BY outcome";
    return counts(sql, "outcome", args, new LinkedHashMap<>());
  }

  /**
   * The {@code UNION ALL} of the ended cases of the period grouped by {@code columns} with their
   * count {@code n}: the raw {@code flow_case} rows for the days, {@code flow_case_month} for
   * whole clean months.
   *
   * @param conditions further conditions on columns both tables have ({@code " AND …"}), their
   *     arguments (if any) given as {@code conditionArgs}
   */
  private String endedCases(String columns, String conditions, String processKey,
      LocalDate from, LocalDate to, FlowAccess.Scope scope, List<Object> args,
      Object... conditionArgs) {
    return pieces(split(processKey, from, to),
        range -> {
          String sql = "SELECT " + columns + ", COUNT(*) AS n FROM "
              + table("flow_case", range.from(), range.to())
              + period("", "ended_on", processKey, range.from(), range.to(), scope, args)
              + conditions + " GROUP BY " + columns;
          args.addAll(List.of(conditionArgs));
          return sql;
        },
        range -> {
          String sql = "SELECT " + columns + ", SUM(n) AS n FROM flow_case_month"
              + period("", "month_start", processKey, range.from(), range.to(), scope, args)
              + conditions + " GROUP BY " + columns;
          args.addAll(List.of(conditionArgs));
          return sql;
        });
  }

  /** The rows of a grouped count: the value of {@code key} → its {@code n}, put into {@code into}. */
  private Map<String, Long> counts(String sql, String key, List<Object> args,
      Map<String, Long> into) {
    jdbc.query(sql, rs -> {
      into.put(rs.getString(key), rs.getLong("n"));
    }, args.toArray());
    return into;
  }

  // ------------------------------------------------------------------ bottlenecks

  /**
   * Deadline events ({@code deadline_event = TRUE}) ended in the period, by district and day; a
   * whole clean month comes from its summary as one row dated on the month's first day (the
   * escalations are shown per month). The raw days are read through {@code
   * ix_flow_step_deadline}, which holds the few deadline events of a period together.
   */
  public List<EscalationDay> escalations(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT district, ended_on, SUM(n) AS n FROM (" + pieces(
        split(processKey, from, to),
        range -> "SELECT district, ended_on, COUNT(*) AS n FROM flow_step"
            + (h2() ? " USE INDEX (ix_flow_step_deadline)" : "")
            + period("", "ended_on", processKey, range.from(), range.to(), scope, args)
            + " AND deadline_event = TRUE GROUP BY district, ended_on",
        range -> "SELECT district, month_start AS ended_on, SUM(n) AS n FROM flow_step_month"
            + period("", "month_start", processKey, range.from(), range.to(), scope, args)
            + " AND deadline_event = TRUE GROUP BY district, month_start")
        + ") t GROUP BY district, ended_on";
    return jdbc.query(sql, (rs, i) -> new EscalationDay(rs.getString("district"),
        rs.getObject("ended_on", LocalDate.class), rs.getLong("n")), args.toArray());
  }

  // ------------------------------------------------------------------ ended instances

  /** How many ended instances match the filter (whole clean months summarized). */
  public long countCases(CaseFilter filter) {
    List<Object> args = new ArrayList<>();
    List<Object> conditionArgs = new ArrayList<>();
    String conditions = conditions(filter, conditionArgs);
    Long count = jdbc.queryForObject("SELECT SUM(n) FROM (" + endedCases("process_key",
        conditions, filter.processKey(), filter.from(), filter.to(), filter.scope(), args,
        conditionArgs.toArray()) + ") t", Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** One page of the matching ended instances, ended last first, then by key. */
  public List<CaseRow> cases(CaseFilter filter, long offset, int limit) {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT " + CASE_COLUMNS + " FROM flow_case c" + where(filter, args)
        + " ORDER BY c.ended_on DESC, c.case_key LIMIT ? OFFSET ?";
    args.add(limit);
    args.add(offset);
    return jdbc.query(sql, (rs, i) -> caseRow(rs), args.toArray());
  }

  /** The end events that instances ended in during the period, with how many. */
  public Map<String, Long> endEvents(String processKey, LocalDate from, LocalDate to,
      FlowAccess.Scope scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (EndGroup group : endings(processKey, from, to, scope)) {
      if (group.endActivityId() != null) {
        counts.merge(group.endActivityId(), group.count(), Long::sum);
      }
    }
    return counts;
  }

  /** The case number of each of these process instances that the case registry knows. */
  public Map<String, String> caseIdsOf(Collection<String> processInstanceIds) {
    return keyed("SELECT process_instance_id, case_id FROM case_registry WHERE "
        + "process_instance_id IN ", processInstanceIds, "process_instance_id", "case_id");
  }

  // ------------------------------------------------------------------ one instance

  public Optional<CaseRow> flowCase(String caseKey) {
    return jdbc.query("SELECT " + CASE_COLUMNS + " FROM flow_case c WHERE c.case_key = ?",
        (rs, i) -> caseRow(rs), caseKey).stream().findFirst();
  }

  /** The recorded steps of a case in the order they started. */
  public List<StepRow> steps(String caseKey) {
    return jdbc.query("SELECT activity_id, activity_type, started_at, ended_at, working_days, "
            + "canceled FROM flow_step WHERE case_key = ? ORDER BY started_at, ended_at, step_key",
        (rs, i) -> new StepRow(rs.getString("activity_id"), rs.getString("activity_type"),
            rs.getObject("started_at", LocalDateTime.class),
            rs.getObject("ended_at", LocalDateTime.class), rs.getInt("working_days"),
            rs.getBoolean("canceled")), caseKey);
  }

  // ------------------------------------------------------------------ helpers

  private static final String CASE_COLUMNS = "c.case_key, c.process_key, c.district, "
      + "c.started_at, c.started_on, c.ended_at, c.ended_on, c.end_activity_id, c.deleted, "
      + "c.deadline_missed, c.outcome";

  private static CaseRow caseRow(ResultSet rs) throws SQLException {
    return new CaseRow(rs.getString("case_key"), rs.getString("process_key"),
        rs.getString("district"), rs.getObject("started_at", LocalDateTime.class),
        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_at", LocalDateTime.class),
        rs.getObject("ended_on", LocalDate.class), rs.getString("end_activity_id"),
        rs.getBoolean("deleted"), rs.getBoolean("deadline_missed"), rs.getString("outcome"));
  }

  private static String where(CaseFilter filter, List<Object> args) {
    return period("c.", "ended_on", filter.processKey(), filter.from(), filter.to(),
        filter.scope(), args) + conditions(filter, args);
  }

  /**
   * The filter's conditions besides process, period and districts, on columns that {@code
   * flow_case} and {@code flow_case_month} share (so without alias).
   */
  private static String conditions(CaseFilter filter, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (filter.endEvent() != null) {
      sql.append(" AND end_activity_id = ?");
      args.add(filter.endEvent());
    }
    if (filter.deadlineMissed() != null) {
      sql.append(" AND deadline_missed = ?");
      args.add(filter.deadlineMissed());
    }
    if (filter.outcome() != null) {
      sql.append(" AND outcome = ?");
      args.add(filter.outcome());
    }
    return sql.toString();
  }

  /** A range of days, both ends included; for the summaries a range of months' first days. */
  record Range(LocalDate from, LocalDate to) {}

  /**
   * The period split into what the summaries answer and what the raw rows must: {@code months}
   * are runs of whole months of the period whose summary is clean ({@code flow_month_state.dirty
   * = FALSE}) as ranges of their first days, {@code days} the rest of the period as ranges of days
   * (a partial first or last month, the current month, months without a clean summary).
   */
  record Split(List<Range> days, List<Range> months) {}

  /**
   * Reads the clean months of the period. The summaries are read in a later statement: a month
   * rebuilt or marked dirty in between still answers right – a rebuild replaces its rows in one
   * transaction, and a late fact committed meanwhile is one the view would have missed a moment
   * earlier anyway.
   */
  Split split(String processKey, LocalDate from, LocalDate to) {
    YearMonth firstWhole = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
    YearMonth lastWhole = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
        : YearMonth.from(to).minusMonths(1);
    List<LocalDate> clean = firstWhole.isAfter(lastWhole) ? List.of() : jdbc.queryForList(
        "SELECT month_start FROM flow_month_state WHERE process_key = ? AND dirty = FALSE "
            + "AND month_start >= ? AND month_start <= ? ORDER BY month_start", LocalDate.class,
        processKey, firstWhole.atDay(1), lastWhole.atDay(1));
    List<Range> days = new ArrayList<>();
    List<Range> months = new ArrayList<>();
    LocalDate next = from; // the first day not yet assigned
    for (LocalDate month : clean) {
      if (month.isAfter(next)) {
        days.add(new Range(next, month.minusDays(1)));
      }
      if (!months.isEmpty() && months.get(months.size() - 1).to().plusMonths(1).equals(month)) {
        months.set(months.size() - 1, new Range(months.get(months.size() - 1).from(), month));
      } else {
        months.add(new Range(month, month));
      }
      next = month.plusMonths(1);
    }
    if (!next.isAfter(to)) {
      days.add(new Range(next, to));
    }
    return new Split(days, months);
  }

  /**
   * The {@code UNION ALL} of one grouped select per range: over the raw rows for each range of
   * days, over a summary table for each range of months. One statement, so the parts see one
   * state of the database. Separate selects rather than one with {@code OR}ed ranges: H2 uses an
   * index only for a single range.
   */
  private static String pieces(Split split, Function<Range, String> raw,
      Function<Range, String> summary) {
    List<String> parts = new ArrayList<>();
    split.days().forEach(range -> parts.add(raw.apply(range)));
    split.months().forEach(range -> parts.add(summary.apply(range)));
    return String.join(" UNION ALL ", parts);
  }

  /**
   * The table (with its alias, if any), on H2 for a long period with the hint to scan it (see the
   * class comment).
   */
  private String table(String table, LocalDate from, LocalDate to) {
    return h2() && ChronoUnit.DAYS.between(from, to) >= H2_SCAN_DAYS ? table + " USE INDEX ()"
        : table;
  }

  private boolean h2() {
    Boolean known = h2;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()));
      h2 = known;
    }
    return known;
  }

  /**
   * {@code WHERE process_key = ? AND <date> >= ? AND <date> <= ? [AND district IN (…)]}, its
   * arguments added to {@code args}.
   *
   * @param alias the table's alias with its dot ({@code "c."}), or empty
   */
  private static String period(String alias, String dateColumn, String processKey,
      LocalDate from, LocalDate to, FlowAccess.Scope scope, List<Object> args) {
    args.addAll(List.of(processKey, from, to));
    return " WHERE " + alias + "process_key = ? AND " + alias + dateColumn + " >= ? AND " + alias
        + dateColumn + " <= ?" + districts(alias + "district", scope, args);
  }

  private static String districts(String column, FlowAccess.Scope scope, List<Object> args) {
    if (scope.everything()) {
      return "";
    }
    if (scope.districts().isEmpty()) {
      return " AND 1 = 0";
    }
    args.addAll(scope.districts());
    return " AND " + column + " IN (" + placeholders(scope.districts().size()) + ")";
  }

  private Map<String, String> keyed(String sqlUpToIn, Collection<String> keys, String keyColumn,
      String valueColumn) {
    if (keys.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> values = new HashMap<>();
    jdbc.query(sqlUpToIn + "(" + placeholders(keys.size()) + ")", rs -> {
      // a key that occurs twice keeps its smallest value, whatever order the rows come in
      values.merge(rs.getString(keyColumn), rs.getString(valueColumn),
          (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }, keys.toArray());
    return values;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.EscalationDay;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.Range;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.Split;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.StepGroup;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly summaries ({@link FlowSummaries}) and how {@link FlowQueries} combines them with the
 * raw rows. Each test has a process key of its own ({@code summary-test-<uuid>}), builds only that
 * process and dates its rows in 2025 – months closed by the wall clock – so no other data meet it.
 *
 * <pre>
 * Period 2025-01-15 … 2025-04-10: January and April partial (raw), February and March whole.
 * Steps (process P):
 *   A userTask completed, 2 working days, within due: 01-20 m, 02-03 m, 03-15 m, 04-10 m → 4
 *   A userTask completed, 3 working days, not within due: 02-28 n                      → 1
 *   B userTask canceled, no due date, 0 days: 03-31 m                                   → 1
 *   D boundaryTimer deadline event, 0 days: 01-31 m, 02-14 m, 02-20 n, 03-01 m           → 4
 *   outside: A 01-10 m, A 04-11 m, D 01-14 m, D 04-12 m
 * Transitions: F1 01-15 m, 02-10 m, 03-05 n, 04-10 m → 4; F2 02-01 m → 1;
 *   outside: F1 01-14 m, 04-11 m
 * Escalations by month: mitte 2025-01 1, 2025-02 1, 2025-03 1; neukoelln 2025-02 1
 * Mitte only: A(2) 4, B 1, D 3; F1 3, F2 1
 * Ended cases: 01-20 m End1 housing-retained; 02-10 m End1 housing-retained, deadline missed;
 *   03-05 n End2 moved-out; 03-20 m deleted; 04-10 m End1 moved-out;
 *   outside: 01-14 m End1 housing-retained, 04-11 m End2; running: m
 *   → End1 3, End2 1, deleted 1; housing-retained 2, moved-out 2
 *   Mitte only: End1 3, deleted 1; housing-retained 2, moved-out 1
 * (m = mitte, n = neukoelln)
 * </pre>
 */
@AppTest
class FlowSummaryTest {

  static final LocalDate FROM = LocalDate.parse("2025-01-15");
  static final LocalDate TO = LocalDate.parse("2025-04-10");
  static final LocalDate WALL_TODAY = LocalDate.parse("2026-12-08");
  static final List<String> PROCESS_OWNER = List.of(Roles.PROCESS_OWNER);
  static final FlowAccess.Scope ALL = FlowAccess.scope(PROCESS_OWNER, FlowAccess.View.OVERVIEW,
      null);
  static final FlowAccess.Scope MITTE = FlowAccess.scope(PROCESS_OWNER, FlowAccess.View.OVERVIEW,
      "mitte");

  @Autowired JdbcTemplate jdbc;
  @Autowired FlowQueries queries;
  @Autowired FlowSummaries summaries;
  @Autowired FlowFactWriter writer;
  FlowFixtures fixtures;
  String process;
  String caseKey;
  String februaryCase;

  @BeforeEach
  void rows() {
    fixtures = new FlowFixtures(jdbc);
    process = "summary-test-" + UUID.randomUUID();
    caseKey = fixtures.newKey();
    for (String day : List.of("2025-01-20", "2025-02-03", "2025-03-15", "2025-04-10")) {
      step("mitte", "A", "userTask", day, 2, true, false, false);
    }
    step("neukoelln", "A", "userTask", "2025-02-28", 3, false, false, false);
    step("mitte", "B", "userTask", "2025-03-31", 0, null, true, false);
    for (String day : List.of("2025-01-31", "2025-02-14", "2025-03-01")) {
      step("mitte", "D", "boundaryTimer", day, 0, null, false, true);
    }
    step("neukoelln", "D", "boundaryTimer", "2025-02-20", 0, null, false, true);
    step("mitte", "A", "userTask", "2025-01-10", 1, true, false, false);
    step("mitte", "A", "userTask", "2025-04-11", 5, true, false, false);
    step("mitte", "D", "boundaryTimer", "2025-01-14", 0, null, false, true);
    step("mitte", "D", "boundaryTimer", "2025-04-12", 0, null, false, true);
    for (String day : List.of("2025-01-14", "2025-01-15", "2025-02-10", "2025-04-10",
        "2025-04-11")) {
      fixtures.transition(caseKey, process, "mitte", "F1", day);
    }
    fixtures.transition(caseKey, process, "neukoelln", "F1", "2025-03-05");
    fixtures.transition(caseKey, process, "mitte", "F2", "2025-02-01");
    ended("mitte", "2025-01-20", "End1", false, false, "housing-retained");
    februaryCase = ended("mitte", "2025-02-10", "End1", false, true, "housing-retained");
    ended("neukoelln", "2025-03-05", "End2", false, false, "moved-out");
    ended("mitte", "2025-03-20", null, true, false, null);
    ended("mitte", "2025-04-10", "End1", false, false, "moved-out");
    ended("mitte", "2025-01-14", "End1", false, false, "housing-retained");
    ended("mitte", "2025-04-11", "End2", false, false, null);
    fixtures.flowCase(process, "mitte", "2025-01-02", null, null, false, false);
  }

  private String ended(String district, String endedOn, String endEvent, boolean deleted,
      boolean deadlineMissed, String outcome) {
    String key = fixtures.flowCase(process, district, "2025-01-02", endedOn, endEvent, deleted,
        deadlineMissed);
    jdbc.update("UPDATE flow_case SET outcome = ? WHERE case_key = ?", outcome, key);
    return key;
  }

  @AfterEach
  void cleanUp() {
    fixtures.cleanUp();
    for (String table : List.of("flow_step_month", "flow_transition_month", "flow_case_month",
        "flow_month_state")) {
      jdbc.update("DELETE FROM " + table + " WHERE process_key = ?", process);
    }
  }

  @Test
  void summariesAnswerTheWholeMonthsWithTheSameNumbersAsTheRawRows() {
    Views raw = views();
    assertHandComputed(raw);

    assertThat(summaries.build(WALL_TODAY, process)).as("months built").isEqualTo(4);
    assertThat(cleanMonths()).containsExactly(LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-02-01"), LocalDate.parse("2025-03-01"),
        LocalDate.parse("2025-04-01"));
    Split split = queries.split(process, FROM, TO);
    assertThat(split.months()).containsExactly(
        new Range(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-03-01")));
    assertThat(split.days()).containsExactly(
        new Range(FROM, LocalDate.parse("2025-01-31")),
        new Range(LocalDate.parse("2025-04-01"), TO));

    Views summarized = views();
    assertThat(summarized).isEqualTo(raw);

    // February really comes from its summary now: a raw row removed behind the writer's back
    // (which never happens in production) does not change the answer
    jdbc.update("DELETE FROM flow_step WHERE process_key = ? AND ended_on = ?", process,
        LocalDate.parse("2025-02-03"));
    jdbc.update("DELETE FROM flow_case WHERE case_key = ?", februaryCase);
    assertThat(views()).isEqualTo(raw);

    // a period of whole months only, and one within a single month, agree with the raw rows too
    assertThat(queries.split(process, LocalDate.parse("2025-02-01"),
        LocalDate.parse("2025-03-31")).days()).isEmpty();
    assertThat(groups(queries.stepGroups(process, LocalDate.parse("2025-02-01"),
        LocalDate.parse("2025-03-31"), ALL))).isEqualTo(Map.of(
        "A userTask false true 2", 2L, "A userTask false false 3", 1L,
        "B userTask true null 0", 1L, "D boundaryTimer false null 0", 3L));
    assertThat(queries.transitions(process, LocalDate.parse("2025-02-10"),
        LocalDate.parse("2025-02-10"), ALL)).isEqualTo(Map.of("F1", 1L));
  }

  @Test
  void aLateFactMarksItsMonthDirtyTheRawRowsAnswerUntilItIsRebuilt() {
    summaries.build(WALL_TODAY, process);
    assertThat(dirty("2025-02-01")).isFalse();

    LocalDateTime end = LocalDateTime.parse("2025-02-12T11:00");
    writer.step(new FlowFactWriter.StepFact(UUID.randomUUID().toString(), caseKey, process,
        "mitte", "A", "userTask", end.minusDays(2), end, 172_800_000L, 2, true, false, false));
    writer.transition(UUID.randomUUID().toString(), caseKey, process, "mitte", "F2",
        LocalDate.parse("2025-03-20"));
    assertThat(dirty("2025-02-01")).as("February after a late step").isTrue();
    assertThat(dirty("2025-03-01")).as("March after a late transition").isTrue();
    assertThat(dirty("2025-01-01")).isFalse();
    assertThat(queries.split(process, FROM, TO).months()).isEmpty();

    Views late = views();
    assertThat(late.steps().get("A userTask false true 2")).isEqualTo(5L);
    assertThat(late.transitions()).isEqualTo(Map.of("F1", 4L, "F2", 2L));

    assertThat(summaries.build(WALL_TODAY, process)).as("rebuilt: February and March")
        .isEqualTo(2);
    assertThat(dirty("2025-02-01")).isFalse();
    assertThat(views()).isEqualTo(late);
    assertThat(jdbc.queryForObject("SELECT SUM(n) FROM flow_step_month WHERE process_key = ? "
        + "AND month_start = ? AND activity_id = 'A' AND working_days = 2", Long.class, process,
        LocalDate.parse("2025-02-01"))).as("the rebuilt summary holds the late step").isEqualTo(2L);
  }

  @Test
  void anOutcomeRecordedAfterTheEndMarksTheMonthOfTheEndDirty() {
    summaries.build(WALL_TODAY, process);
    Views before = views();
    writer.caseClosed(februaryCase, "moved-out");
    assertThat(dirty("2025-02-01")).isTrue();
    assertThat(dirty("2025-01-01")).isFalse();
    assertThat(dirty("2025-03-01")).isFalse();

    Views after = views();
    assertThat(after.outcomes()).isEqualTo(Map.of("housing-retained", 1L, "moved-out", 3L));
    assertThat(after.counts()).isEqualTo(new TreeMap<>(Map.of("all", 5L, "End2", 1L,
        "deadline missed", 1L, "housing-retained", 1L, "mitte moved-out", 2L)));
    assertThat(after.steps()).isEqualTo(before.steps());

    assertThat(summaries.build(WALL_TODAY, process)).as("February rebuilt").isEqualTo(1);
    assertThat(views()).isEqualTo(after);

    // an open case has no end yet: its outcome marks no month
    String open = fixtures.flowCase(process, "mitte", "2025-02-02", null, null, false, false);
    writer.caseClosed(open, "other");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flow_month_state WHERE process_key = ? "
        + "AND dirty = TRUE", Long.class, process)).isZero();
  }

  @Test
  void buildingTwiceChangesNothing() {
    assertThat(summaries.build(WALL_TODAY, process)).isEqualTo(4);
    List<Map<String, Object>> first = summaryRows();
    assertThat(summaries.build(WALL_TODAY, process)).as("nothing left to build").isZero();
    assertThat(summaryRows()).isEqualTo(first);

    // a month marked dirty is rebuilt, replacing its rows instead of adding to them
    jdbc.update("UPDATE flow_month_state SET dirty = TRUE WHERE process_key = ?", process);
    assertThat(summaries.build(WALL_TODAY, process)).isEqualTo(4);
    assertThat(summaryRows()).isEqualTo(first);
    // February: A(2) m, A(3) n, D m, D n; F1 m, F2 m
    assertThat(jdbc.queryForObject("SELECT SUM(n) FROM flow_step_month WHERE process_key = ? "
        + "AND month_start = ?", Long.class, process, LocalDate.parse("2025-02-01"))).isEqualTo(4L);
    assertThat(jdbc.queryForObject("SELECT SUM(n) FROM flow_transition_month WHERE "
        + "process_key = ? AND month_start = ?", Long.class, process,
        LocalDate.parse("2025-02-01")))
        .isEqualTo(2L);
  }

  @Test
  void monthsNotClosedByTheWallClockAreNeverSummarized() {
    assertThat(FlowSummaries.closed(LocalDate.parse("2025-03-15"), LocalDate.parse("2025-04-02")))
        .isTrue();
    assertThat(FlowSummaries.closed(LocalDate.parse("2025-03-15"), LocalDate.parse("2025-04-01")))
        .as("the day after the month's end: facts of its last evening may still come").isFalse();
    LocalDate wallToday = summaries.wallToday();
    assertThat(FlowSummaries.closed(wallToday, wallToday)).isFalse();
    assertThat(FlowSummaries.closed(wallToday.minusMonths(2), wallToday)).isTrue();

    // on 1 April 2025 only January and February are closed
    assertThat(summaries.build(LocalDate.parse("2025-04-01"), process)).isEqualTo(2);
    assertThat(cleanMonths()).containsExactly(LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-02-01"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flow_step_month WHERE process_key = ? "
        + "AND month_start >= ?", Long.class, process, LocalDate.parse("2025-03-01"))).isZero();
    assertThat(views()).isEqualTo(withoutSummaries());

    // a fact of the current wall month goes in, the month is still not built
    fixtures.transition(caseKey, process, "mitte", "F1", wallToday.toString());
    summaries.build(wallToday, process);
    assertThat(cleanMonths()).contains(LocalDate.parse("2025-04-01"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flow_month_state WHERE process_key = ? "
        + "AND month_start = ?", Long.class, process, YearMonth.from(wallToday).atDay(1))).isZero();
  }

  // ------------------------------------------------------------------ helpers

  /** What the views ask of the queries, compared as a whole. */
  record Views(Map<String, Long> steps, Map<String, Long> transitions,
      Map<String, Long> escalations, Map<String, Long> mitteSteps,
      Map<String, Long> mitteTransitions, Map<String, Long> mitteEscalations,
      Map<String, Long> endings, Map<String, Long> outcomes, Map<String, Long> mitteEndings,
      Map<String, Long> mitteOutcomes, Map<String, Long> counts) {}

  private Views views() {
    return new Views(groups(queries.stepGroups(process, FROM, TO, ALL)),
        new TreeMap<>(queries.transitions(process, FROM, TO, ALL)),
        byMonth(queries.escalations(process, FROM, TO, ALL)),
        groups(queries.stepGroups(process, FROM, TO, MITTE)),
        new TreeMap<>(queries.transitions(process, FROM, TO, MITTE)),
        byMonth(queries.escalations(process, FROM, TO, MITTE)),
        endings(queries.endings(process, FROM, TO, ALL)),
        new TreeMap<>(queries.outcomes(process, FROM, TO, ALL)),
        endings(queries.endings(process, FROM, TO, MITTE)),
        new TreeMap<>(queries.outcomes(process, FROM, TO, MITTE)),
        counts());
  }

  /** The finished-case list's count under a few filters. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    counts.put("all", queries.countCases(filter(ALL, null, null, null)));
    counts.put("End2", queries.countCases(filter(ALL, null, "End2", null)));
    counts.put("deadline missed", queries.countCases(filter(ALL, null, null, true)));
    counts.put("housing-retained", queries.countCases(filter(ALL, "housing-retained", null,
        null)));
    counts.put("mitte moved-out", queries.countCases(filter(MITTE, "moved-out", null, null)));
    return counts;
  }

  private FlowQueries.CaseFilter filter(FlowAccess.Scope scope, String outcome, String endEvent,
      Boolean deadlineMissed) {
    return new FlowQueries.CaseFilter(process, FROM, TO, scope, outcome, endEvent,
        deadlineMissed);
  }

  private static Map<String, Long> endings(List<FlowQueries.EndGroup> groups) {
    Map<String, Long> counts = new TreeMap<>();
    groups.forEach(g -> counts.merge(g.endActivityId() + (g.deleted() ? " deleted" : ""),
        g.count(), Long::sum));
    return counts;
  }

  private Views withoutSummaries() {
    jdbc.update("UPDATE flow_month_state SET dirty = TRUE WHERE process_key = ?", process);
    try {
      return views();
    } finally {
      jdbc.update("UPDATE flow_month_state SET dirty = FALSE WHERE process_key = ?", process);
    }
  }

  private static void assertHandComputed(Views views) {
    assertThat(views.steps()).isEqualTo(Map.of("A userTask false true 2", 4L,
        "A userTask false false 3", 1L, "B userTask true null 0", 1L,
        "D boundaryTimer false null 0", 4L));
    assertThat(views.transitions()).isEqualTo(Map.of("F1", 4L, "F2", 1L));
    assertThat(views.escalations()).isEqualTo(Map.of("mitte 2025-01", 1L, "mitte 2025-02", 1L,
        "mitte 2025-03", 1L, "neukoelln 2025-02", 1L));
    assertThat(views.mitteSteps()).isEqualTo(Map.of("A userTask false true 2", 4L,
        "B userTask true null 0", 1L, "D boundaryTimer false null 0", 3L));
    assertThat(views.mitteTransitions()).isEqualTo(Map.of("F1", 3L, "F2", 1L));
    assertThat(views.mitteEscalations()).isEqualTo(Map.of("mitte 2025-01", 1L,
        "mitte 2025-02", 1L, "mitte 2025-03", 1L));
    assertThat(views.endings()).isEqualTo(Map.of("End1", 3L, "End2", 1L, "null deleted", 1L));
    assertThat(views.outcomes()).isEqualTo(Map.of("housing-retained", 2L, "moved-out", 2L));
    assertThat(views.mitteEndings()).isEqualTo(Map.of("End1", 3L, "null deleted", 1L));
    assertThat(views.mitteOutcomes()).isEqualTo(Map.of("housing-retained", 2L,
        "moved-out", 1L));
    assertThat(views.counts()).isEqualTo(Map.of("all", 5L, "End2", 1L, "deadline missed", 1L,
        "housing-retained", 2L, "mitte moved-out", 1L));
  }

  private static Map<String, Long> groups(List<StepGroup> groups) {
    Map<String, Long> counts = new TreeMap<>();
    for (StepGroup g : groups) {
      counts.merge(g.activityId() + " " + g.activityType() + " " + g.canceled() + " "
          + g.withinDue() + " " + g.workingDays(), g.count(), Long::sum);
    }
    return counts;
  }

  private static Map<String, Long> byMonth(List<EscalationDay> days) {
    Map<String, Long> counts = new TreeMap<>();
    days.forEach(d -> counts.merge(d.district() + " " + YearMonth.from(d.endedOn()), d.count(),
        Long::sum));
    return counts;
  }

  private void step(String district, String activity, String type, String endedOn,
      int workingDays, Boolean withinDue, boolean canceled, boolean deadline) {
    fixtures.step(caseKey, process, district, activity, type, endedOn, workingDays, withinDue,
        canceled, deadline);
  }

  private List<LocalDate> cleanMonths() {
    return jdbc.queryForList("SELECT month_start FROM flow_month_state WHERE process_key = ? "
        + "AND dirty = FALSE ORDER BY month_start", LocalDate.class, process);
  }

  private boolean dirty(String month) {
    return jdbc.queryForObject("SELECT dirty FROM flow_month_state WHERE process_key = ? "
        + "AND month_start = ?", Boolean.class, process, LocalDate.parse(month));
  }

  private List<Map<String, Object>> summaryRows() {
    List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
        "SELECT month_start, district, activity_id, activity_type, canceled, within_due, "
            + "working_days, deadline_event, n FROM flow_step_month WHERE process_key = ? "
            + "ORDER BY month_start, district, activity_id, working_days, within_due, canceled, "
            + "deadline_event",
        process));
    rows.addAll(jdbc.queryForList("SELECT month_start, district, flow_id, n FROM "
        + "flow_transition_month WHERE process_key = ? ORDER BY month_start, district, flow_id",
        process));
    rows.addAll(jdbc.queryForList("SELECT month_start, district, end_activity_id, deleted, "
        + "deadline_missed, outcome, n FROM flow_case_month WHERE process_key = ? "
        + "ORDER BY month_start, district, end_activity_id, deleted, deadline_missed, outcome",
        process));
    return rows;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the monthly summaries of the flow facts ({@code db/migration/V27__flow_summary.sql}, the
 * ended cases since {@code V28__flow_case_outcome.sql}) that let {@link FlowQueries} answer the
 * overview, the escalations and the count of finished cases of a long period from a few thousand
 * grouped rows instead of millions of raw ones (grouping two years of raw steps took
 * 2.6–6.5 s on H2 for 100,000 cases; the views must answer within a second).
 *
 * <p>Only <em>closed</em> months are summarized: a month whose last day lies more than one day
 * before today by the wall clock ({@link #closed}). The engine clock is not used – demo and tests
 * simulate it, and a simulated "today" must not declare a month final that real writes still
 * reach. In production facts are always dated "now", so a closed month no longer changes; a late
 * fact (demo history, tests, a backfill) marks the month dirty ({@link FlowFactWriter}) and the
 * views read its raw rows until the next build.
 *
 * <p>A month is built in two transactions. First its {@code flow_month_state} row is inserted
 * (dirty) and committed on its own, so that from then on every late write into the month finds a
 * row to update. Then, in one transaction: the state row is locked ({@code SELECT … FOR UPDATE}),
 * set clean, the month's summary rows deleted and inserted again by {@code INSERT … SELECT … GROUP
 * BY} from the raw rows. A writer of a late fact updates the same state row in its own
 * transaction, so the two are ordered by that row lock: a writer that updated it first commits
 * before the build can lock it, and the build's {@code INSERT … SELECT} (a statement started after
 * the lock was granted, with a fresh snapshot under READ COMMITTED) sees the writer's rows; a
 * writer that comes later waits for the build's commit and then sets the month dirty again. A
 * summary marked clean therefore never lacks a committed fact – except for a writer whose update
 * ran before the state row existed at all and which commits only after the build; in production
 * no writer dates a fact into a closed month, and the next late write or a manual reset (dirty =
 * TRUE) corrects it. Several nodes may build at once: the lock serializes them and the second finds
 * the month clean and skips it.
 *
 * <p>Runs nightly ({@code wohnraumerhalt.flow.summary-cron}, default 02:30 Berlin time) and once in
 * a background thread after the start (so a new installation or a gap is filled without waiting a
 * night); {@code wohnraumerhalt.flow.summaries-automatic=false} switches both off (the tests, which
 * write raw rows into closed months behind the writer's back, and call {@link #build} themselves).
 * Failures are logged; they never stop the application – the views then read raw rows.
 */
@Component
public class FlowSummaries {

  private static final Logger LOG = LoggerFactory.getLogger(FlowSummaries.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ZoneId zone;
  private final boolean automatic;

  public FlowSummaries(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      CalendarProperties calendarProperties,
      @Value("${wohnraumerhalt.flow.summaries-automatic:true}") boolean automatic) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.zone = calendarProperties.zone();
    this.automatic = automatic;
  }

  /**
   * Whether the month of {@code day} is closed on {@code wallToday}: its last day plus one day lies
   * before today (a day's grace for facts of the last evening written after midnight).
   */
  public static boolean closed(LocalDate day, LocalDate wallToday) {
    return YearMonth.from(day).atEndOfMonth().plusDays(1).isBefore(wallToday);
  }

  /** Today by the wall clock in Berlin – never the engine's (simulated) clock. */
  public LocalDate wallToday() {
    return LocalDate.now(zone);
  }

  // ------------------------------------------------------------------ when it runs

  @Scheduled(cron = "${wohnraumerhalt.flow.summary-cron:0 30 2 * * *}",
      zone = "${wohnraumerhalt.calendar.zone:Europe/Berlin}")
  public void nightly() {
    if (automatic) {
      buildLogged();
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  public void afterStart() {
    if (!automatic) {
      return;
    }
    Thread thread = new Thread(this::buildLogged, "flow-summaries");
    thread.setDaemon(true);
    thread.start();
  }

  private void buildLogged() {
    long start = System.nanoTime();
    try {
      int built = build(wallToday());
      if (built > 0) {
        LOG.info("Flow summaries: {} month(s) built in {} ms", built,
            (System.nanoTime() - start) / 1_000_000);
      }
    } catch (RuntimeException e) {
      LOG.warn("Flow summaries could not be built; the Cockpit history views read the raw facts "
          + "until the next run", e);
    }
  }

  // ------------------------------------------------------------------ building

  /**
   * Builds the summary of every process and closed month that has raw facts and no clean summary.
   *
   * @return how many months were built
   */
  public int build(LocalDate wallToday) {
    Set<String> keys = new TreeSet<>(jdbc.queryForList(
        "SELECT DISTINCT process_key FROM flow_step", String.class));
    keys.addAll(jdbc.queryForList("SELECT DISTINCT process_key FROM flow_transition",
        String.class));
    int built = 0;
    for (String key : keys) {
      built += build(wallToday, key);
    }
    return built;
  }

  /** {@link #build(LocalDate)} for one process: its closed months with facts and no clean state. */
  int build(LocalDate wallToday, String processKey) {
    LocalDate first = null;
    for (String table : List.of("flow_step WHERE process_key = ? AND ended_on IS NOT NULL",
        "flow_transition WHERE process_key = ? AND taken_on IS NOT NULL")) {
      String column = table.startsWith("flow_step") ? "ended_on" : "taken_on";
      LocalDate min = jdbc.queryForObject("SELECT MIN(" + column + ") FROM " + table,
          LocalDate.class, processKey);
      if (min != null && (first == null || min.isBefore(first))) {
        first = min;
      }
    }
    if (first == null) {
      return 0;
    }
    Set<LocalDate> clean = new HashSet<>(jdbc.queryForList("SELECT month_start "
        + "FROM flow_month_state WHERE process_key = ? AND dirty = FALSE", LocalDate.class,
        processKey));
    int built = 0;
    for (YearMonth month = YearMonth.from(first); closed(month.atDay(1), wallToday);
        month = month.plusMonths(1)) {
      if (!clean.contains(month.atDay(1)) && hasFacts(processKey, month)) {
        buildMonth(processKey, month);
        built++;
      }
    }
    return built;
  }

  private boolean hasFacts(String processKey, YearMonth month) {
    Object[] args = {processKey, month.atDay(1), month.atEndOfMonth()};
    return !jdbc.queryForList("SELECT 1 FROM flow_step WHERE process_key = ? AND ended_on "
        + "BETWEEN ? AND ? FETCH FIRST 1 ROWS ONLY", Integer.class, args).isEmpty()
        || !jdbc.queryForList("SELECT 1 FROM flow_transition WHERE process_key = ? AND taken_on "
        + "BETWEEN ? AND ? FETCH FIRST 1 ROWS ONLY", Integer.class, args).isEmpty();
  }

  /** The two transactions of the class comment for one month. */
  private void buildMonth(String processKey, YearMonth month) {
    LocalDate start = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO flow_month_state "
          + "(process_key, month_start, dirty) SELECT ?, ?, TRUE FROM (VALUES (1)) v "
          + "WHERE NOT EXISTS (SELECT 1 FROM flow_month_state WHERE process_key = ? "
          + "AND month_start = ?)",
          processKey, start, processKey, start));
    } catch (DuplicateKeyException e) {
      // another node inserted it at the same moment: the row exists, which is all we need
    }
    ownTransaction.executeWithoutResult(status -> {
      List<Boolean> dirty = jdbc.queryForList("SELECT dirty FROM flow_month_state "
          + "WHERE process_key = ? AND month_start = ? FOR UPDATE", Boolean.class, processKey,
          start);
      if (dirty.isEmpty() || !dirty.get(0)) {
        return; // built by another node meanwhile
      }
      jdbc.update("UPDATE flow_month_state SET dirty = FALSE, built_at = ? "
          + "WHERE process_key = ? AND month_start = ?",
          Timestamp.valueOf(LocalDateTime.now(zone)), processKey, start);
      jdbc.update("DELETE FROM flow_step_month WHERE process_key = ? AND month_start = ?",
          processKey, start);
      jdbc.update("DELETE FROM flow_transition_month WHERE process_key = ? AND month_start = ?",
          processKey, start);
      jdbc.update("DELETE FROM flow_case_month WHERE process_key = ? AND month_start = ?",
          processKey, start);
      jdbc.update("INSERT INTO flow_step_month (process_key, month_start, district, activity_id, "
          + "activity_type, canceled, within_due, working_days, deadline_event, n) "
          + "SELECT process_key, CAST(? AS DATE), district, activity_id, activity_type, canceled, "
          + "within_due, working_days, deadline_event, COUNT(*) FROM flow_step "
          + "WHERE process_key = ? AND ended_on BETWEEN ? AND ? GROUP BY process_key, district, "
          + "activity_id, activity_type, canceled, within_due, working_days, deadline_event",
          start, processKey, start, end);
      jdbc.update("INSERT INTO flow_transition_month (process_key, month_start, district, "
          + "flow_id, n) SELECT process_key, CAST(? AS DATE), district, flow_id, COUNT(*) "
          + "FROM flow_transition WHERE process_key = ? AND taken_on BETWEEN ? AND ? "
          + "GROUP BY process_key, district, flow_id", start, processKey, start, end);
      jdbc.update("INSERT INTO flow_case_month (process_key, month_start, district, "
          + "end_activity_id, deleted, deadline_missed, outcome, n) SELECT process_key, "
          + "CAST(? AS DATE), district, end_activity_id, deleted, deadline_missed, outcome, "
          + "COUNT(*) FROM flow_case WHERE process_key = ? AND ended_on BETWEEN ? AND ? "
          + "GROUP BY process_key, district, end_activity_id, deleted, deadline_missed, outcome",
          start, processKey, start, end);
    });
  }
}

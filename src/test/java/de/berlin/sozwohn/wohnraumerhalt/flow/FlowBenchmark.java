package de.berlin.sozwohn.wohnraumerhalt.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.WohnraumerhaltApplication;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code mvn -Pbench test -Dtest=FlowBenchmark} (never part of {@code mvn test}): are the Cockpit
 * history views ({@link FlowService}) and the throughput figures of {@code /api/kpi} fast enough
 * – at most a second per view – on {@code bench.cases} (default 100,000) cases over the 12
 * districts and the two years 2033–2034, the size of the KPI benchmark?
 *
 * <p>The application is started twice by this class: on an H2 file database in the build
 * directory (as the application runs embedded) and, when the test PostgreSQL answers ({@link
 * PostgresAvailable}), in a schema of its own ({@value #PG_SCHEMA}, dropped afterwards). Into each
 * the same generated history goes by JDBC batches (seeded random, so both databases hold the same
 * rows): the flow facts ({@code flow_case}, {@code flow_step}, {@code flow_transition}) of paths
 * through the real model – letter, contact or home visits, counselling, closure, the follow-up a
 * year later, bailiff notices; deadline events where a task ran over its standard; cases entered
 * in error, handed over or deleted, with their open steps cancelled – and what goes with them: the
 * indicator facts (dates, visits, outcomes), the case registry, and, for the instances still
 * running on "today" (15 Jan 2035), a runtime execution and their open user task, so the
 * bottlenecks ask Camunda's task query about a realistic number of open tasks.
 *
 * <p>After the rows are written, the monthly summaries are built ({@link FlowSummaries}, with
 * "today" as the wall clock's day), as the nightly job has them in a database in use; the views
 * read whole months from them.
 *
 * <p>Each view is called twice to warm up, then timed five times; the table shows the median.
 * The answers on H2 and PostgreSQL must agree. Output: stdout and {@code
 * <build dir>/flow-benchmark.txt}.
 */
class FlowBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 100_000);
  /** {@code -Dbench.postgres=false}: H2 only. */
  static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("bench.postgres",
      "true"));
  /** {@code -Dbench.keep=true}: keep the H2 file and the PostgreSQL schema to look into. */
  static final boolean KEEP = Boolean.getBoolean("bench.keep");
  /**
   * {@code -Dbench.reuse=true} (with {@code bench.keep}): time the views again on the H2 database a
   * kept run left, without writing it anew (PostgreSQL is written anew as always).
   */
  static final boolean REUSE = Boolean.getBoolean("bench.reuse");
  static final String PG_SCHEMA = "flow_benchmark";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** "Today" of the views: the generated history ends here. */
  static final LocalDateTime NOW = LocalDateTime.parse("2035-01-15T10:00");
  static final LocalDate FIRST_DAY = LocalDate.of(2033, 1, 1);
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  static final List<String> PROCESS_OWNER = List.of(Roles.PROCESS_OWNER);
  static final int WARM_UPS = 2;
  static final int RUNS = 5;
  static final int CASES_PER_BATCH = 1_000;

  final List<String> lines = new ArrayList<>();

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void historyViewsWithinASecond() throws Exception {
    say("Flow benchmark – " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, " + String.format("%,d", CASES) + " cases, 12 districts, 2033–2034");

    Path dir = buildDir().resolve("flow-benchmark");
    boolean reuse = REUSE && Files.exists(dir.resolve("wohnraumerhalt.mv.db"));
    if (!reuse) {
      deleteRecursively(dir);
    }
    Map<String, Result> h2;
    try (ConfigurableApplicationContext app = start(Map.of(
        // the embedded default's options (application.yaml)
        "spring.datasource.url", "jdbc:h2:file:" + dir.resolve("wohnraumerhalt").toAbsolutePath()
            + ";CACHE_SIZE=262144",
        "spring.datasource.username", "sa",
        "spring.datasource.password", ""))) {
      h2 = measure(app, "H2", reuse);
    } finally {
      if (!KEEP) {
        deleteRecursively(dir);
      }
    }

    Map<String, Result> postgres = null;
    if (POSTGRES && postgresAnswers()) {
      try (Connection admin = PostgresAvailable.connect()) {
        try (Statement statement = admin.createStatement()) {
          statement.execute("SELECT pg_advisory_lock(hashtext('" + PG_SCHEMA + "'))");
          statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
          statement.execute("CREATE SCHEMA " + PG_SCHEMA);
        }
        try (ConfigurableApplicationContext app = start(Map.of(
            "spring.datasource.url", PostgresAvailable.urlWithSchema(PG_SCHEMA)
                + "&reWriteBatchedInserts=true",
            "spring.datasource.username", PostgresAvailable.user(),
            "spring.datasource.password", PostgresAvailable.password(),
            "camunda.bpm.database.type", "postgres",
            "camunda.bpm.database.schema-name", PG_SCHEMA,
            "camunda.bpm.database.table-prefix", PG_SCHEMA + "."))) {
          postgres = measure(app, "PostgreSQL", false);
        } finally {
          try (Statement statement = admin.createStatement()) {
            if (!KEEP) {
              statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            }
            statement.execute("SELECT pg_advisory_unlock(hashtext('" + PG_SCHEMA + "'))");
          }
        }
      }
    } else {
      say("PostgreSQL not reachable at " + PostgresAvailable.url() + ": H2 only");
    }

    say("");
    say(String.format("%-70s %10s %14s", "view", "H2 ms", "PostgreSQL ms"));
    for (Map.Entry<String, Result> entry : h2.entrySet()) {
      Result pg = postgres == null ? null : postgres.get(entry.getKey());
      say(String.format("%-70s %10.1f %14s", entry.getKey(), entry.getValue().medianMs(),
          pg == null ? "–" : String.format("%.1f", pg.medianMs())));
    }
    say("(median of " + RUNS + " runs after " + WARM_UPS + " warm-ups)");
    Files.write(buildDir().resolve("flow-benchmark.txt"), lines);

    Stream.concat(h2.entrySet().stream(),
            postgres == null ? Stream.empty() : postgres.entrySet().stream())
        .filter(e -> Double.isNaN(e.getValue().medianMs()))
        .forEach(e -> assertThat(e.getValue().answer()).as(e.getKey()).doesNotStartWith("FAILED"));

    if (postgres != null) {
      for (Map.Entry<String, Result> entry : h2.entrySet()) {
        assertThat(postgres.get(entry.getKey()).answer()).as("same answer on both databases: "
            + entry.getKey()).isEqualTo(entry.getValue().answer());
      }
    }
  }

  /** A view's median time and a summary of its answer (compared between the databases). */
  record Result(double medianMs, String answer) {}

  // ------------------------------------------------------------------ the views

  private Map<String, Result> measure(ConfigurableApplicationContext app, String database,
      boolean reuse) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    say("");
    say("== " + database + ": " + jdbc.execute((Connection c) -> c.getMetaData().getURL()
        + ", " + c.getMetaData().getDatabaseProductName() + " "
        + c.getMetaData().getDatabaseProductVersion()));

    String timelineCase = reuse ? reused(jdbc) : generate(app, jdbc, database);
    ClockUtil.setCurrentTime(Date.from(NOW.atZone(BERLIN).toInstant()));
    LocalDate from = FIRST_DAY;
    LocalDate to = LocalDate.of(2034, 12, 31);
    Map<String, Result> results = new LinkedHashMap<>();
    measureViews(app, results, from, to, timelineCase);
    ClockUtil.reset();
    return results;
  }

  /**
   * The kept database: what it holds, and the finished case for the timeline that the generator
   * chose ({@link Generator#sampleFinishedCase}: the first completed one from case 1,000 on).
   */
  private String reused(JdbcTemplate jdbc) {
    say(String.format("reused: %,d flow_case, %,d flow_step",
        jdbc.queryForObject("SELECT COUNT(*) FROM flow_case", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM flow_step", Long.class)));
    return jdbc.queryForObject("SELECT case_key FROM flow_case WHERE end_activity_id = "
        + "'CaseCompleted' AND CAST(SUBSTRING(case_key, 8) AS INT) >= 1000 "
        + "ORDER BY CAST(SUBSTRING(case_key, 8) AS INT) FETCH FIRST 1 ROWS ONLY", String.class);
  }

  /** Writes the history, updates the statistics, builds the summaries; returns a finished case. */
  private String generate(ConfigurableApplicationContext app, JdbcTemplate jdbc,
      String database) {
    long start = System.nanoTime();
    Generator generator = new Generator(jdbc, new TransactionTemplate(
        app.getBean(PlatformTransactionManager.class)), definitionId(app));
    generator.generate(CASES);
    say(String.format("written in %.0f s (%.0f s of it inserting): %,d flow_case (%,d running), "
            + "%,d flow_step (%,d canceled, %,d deadline events), %,d flow_transition, "
            + "%,d open tasks; per case %.1f steps, %.1f transitions",
        seconds(start), generator.insertNanos / 1e9, generator.cases, generator.running,
        generator.steps, generator.canceled, generator.deadlines, generator.transitions,
        generator.openTasks, (double) generator.steps / generator.cases,
        (double) generator.transitions / generator.cases));
    say("seconds per table (flow_case, flow_step, flow_transition, kpi_case_fact, "
        + "kpi_visit_fact, kpi_eviction_fact, case_registry, executions, tasks; rest: commits): "
        + Arrays.stream(generator.tableNanos).mapToObj(n -> String.format("%.1f", n / 1e9))
            .toList());
    start = System.nanoTime();
    analyze(jdbc, database);
    say(String.format("statistics updated in %.1f s", seconds(start)));
    // the nightly monthly summaries (FlowSummaries), as a database in use has them: every month
    // before the views' "today" is closed (the build is given that day as the wall clock's)
    start = System.nanoTime();
    int months = app.getBean(FlowSummaries.class).build(NOW.toLocalDate());
    say(String.format("summary build: %d months in %.1f s; %,d flow_step_month, "
            + "%,d flow_transition_month rows", months, seconds(start),
        jdbc.queryForObject("SELECT COUNT(*) FROM flow_step_month", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM flow_transition_month", Long.class)));
    analyze(jdbc, database);
    return generator.sampleFinishedCase;
  }

  private void measureViews(ConfigurableApplicationContext app, Map<String, Result> results,
      LocalDate from, LocalDate to, String timelineCase) {
    FlowService flows = app.getBean(FlowService.class);
    KpiService kpi = app.getBean(KpiService.class);

    time(results, "overview, all districts, 2 years",
        () -> flows.overview(PROCESS_OWNER, null, from, to, null), FlowBenchmark::overview);
    time(results, "overview, Mitte, half-year 2034-H1",
        () -> flows.overview(PROCESS_OWNER, null, LocalDate.of(2034, 1, 1),
            LocalDate.of(2034, 6, 30), "mitte"), FlowBenchmark::overview);
    time(results, "bottlenecks, all districts (open tasks, 20 longest, escalations)",
        () -> flows.bottlenecks(PROCESS_OWNER, null, null), FlowBenchmark::bottlenecks);
    time(results, "bottlenecks, Mitte (team lead)",
        () -> flows.bottlenecks(List.of(Districts.teamLeadGroup("mitte")), null, null),
        FlowBenchmark::bottlenecks);
    time(results, "finished list page 1, all districts, 2 years, no filter",
        () -> flows.finished(PROCESS_OWNER, new FlowService.FinishedFilter(null, from, to, null,
            null, null, null, 0, 50)), FlowBenchmark::finished);
    time(results, "finished list page 1, outcome filter, all districts, 2 years",
        () -> flows.finished(PROCESS_OWNER, new FlowService.FinishedFilter(null, from, to, null,
            "housing-retained", null, null, 0, 50)), FlowBenchmark::finished);
    time(results, "finished list page 1, Mitte + outcome + end event + deadline missed",
        () -> flows.finished(PROCESS_OWNER, new FlowService.FinishedFilter(null, from, to,
            "mitte", "no-contact", "CaseCompleted", true, 0, 50)), FlowBenchmark::finished);
    long total = flows.finished(PROCESS_OWNER, new FlowService.FinishedFilter(null, from, to,
        null, null, null, null, 0, 50)).total();
    int middle = (int) (total / 50 / 2);
    time(results, "finished list, a page in the middle (page " + middle + "), no filter",
        () -> flows.finished(PROCESS_OWNER, new FlowService.FinishedFilter(null, from, to, null,
            null, null, null, middle, 50)), FlowBenchmark::finished);
    time(results, "timeline of a finished case (from the flow facts)",
        () -> flows.timeline(PROCESS_OWNER, timelineCase),
        t -> t.state() + ", " + t.steps().size() + " steps, history " + t.historyAvailable());
    KpiScope berlin = new KpiScope(Districts.IDS, true);
    time(results, "/api/kpi figures (KpiService.figures), Berlin + 12 districts, 2 years",
        () -> kpi.figures(new Period(from, to), berlin), FlowBenchmark::figures);
    time(results, "/api/kpi figures, Mitte + Berlin, half-year 2034-H1",
        () -> kpi.figures(new Period(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 6, 30)),
            new KpiScope(List.of("mitte"), true)), FlowBenchmark::figures);
    time(results, "/api/kpi whole report with figures (KpiService.report), Berlin, 2034-H1",
        () -> kpi.report(new Period(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 6, 30)), berlin),
        (KpiReport r) -> figures(r.figures()));

    // the queries behind the views, to see which one takes the time
    FlowQueries queries = app.getBean(FlowQueries.class);
    TaskService taskService = app.getBean(TaskService.class);
    FlowAccess.Scope all = FlowAccess.scope(PROCESS_OWNER, FlowAccess.View.OVERVIEW, null);
    String process = ProcessKeys.PROCESS;
    time(results, "  query: flow_step GROUP BY activity … (overview), 2 years",
        () -> queries.stepGroups(process, from, to, all), g -> g.size() + " groups");
    time(results, "  query: flow_transition GROUP BY flow_id (overview), 2 years",
        () -> queries.transitions(process, from, to, all), m -> m.size() + " flows");
    time(results, "  query: flow_case GROUP BY end event (overview, list), 2 years",
        () -> queries.endings(process, from, to, all), g -> g.size() + " groups");
    time(results, "  query: flow_case GROUP BY outcome, 2 years",
        () -> queries.outcomes(process, from, to, all), m -> new TreeMap<>(m).toString());
    time(results, "  query: flow_step deadline events by district and day, 12 months",
        () -> queries.escalations(process, LocalDate.of(2034, 2, 1), LocalDate.of(2035, 1, 31),
            all), d -> d.size() + " district days");
    time(results, "  query: Camunda task query, open tasks of the process",
        () -> taskService.createTaskQuery().processDefinitionKey(process).list(),
        t -> t.size() + " tasks");
    FlowQueries.CaseFilter outcome = new FlowQueries.CaseFilter(process, from, to, all,
        "housing-retained", null, null);
    time(results, "  query: COUNT finished cases with the outcome filter, 2 years",
        () -> queries.countCases(outcome), n -> n + " cases");
    time(results, "  query: page 1 of finished cases with the outcome filter, 2 years",
        () -> queries.cases(outcome, 0, 50), c -> c.size() + " rows");
    IndicatorFactStore facts = app.getBean(IndicatorFactStore.class);
    time(results, "  query: kpi_case_fact + first visits, throughput dates, 2 years",
        () -> facts.throughputCases(new Period(from, to), List.of(), BERLIN),
        c -> c.size() + " cases");
    List<ThroughputFigures.CaseDates> dates = facts.throughputCases(new Period(from, to),
        List.of(), BERLIN);
    time(results, "  compute: throughput figures of those cases, Berlin",
        () -> ThroughputFigures.of(new Period(from, to), dates, null, CALENDAR),
        f -> span(f.noticeToClosure()));
  }

  private <T> void time(Map<String, Result> results, String view, Supplier<T> call,
      java.util.function.Function<T, String> summary) {
    try {
      timeOrFail(results, view, call, summary);
    } catch (RuntimeException e) {
      // one view failing must not hide the others' figures; the test fails at the end
      say(String.format("%-70s FAILED: %s", view, e));
      results.put(view, new Result(Double.NaN, "FAILED: " + e));
    }
  }

  private <T> void timeOrFail(Map<String, Result> results, String view, Supplier<T> call,
      java.util.function.Function<T, String> summary) {
    T first = call.get();
    for (int i = 1; i < WARM_UPS; i++) {
      call.get();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    String answer = summary.apply(first);
    say(String.format("%-70s median %8.1f ms (min %.1f, max %.1f) – %s", view, ms[RUNS / 2],
        ms[0], ms[RUNS - 1], answer));
    results.put(view, new Result(ms[RUNS / 2], answer));
  }

  private static String overview(FlowOverview o) {
    assertThat(o.activities()).isNotEmpty();
    long steps = o.activities().stream().mapToLong(FlowOverview.Activity::count).sum();
    long flows = o.flows().stream().mapToLong(FlowOverview.Flow::count).sum();
    FlowOverview.Activity letter = o.activities().stream()
        .filter(a -> a.activityId().equals("SendCourtLetter")).findFirst().orElseThrow();
    return String.format("%d activities, %d steps, %d transitions, %d finished, %d deleted; "
            + "letters %d, median %s, p90 %s, within due %s %%", o.activities().size(), steps,
        flows, o.finished(), o.deleted(), letter.count(), letter.medianDays(), letter.p90Days(),
        letter.withinDuePercent());
  }

  private static String bottlenecks(Bottlenecks b) {
    assertThat(b.tasks()).isNotEmpty();
    long open = b.tasks().stream().mapToLong(Bottlenecks.TaskGroup::open).sum();
    long overdue = b.tasks().stream().mapToLong(Bottlenecks.TaskGroup::overdue).sum();
    long escalations = b.escalations().districts().stream()
        .flatMap(d -> d.counts().stream()).mapToLong(Long::longValue).sum();
    return String.format("%d open tasks (%d overdue) in %d groups, %d longest, "
        + "%d escalations in 12 months", open, overdue, b.tasks().size(), b.longest().size(),
        escalations);
  }

  private static String finished(FinishedCases f) {
    assertThat(f.cases()).isNotEmpty();
    return String.format("%,d cases, page of %d, first %s (%s)", f.total(), f.cases().size(),
        f.cases().get(0).processInstanceId(), f.cases().get(0).caseId());
  }

  private static String figures(Map<String, ThroughputFigures> figures) {
    ThroughputFigures berlin = figures.get(KpiReport.BERLIN);
    assertThat(berlin.noticeToLetter().cases()).isPositive();
    return "Berlin " + span(berlin.noticeToLetter()) + " / " + span(berlin.letterToFirstVisit())
        + " / " + span(berlin.noticeToClosure());
  }

  private static String span(ThroughputFigures.Span span) {
    return span.cases() + " cases " + span.medianDays() + " d " + span.medianWorkingDays()
        + " wd";
  }

  // ------------------------------------------------------------------ generated history

  /**
   * Paths through the model {@code wohnraumerhalt} with their times. A case's whole course is
   * laid out first (parallel branches, bailiff notices, the follow-up a year after closure), then
   * cut: where the case was entered in error, handed over or deleted (steps running then are
   * cancelled), and at {@link #NOW} (what runs then is not recorded yet; a user task running then
   * is an open task).
   */
  static final class Generator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String definitionId;
    private final Random random = new Random(42);
    private final Map<String, Integer> caseNumbers = new LinkedHashMap<>();

    final List<Object[]> caseRows = new ArrayList<>();
    final List<Object[]> stepRows = new ArrayList<>();
    final List<Object[]> transitionRows = new ArrayList<>();
    final List<Object[]> kpiCases = new ArrayList<>();
    final List<Object[]> kpiVisits = new ArrayList<>();
    final List<Object[]> kpiNotices = new ArrayList<>();
    final List<Object[]> registry = new ArrayList<>();
    final List<Object[]> executions = new ArrayList<>();
    final List<Object[]> tasks = new ArrayList<>();

    long cases;
    long running;
    long steps;
    long canceled;
    long deadlines;
    long transitions;
    long openTasks;
    long insertNanos;
    final long[] tableNanos = new long[9];
    String sampleFinishedCase;

    Generator(JdbcTemplate jdbc, TransactionTemplate tx, String definitionId) {
      this.jdbc = jdbc;
      this.tx = tx;
      this.definitionId = definitionId;
    }

    void generate(int count) {
      for (int i = 0; i < count; i++) {
        oneCase(i);
        if ((i + 1) % CASES_PER_BATCH == 0 || i == count - 1) {
          flush();
        }
      }
    }

    /** One step of a case's course. */
    static final class Step {
      final String activityId;
      final String type;
      final LocalDateTime startedAt;
      LocalDateTime endedAt;
      Boolean withinDue;
      boolean canceled;
      final boolean deadline;
      LocalDateTime due;

      Step(String activityId, String type, LocalDateTime startedAt, LocalDateTime endedAt,
          Boolean withinDue, boolean deadline) {
        this.activityId = activityId;
        this.type = type;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.withinDue = withinDue;
        this.deadline = deadline;
      }
    }

    record Transition(String flowId, LocalDateTime at) {}

    /** The course of one case as laid out, before the cuts. */
    final class Course {
      final List<Step> steps = new ArrayList<>();
      final List<Transition> flows = new ArrayList<>();

      /** An event or gateway: over at once. */
      void pass(String id, String type, LocalDateTime at) {
        steps.add(new Step(id, type, at, at, null, false));
      }

      void flow(String id, LocalDateTime at) {
        flows.add(new Transition(id, at));
      }

      Step step(String id, String type, LocalDateTime from, LocalDateTime to) {
        Step step = new Step(id, type, from, to, null, false);
        steps.add(step);
        return step;
      }

      /**
       * A user task with a standard of {@code dueWorkingDays}: done within it or not; when not,
       * its deadline timer fires on the due day at 23:59 and the escalation runs.
       */
      Step task(String id, LocalDateTime from, LocalDateTime to, LocalDate dueBase,
          int dueWorkingDays, String deadlineId, String escalationTask, String escalationEnd,
          String escalationFlow, String escalatedFlow) {
        Step step = step(id, "userTask", from, to);
        if (dueWorkingDays > 0) {
          LocalDateTime due = CALENDAR.addWorkingDays(dueBase, dueWorkingDays).atTime(23, 59);
          step.due = due;
          step.withinDue = !to.isAfter(due);
          if (to.isAfter(due)) {
            steps.add(new Step(deadlineId, "boundaryTimer", due, due, null, true));
            flow(escalationFlow, due);
            LocalDateTime escalated = due.plusSeconds(20);
            step(escalationTask, "serviceTask", due, escalated);
            flow(escalatedFlow, escalated);
            pass(escalationEnd, "noneEndEvent", escalated);
          }
        }
        return step;
      }
    }

    private void oneCase(int i) {
      String key = "fbench-" + i;
      String district = Districts.IDS.get(i % Districts.IDS.size());
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(730));
      while (!CALENDAR.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      LocalDateTime t0 = day.atTime(8 + random.nextInt(8), random.nextInt(60));
      double originDraw = random.nextDouble();
      String origin = originDraw < 0.85 ? "court" : originDraw < 0.95 ? "bailiff" : "transfer";
      Course c = new Course();
      Facts facts = new Facts();

      String start = switch (origin) {
        case "court" -> "CourtNoticeReceived";
        case "bailiff" -> "CaseOpenedByBailiffNotice";
        default -> "CaseTakenOver";
      };
      c.pass(start, "messageStartEvent", t0);
      c.flow(switch (origin) {
        case "court" -> "Flow_CourtNotice";
        case "bailiff" -> "Flow_BailiffOpened";
        default -> "Flow_TakenOver";
      }, t0);
      c.pass("GW_CaseOpened", "exclusiveGateway", t0);
      c.flow("Flow_ToCaseWork", t0);
      c.pass("CaseWorkStarted", "startEvent", t0);
      c.flow("Flow_ToOutreach", t0);
      c.pass("OutreachStarted", "startEvent", t0);
      c.flow("Flow_ToSplit", t0);
      c.pass("GW_OutreachSplit", "parallelGateway", t0);
      c.flow("Flow_ToOrigin", t0);
      c.flow("Flow_ToRecordContact", t0);
      c.pass("GW_CaseOrigin", "exclusiveGateway", t0);

      LocalDateTime outreachEnd;
      boolean contact;
      LocalDateTime closeStart;
      Step recordContact;
      if (!origin.equals("bailiff")) {
        c.flow("Flow_OriginCourt", t0);
        int letterDays = random.nextDouble() < 0.8 ? random.nextInt(4) : 4 + random.nextInt(3);
        LocalDateTime letterAt = at(day, letterDays);
        c.task("SendCourtLetter", t0, letterAt, day, 3, "SendCourtLetterDeadline",
            "EscalateSendCourtLetter", "SendCourtLetterEscalated", "Flow_ToEscalateLetter",
            "Flow_LetterEscalated");
        facts.letterSentOn = letterAt.toLocalDate();
        c.flow("Flow_LetterSent", letterAt);
        LocalDate letterDay = letterAt.toLocalDate();
        LocalDateTime appointmentPassed = CALENDAR.addWorkingDays(letterDay, 6).atTime(0, 5);
        if (random.nextDouble() < 0.45) {
          // the household answers: RecordContact, the rest of the outreach is cancelled
          LocalDateTime contactAt = at(letterDay, 1 + random.nextInt(4));
          recordContact = c.step("RecordContact", "userTask", t0, contactAt);
          c.flow("Flow_ContactRecorded", contactAt);
          c.pass("ContactRecorded", "terminateEndEvent", contactAt);
          c.step("AppointmentPassed", "intermediateTimer", letterAt, contactAt).canceled = true;
          facts.contact(contactAt.toLocalDate(), "recorded");
          outreachEnd = contactAt;
          contact = true;
        } else {
          c.step("AppointmentPassed", "intermediateTimer", letterAt, appointmentPassed);
          c.flow("Flow_ToHomeVisit1", appointmentPassed);
          int visitDays = random.nextDouble() < 0.85 ? 6 + random.nextInt(5)
              : 11 + random.nextInt(4);
          LocalDateTime visit1 = at(letterDay, visitDays);
          c.task("HomeVisit1", appointmentPassed, visit1, letterDay, 10, "HomeVisit1Deadline",
              "EscalateHomeVisit1", "HomeVisit1Escalated", "Flow_ToEscalateVisit",
              "Flow_VisitEscalated");
          c.flow("Flow_Visit1Done", visit1);
          c.pass("GW_ContactAtVisit1", "exclusiveGateway", visit1);
          boolean contact1 = random.nextDouble() < 0.4;
          facts.visit(1, visit1.toLocalDate(), contact1, random.nextDouble() < 0.7 ? 2 : 1);
          LocalDateTime end = visit1;
          contact = contact1;
          if (contact1) {
            c.flow("Flow_Visit1Contact", visit1);
            c.pass("ContactAtVisit1", "terminateEndEvent", visit1);
          } else {
            c.flow("Flow_Visit1NoContact", visit1);
            c.pass("GW_SecondVisit", "exclusiveGateway", visit1);
            if (random.nextBoolean()) {
              c.flow("Flow_SecondVisitYes", visit1);
              LocalDateTime visit2 = at(visit1.toLocalDate(), 5);
              c.step("HomeVisit2", "userTask", visit1, visit2);
              c.flow("Flow_Visit2Done", visit2);
              c.pass("GW_ContactAtVisit2", "exclusiveGateway", visit2);
              boolean contact2 = random.nextDouble() < 0.3;
              facts.visit(2, visit2.toLocalDate(), contact2, random.nextDouble() < 0.7 ? 2 : 1);
              end = visit2;
              if (contact2) {
                c.flow("Flow_Visit2Contact", visit2);
                c.pass("ContactAtVisit2", "terminateEndEvent", visit2);
                contact = true;
              } else {
                c.flow("Flow_Visit2NoContact", visit2);
              }
            } else {
              c.flow("Flow_SecondVisitNo", visit1);
            }
            if (!contact) {
              c.pass("GW_NoContactMerge", "exclusiveGateway", end);
              c.flow("Flow_ToNotReached", end);
              c.pass("HouseholdNotReached", "escalationEndEvent", end);
            }
          }
          outreachEnd = end;
          recordContact = null;
        }
      } else {
        // opened by a bailiff notice: no letter, no visits, the closure waits for the eviction
        c.flow("Flow_OriginBailiff", t0);
        c.pass("GW_NoContactMerge", "exclusiveGateway", t0);
        c.flow("Flow_ToNotReached", t0);
        c.pass("HouseholdNotReached", "escalationEndEvent", t0);
        outreachEnd = t0;
        contact = false;
        recordContact = null;
      }

      LocalDateTime closedAt;
      LocalDateTime evictionDone = null;
      if (origin.equals("bailiff") || random.nextDouble() < 0.15) {
        LocalDate received = origin.equals("bailiff") ? day
            : outreachEnd.toLocalDate().plusDays(1 + random.nextInt(10));
        evictionDone = evictionNotice(c, facts, received, contact);
      }
      if (contact) {
        c.step("Outreach", "subProcess", t0, outreachEnd);
        c.flow("Flow_ContactMade", outreachEnd);
        LocalDateTime counselled = at(outreachEnd.toLocalDate(), 10 + random.nextInt(30));
        if (evictionDone != null && counselled.isBefore(evictionDone)) {
          counselled = at(evictionDone.toLocalDate(), 1 + random.nextInt(5));
        }
        c.step("Counselling", "userTask", outreachEnd, counselled);
        c.flow("Flow_ToClosureCheck", counselled);
        c.pass("GW_ClosureCheckMerge", "exclusiveGateway", counselled);
        c.flow("Flow_ToClosureAlreadyOpen", counselled);
        c.pass("GW_ClosureAlreadyOpen", "exclusiveGateway", counselled);
        c.flow("Flow_ClosureNotOpen", counselled);
        closeStart = counselled;
      } else {
        c.pass("NoContactAfterVisits", "boundaryEscalation", outreachEnd);
        c.flow("Flow_NotReachedToClose", outreachEnd);
        closeStart = outreachEnd;
      }
      c.pass("GW_CloseMerge", "exclusiveGateway", closeStart);
      c.flow("Flow_ToCloseCase", closeStart);
      closedAt = at(closeStart.toLocalDate(), 1 + random.nextInt(5));
      if (evictionDone != null && !closedAt.isAfter(evictionDone)) {
        closedAt = at(evictionDone.toLocalDate(), 1 + random.nextInt(5));
      }
      c.step("CloseCase", "userTask", closeStart, closedAt);
      facts.closedOn = closedAt.toLocalDate();
      facts.outcome = contact
          ? (random.nextDouble() < 0.7 ? "housing-retained" : random.nextBoolean() ? "moved-out"
              : "other")
          : (evictionDone != null && random.nextBoolean() ? "eviction-carried-out" : "no-contact");
      c.flow("Flow_ToCaseClosed", closedAt);
      c.pass("CaseClosed", "terminateEndEvent", closedAt);
      if (recordContact == null) {
        // still open beside the visits: cancelled by the contact at a visit, else by the closure
        c.step("RecordContact", "userTask", t0, contact ? outreachEnd : closedAt).canceled = true;
      }
      if (!contact) {
        c.step("Outreach", "subProcess", t0, closedAt).canceled = true;
      }
      c.step("CaseWork", "subProcess", t0, closedAt);
      c.flow("Flow_ToFollowUpDue", closedAt);
      LocalDateTime followUpDue = closedAt.toLocalDate().plusMonths(12).atTime(0, 5);
      c.step("FollowUpDue", "intermediateTimer", closedAt, followUpDue);
      c.flow("Flow_ToFollowUp", followUpDue);
      LocalDateTime followedUp = at(followUpDue.toLocalDate(), 1 + random.nextInt(10));
      c.step("FollowUp", "userTask", followUpDue, followedUp);
      facts.followUpOn = followedUp.toLocalDate();
      facts.stillHoused = random.nextDouble() < 0.8;
      c.flow("Flow_ToCaseCompleted", followedUp);
      c.pass("CaseCompleted", "noneEndEvent", followedUp);
      LocalDateTime endedAt = followedUp;
      String endEvent = "CaseCompleted";
      boolean deleted = false;

      // some cases end early: entered in error, handed over to another district, deleted
      double early = random.nextDouble();
      if (early < 0.045) {
        LocalDateTime cut = t0.plusDays(1 + random.nextInt(early < 0.015 ? 10 : 60))
            .withHour(11);
        cut(c, cut);
        if (early < 0.015) {
          c.pass("CaseEnteredInError", "messageStartEvent", cut);
          c.flow("Flow_ToCaseVoided", cut);
          c.pass("CaseVoided", "noneEndEvent", cut);
          c.step("CaseVoid", "subProcess", cut, cut);
          endEvent = "CaseVoided";
          facts.withdrawn = true;
        } else if (early < 0.035) {
          c.pass("CaseTransferred", "messageStartEvent", cut);
          c.flow("Flow_ToCaseHandedOver", cut);
          c.pass("CaseHandedOver", "noneEndEvent", cut);
          c.step("CaseTransfer", "subProcess", cut, cut);
          endEvent = "CaseHandedOver";
        } else {
          endEvent = null;
          deleted = true;
        }
        endedAt = cut;
        facts.cut(cut.toLocalDate());
      }

      // today: what has not ended yet is not recorded; a user task running now is open
      boolean isRunning = endedAt.isAfter(NOW);
      if (isRunning) {
        facts.cut(NOW.toLocalDate());
      }
      boolean deadlineMissed = false;
      int n = 0;
      int open = 0;
      c.steps.sort(Comparator.comparing((Step s) -> s.endedAt));
      for (Step s : c.steps) {
        if (s.endedAt.isAfter(NOW)) {
          if (s.type.equals("userTask") && !s.startedAt.isAfter(NOW)) {
            tasks.add(new Object[] {key + "-t" + open++, key, key, definitionId, s.activityId,
                s.activityId, engineTime(s.startedAt),
                s.due == null ? null : engineTime(s.due), district});
            openTasks++;
          }
          continue;
        }
        long durationMs = Duration.between(s.startedAt, s.endedAt).toMillis();
        stepRows.add(new Object[] {key + "-s" + n++, key, ProcessKeys.PROCESS, district,
            s.activityId, s.type, Timestamp.valueOf(s.startedAt), Timestamp.valueOf(s.endedAt),
            java.sql.Date.valueOf(s.endedAt.toLocalDate()), durationMs,
            CALENDAR.workingDaysBetween(s.startedAt.toLocalDate(), s.endedAt.toLocalDate()),
            s.canceled ? null : s.withinDue, s.canceled, s.deadline});
        steps++;
        canceled += s.canceled ? 1 : 0;
        if (s.deadline) {
          deadlines++;
          deadlineMissed = true;
        }
      }
      int f = 0;
      for (Transition t : c.flows) {
        if (!t.at().isAfter(NOW)) {
          transitionRows.add(new Object[] {key + "-f" + f++, key, ProcessKeys.PROCESS, district,
              t.flowId(), java.sql.Date.valueOf(t.at().toLocalDate())});
          transitions++;
        }
      }
      caseRows.add(new Object[] {key, ProcessKeys.PROCESS, district, Timestamp.valueOf(t0),
          java.sql.Date.valueOf(day), isRunning ? null : Timestamp.valueOf(endedAt),
          isRunning ? null : java.sql.Date.valueOf(endedAt.toLocalDate()),
          isRunning ? null : endEvent, !isRunning && deleted, deadlineMissed,
          facts.closedOn == null ? null : facts.outcome});
      cases++;
      if (isRunning) {
        running++;
        executions.add(new Object[] {key, key, key, "AZ-" + i, definitionId, district});
      } else if (sampleFinishedCase == null && "CaseCompleted".equals(endEvent)
          && i >= 1000) {
        sampleFinishedCase = key;
      }

      String caseId = Districts.ABBREVIATIONS.get(district) + "-" + day.getYear() + "-"
          + String.format("%05d", caseNumbers.merge(district + day.getYear(), 1, Integer::sum));
      registry.add(new Object[] {caseId, district, origin, "bench-household-" + i, key,
          facts.closedOn != null ? "closed" : "open", Timestamp.valueOf(t0)});
      kpiCases.add(new Object[] {key, district, origin,
          origin.equals("court") ? java.sql.Date.valueOf(day) : null, sqlDate(facts.letterSentOn),
          facts.letterSentOn == null ? null
              : java.sql.Date.valueOf(CALENDAR.addWorkingDays(facts.letterSentOn, 5)),
          sqlDate(facts.contactOn), facts.contactSource, sqlDate(facts.closedOn),
          facts.closedOn == null ? null : facts.outcome, sqlDate(facts.followUpOn),
          facts.followUpOn == null ? null : facts.stillHoused, facts.withdrawn,
          engineTime(t0), sqlDate(facts.contactSource != null
              && facts.contactSource.equals("recorded") ? facts.contactOn : null)});
      for (Object[] visit : facts.visits) {
        kpiVisits.add(new Object[] {key, visit[0], visit[1], visit[3], visit[2]});
      }
      for (Object[] notice : facts.notices) {
        Object[] row = Arrays.copyOf(notice, notice.length);
        row[0] = key + "-n" + row[0];
        row[1] = key;
        row[2] = district;
        kpiNotices.add(row);
      }
    }

    /**
     * A bailiff notice (event subprocess): the eviction letter, the decision whether to attend,
     * the eviction some weeks later. @return when its handling ended
     */
    private LocalDateTime evictionNotice(Course c, Facts facts, LocalDate received,
        boolean contact) {
      while (!CALENDAR.isWorkingDay(received)) {
        received = received.plusDays(1);
      }
      LocalDateTime t = received.atTime(9 + random.nextInt(6), random.nextInt(60));
      c.pass("BailiffNoticeReceived", "startEvent", t);
      c.flow("Flow_ToSendEvictionLetter", t);
      LocalDateTime letter = at(received, random.nextDouble() < 0.9 ? random.nextInt(4)
          : 4 + random.nextInt(2));
      c.task("SendEvictionLetter", t, letter, received, 3, "SendEvictionLetterDeadline",
          "EscalateSendEvictionLetter", "SendEvictionLetterEscalated", "Flow_ToEscalateEviction",
          "Flow_EvictionEscalated");
      c.flow("Flow_EvictionLetterSent", letter);
      c.pass("GW_ContactBeforeEviction", "exclusiveGateway", letter);
      LocalDateTime evictionAt = received.plusDays(30 + random.nextInt(40)).atTime(9, 0);
      LocalDateTime handled = letter;
      Boolean attend = null;
      Boolean attended = null;
      if (contact) {
        c.flow("Flow_HadContact", letter);
      } else {
        c.flow("Flow_NoContactYet", letter);
        LocalDateTime decided = at(letter.toLocalDate(), 1 + random.nextInt(3));
        c.step("DecideEvictionAttendance", "userTask", letter, decided);
        c.flow("Flow_ToAttendDecision", decided);
        c.pass("GW_AttendEviction", "exclusiveGateway", decided);
        attend = random.nextDouble() < 0.8;
        handled = decided;
        if (attend) {
          c.flow("Flow_AttendYes", decided);
          LocalDateTime recorded = evictionAt.plusHours(3);
          c.step("AttendEviction", "userTask", decided, recorded);
          c.flow("Flow_Attended", recorded);
          attended = random.nextDouble() < 0.85;
          handled = recorded;
        } else {
          c.flow("Flow_AttendNo", decided);
        }
      }
      c.pass("GW_EvictionMerge", "exclusiveGateway", handled);
      c.flow("Flow_ToEvictionHandled", handled);
      c.pass("EvictionNoticeHandled", "noneEndEvent", handled);
      c.step("EvictionNotice", "subProcess", t, handled);
      facts.notices.add(new Object[] {facts.notices.size(), null, null,
          java.sql.Date.valueOf(received), Timestamp.valueOf(evictionAt),
          java.sql.Date.valueOf(letter.toLocalDate()), attend, attended,
          Boolean.TRUE.equals(attended) ? 2 : null,
          attended == null ? null : random.nextDouble() < 0.85});
      return handled;
    }

    /** The case ends at {@code at}: what runs then is cancelled, what would come later goes. */
    private static void cut(Course c, LocalDateTime at) {
      List<Step> kept = new ArrayList<>();
      for (Step s : c.steps) {
        if (!s.endedAt.isAfter(at)) {
          kept.add(s);
        } else if (s.startedAt.isBefore(at)) {
          s.endedAt = at;
          s.canceled = true;
          s.withinDue = null;
          kept.add(s);
        }
      }
      c.steps.clear();
      c.steps.addAll(kept);
      c.flows.removeIf(f -> f.at().isAfter(at));
    }

    /** {@code workingDays} Berlin working days after the day, at a time of office hours. */
    private LocalDateTime at(LocalDate day, int workingDays) {
      LocalDate date = workingDays == 0 ? day : CALENDAR.addWorkingDays(day, workingDays);
      return date.atTime(8 + random.nextInt(9), random.nextInt(60));
    }

    /** What the indicator facts of a case hold. */
    static final class Facts {
      LocalDate letterSentOn;
      LocalDate contactOn;
      String contactSource;
      LocalDate closedOn;
      String outcome;
      LocalDate followUpOn;
      Boolean stillHoused;
      boolean withdrawn;
      /** visit no, visited on, contact, staff. */
      final List<Object[]> visits = new ArrayList<>();
      final List<Object[]> notices = new ArrayList<>();

      void contact(LocalDate on, String source) {
        if (contactOn == null || on.isBefore(contactOn)) {
          contactOn = on;
          contactSource = source;
        }
      }

      void visit(int number, LocalDate on, boolean contactMade, int staff) {
        visits.add(new Object[] {number, java.sql.Date.valueOf(on), contactMade, staff});
        if (contactMade) {
          contact(on, "visit");
        }
      }

      /** Nothing after that day has happened. */
      void cut(LocalDate day) {
        if (letterSentOn != null && letterSentOn.isAfter(day)) {
          letterSentOn = null;
        }
        if (contactOn != null && contactOn.isAfter(day)) {
          contactOn = null;
          contactSource = null;
        }
        visits.removeIf(v -> ((java.sql.Date) v[1]).toLocalDate().isAfter(day));
        if (contactOn == null) {
          visits.stream().filter(v -> (Boolean) v[2]).findFirst()
              .ifPresent(v -> contact(((java.sql.Date) v[1]).toLocalDate(), "visit"));
        }
        if (closedOn != null && closedOn.isAfter(day)) {
          closedOn = null;
        }
        if (followUpOn != null && followUpOn.isAfter(day)) {
          followUpOn = null;
        }
        notices.removeIf(n -> ((java.sql.Date) n[3]).toLocalDate().isAfter(day));
        for (Object[] notice : notices) {
          if (((java.sql.Date) notice[5]).toLocalDate().isAfter(day)) {
            notice[5] = null;
          }
          if (((Timestamp) notice[4]).toLocalDateTime().toLocalDate().isAfter(day)) {
            notice[7] = null;
            notice[8] = null;
            notice[9] = null;
          }
        }
      }
    }

    private void flush() {
      long start = System.nanoTime();
      tx.executeWithoutResult(status -> {
        insert(0, "INSERT INTO flow_case (case_key, process_key, district, started_at, "
                + "started_on, ended_at, ended_on, end_activity_id, deleted, deadline_missed, "
                + "outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseRows,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.DATE,
            Types.TIMESTAMP, Types.DATE, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN,
            Types.VARCHAR);
        insert(1, "INSERT INTO flow_step (step_key, case_key, process_key, district, "
                + "activity_id, activity_type, started_at, ended_at, ended_on, duration_ms, "
                + "working_days, within_due, canceled, deadline_event) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stepRows,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.DATE, Types.BIGINT,
            Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN);
        insert(2, "INSERT INTO flow_transition (transition_key, case_key, process_key, "
                + "district, flow_id, taken_on) VALUES (?, ?, ?, ?, ?, ?)", transitionRows,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DATE);
        insert(3, "INSERT INTO kpi_case_fact (case_key, district, origin, "
                + "court_received_on, letter_sent_on, appointment_on, first_contact_on, "
                + "first_contact_source, closed_on, outcome, follow_up_on, still_housed, "
                + "withdrawn, opened_at, recorded_contact_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", kpiCases,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.DATE,
            Types.BOOLEAN, Types.BOOLEAN, Types.TIMESTAMP, Types.DATE);
        insert(4, "INSERT INTO kpi_visit_fact (case_key, visit_no, visited_on, "
                + "staff_count, contact_made) VALUES (?, ?, ?, ?, ?)", kpiVisits,
            Types.VARCHAR, Types.SMALLINT, Types.DATE, Types.SMALLINT, Types.BOOLEAN);
        insert(5, "INSERT INTO kpi_eviction_fact (notice_key, case_key, district, "
                + "received_on, eviction_at, eviction_letter_sent_on, attend_eviction, "
                + "eviction_attended, eviction_staff_count, eviction_carried_out) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", kpiNotices,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.TIMESTAMP,
            Types.DATE, Types.BOOLEAN, Types.BOOLEAN, Types.SMALLINT, Types.BOOLEAN);
        insert(6, "INSERT INTO case_registry (case_id, district, origin, household_key, "
                + "process_instance_id, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            registry, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP);
        // the running instances as the engine holds them: an execution and the open user task
        insert(7, "INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, "
                + "PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, IS_ACTIVE_, IS_CONCURRENT_, "
                + "IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, "
                + "SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_) "
                + "VALUES (?, 1, ?, ?, ?, ?, TRUE, FALSE, TRUE, FALSE, 1, 0, 1, ?, '"
                + ProcessKeys.PROCESS + "')", executions,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR);
        insert(8, "INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, "
                + "PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, "
                + "SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, 50, ?, ?, 1, ?, 'Created')", tasks,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR);
      });
      Stream.of(caseRows, stepRows, transitionRows, kpiCases, kpiVisits, kpiNotices, registry,
          executions, tasks).forEach(List::clear);
      insertNanos += System.nanoTime() - start;
    }

    /** A JDBC batch into one table, timed per table. */
    private void insert(int table, String sql, List<Object[]> rows, int... types) {
      long start = System.nanoTime();
      jdbc.batchUpdate(sql, rows, types);
      tableNanos[table] += System.nanoTime() - start;
    }

    private static java.sql.Date sqlDate(LocalDate date) {
      return date == null ? null : java.sql.Date.valueOf(date);
    }

    /** A Berlin local time as the engine stores a {@link Date} (and {@code opened_at}). */
    private static Timestamp engineTime(LocalDateTime berlin) {
      return Timestamp.from(berlin.atZone(BERLIN).toInstant());
    }
  }

  // ------------------------------------------------------------------ application, database

  private static ConfigurableApplicationContext start(Map<String, Object> database) {
    Map<String, Object> properties = new LinkedHashMap<>(database);
    properties.put("server.port", 0);
    properties.put("camunda.bpm.generate-unique-process-engine-name", true);
    properties.put("camunda.bpm.generate-unique-process-application-name", true);
    // as arguments: they win over application-test.yaml (default properties would not)
    String[] arguments = properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(WohnraumerhaltApplication.class).profiles("test")
        .run(arguments);
  }

  private static String definitionId(ConfigurableApplicationContext app) {
    List<ProcessDefinition> latest = app.getBean(RepositoryService.class)
        .createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS).latestVersion()
        .list();
    return latest.stream().min(Comparator.comparing(d -> d.getTenantId() != null)).orElseThrow()
        .getId();
  }

  /** Fresh statistics, as a database in use has them. */
  private static void analyze(JdbcTemplate jdbc, String database) {
    if (database.equals("H2")) {
      jdbc.execute("ANALYZE");
    } else {
      jdbc.execute("ANALYZE flow_case, flow_step, flow_transition, flow_step_month, "
          + "flow_transition_month, flow_case_month, flow_month_state, kpi_case_fact, kpi_visit_fact, "
          + "kpi_eviction_fact, case_registry, act_ru_execution, act_ru_task");
    }
  }

  private static boolean postgresAnswers() {
    try (Connection connection = PostgresAvailable.connect()) {
      return connection.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  /** {@code target-…}: the directory the test classes were compiled to lies in it. */
  private static Path buildDir() throws Exception {
    return Path.of(FlowBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).getParent();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private void say(String line) {
    System.out.println("[flow-bench] " + line);
    lines.add(line);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

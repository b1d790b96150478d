package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_1;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_2;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ContactSource;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.EvictionNoticeFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.HomeVisit;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiCalculator;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code mvn -Pbench test} (never part of {@code mvn test}): how fast {@code /api/kpi} is on the
 * recorded facts, against computing the same from Camunda's {@code HistoryService} instance by
 * instance.
 *
 * <ol>
 *   <li>{@code bench.cases} (default 100,000) cases' facts over the 12 districts and the two years
 *       2033–2034, written directly into the fact tables; {@code /api/kpi} timed for Berlin/year
 *       (JSON and CSV) and for a district/half-year;
 *   <li>{@code bench.engineCases} (default 300) cases driven through the real engine in 2037
 *       (clear of the generated facts); the indicators computed from the facts and from the history (variables, details and tasks of
 *       each historic instance) must agree; the time per instance is extrapolated.
 * </ol>
 * Figures go to stdout and {@code target/kpi-benchmark.txt}.
 */
@AppTest
class KpiBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 100_000);
  static final int ENGINE_CASES = Integer.getInteger("bench.engineCases", 300);
  static final String ENGINE_DISTRICT = "treptow-koepenick";
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired HistoryService historyService;
  @Autowired KpiService kpiService;

  final List<String> lines = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key LIKE 'bench-%'");
    jdbc.update("DELETE FROM kpi_eviction_fact WHERE case_key LIKE 'bench-%'");
    jdbc.update("DELETE FROM kpi_case_fact WHERE case_key LIKE 'bench-%'");
  }

  @Test
  void factsVersusHistory() throws IOException {
    say("KPI benchmark – " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, database " + jdbc.execute((java.sql.Connection c) ->
            c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()));

    long start = System.nanoTime();
    int[] written = generateFacts(CASES);
    say(String.format("facts written: %,d cases, %,d visits, %,d bailiff notices in %.1f s",
        written[0], written[1], written[2], seconds(start)));

    TestClock.at("2035-01-01T08:00");
    time("GET /api/kpi Berlin, year 2033 (12 districts + Berlin), JSON",
        () -> get("monitoring", "/api/kpi?from=2033-01-01&to=2033-12-31", MediaType.APPLICATION_JSON));
    time("GET /api/kpi Berlin, year 2033, CSV",
        () -> get("monitoring", "/api/kpi?from=2033-01-01&to=2033-12-31",
            MediaType.parseMediaType("text/csv")));
    time("GET /api/kpi Berlin, 2 years 2033–2034, JSON",
        () -> get("monitoring", "/api/kpi?from=2033-01-01&to=2034-12-31", MediaType.APPLICATION_JSON));
    time("GET /api/kpi district Mitte, half-year 2034-H1 (team lead, no Berlin)",
        () -> get("leitung.mitte", "/api/kpi?from=2034-01-01&to=2034-06-30", MediaType.APPLICATION_JSON));
    time("GET /api/kpi district Mitte, half-year 2034-H1 + Berlin (monitoring)",
        () -> get("monitoring", "/api/kpi?from=2034-01-01&to=2034-06-30&district=mitte",
            MediaType.APPLICATION_JSON));

    // ---- the same from Camunda's history, on cases run through the engine
    start = System.nanoTime();
    List<String> instanceIds = driveEngineCases(ENGINE_CASES);
    say(String.format("engine cases driven: %,d in %.1f s", instanceIds.size(), seconds(start)));
    Period year2037 = Period.of("2037-01-01", "2037-12-31");
    TestClock.at("2038-03-01T08:00");
    KpiScope scope = new KpiScope(List.of(ENGINE_DISTRICT), false);

    KpiReport fromFacts = kpiService.report(year2037, scope);
    KpiReport fromHistory = historyReport(year2037);
    assertThat(fromHistory.districts()).as("history and facts give the same indicators")
        .isEqualTo(fromFacts.districts());
    say("indicators from facts and from history agree: " + fromFacts.districts().get(0)
        .indicators().entrySet().stream().limit(4)
        .map(e -> e.getKey() + "=" + e.getValue().numerator() + "/" + e.getValue().denominator())
        .toList());

    double factsMs = median(() -> kpiService.report(year2037, scope));
    double historyMs = median(() -> historyReport(year2037));
    double perInstance = historyMs / instanceIds.size();
    say(String.format("district year 2037, %d cases: from facts %.1f ms, from history %.1f ms "
        + "(%.2f ms per instance)", instanceIds.size(), factsMs, historyMs, perInstance));
    say(String.format("history instance by instance for %,d cases (extrapolated): %.0f s",
        CASES, perInstance * CASES / 1000));

    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "kpi-benchmark.txt"), lines);
  }

  // ------------------------------------------------------------------ facts at scale

  /** @return cases, visits, notices written */
  private int[] generateFacts(int count) {
    Random random = new Random(42);
    List<Object[]> cases = new ArrayList<>();
    List<Object[]> visits = new ArrayList<>();
    List<Object[]> notices = new ArrayList<>();
    int[] totals = new int[3];
    LocalDate first = LocalDate.of(2033, 1, 1);
    for (int i = 0; i < count; i++) {
      String key = "bench-" + i;
      String district = Districts.IDS.get(i % Districts.IDS.size());
      LocalDate day = first.plusDays(random.nextInt(730));
      boolean court = random.nextDouble() < 0.88;
      LocalDate letter = null;
      LocalDate contactOn = null;
      String source = null;
      if (court && random.nextDouble() < 0.97) {
        letter = after(day, random.nextDouble() < 0.8 ? random.nextInt(4) : 4 + random.nextInt(3));
        if (random.nextDouble() < 0.45) {
          contactOn = letter.plusDays(1 + random.nextInt(12));
          source = "recorded";
        } else {
          LocalDate visit1 = after(letter, random.nextDouble() < 0.85 ? 5 + random.nextInt(6)
              : 11 + random.nextInt(4));
          boolean contact1 = random.nextDouble() < 0.4;
          visits.add(new Object[] {key, 1, visit1, random.nextDouble() < 0.7 ? 2 : 1, contact1});
          if (contact1) {
            contactOn = visit1;
            source = "visit";
          } else if (random.nextBoolean()) {
            LocalDate visit2 = visit1.plusDays(7);
            boolean contact2 = random.nextDouble() < 0.3;
            visits.add(new Object[] {key, 2, visit2, random.nextDouble() < 0.7 ? 2 : 1, contact2});
            if (contact2) {
              contactOn = visit2;
              source = "visit";
            }
          }
        }
      } else if (!court && random.nextDouble() < 0.3) {
        contactOn = day.plusDays(2 + random.nextInt(20));
        source = "recorded";
      }
      LocalDate closedOn = (contactOn != null ? contactOn : day).plusDays(30 + random.nextInt(60));
      cases.add(new Object[] {key, district, court ? "court" : "bailiff", court ? day : null, letter,
          letter == null ? null : letter.plusDays(7), contactOn, source, closedOn,
          contactOn != null ? "housing-retained" : "no-contact",
          Timestamp.from(Instant.parse(day + "T09:00:00Z"))});
      if (!court || random.nextDouble() < 0.2) {
        LocalDate received = court ? day.plusDays(20 + random.nextInt(180)) : day;
        LocalDateTime evictionAt = received.plusDays(30 + random.nextInt(40)).atTime(9, 0);
        boolean contactBefore = contactOn != null && contactOn.isBefore(evictionAt.toLocalDate());
        Boolean attend = contactBefore ? null : random.nextDouble() < 0.8;
        Boolean attended = Boolean.TRUE.equals(attend) ? random.nextDouble() < 0.85 : null;
        Boolean carriedOut = attended == null ? null : random.nextDouble() < 0.85;
        notices.add(new Object[] {"bench-n" + i, key, district, received, evictionAt,
            after(received, random.nextDouble() < 0.9 ? random.nextInt(4) : 4 + random.nextInt(2)),
            attend, attended, Boolean.TRUE.equals(attended) ? 2 : null, carriedOut});
      }
      if (cases.size() == 2000 || i == count - 1) {
        totals[0] += cases.size();
        totals[1] += visits.size();
        totals[2] += notices.size();
        flush(cases, visits, notices);
      }
    }
    return totals;
  }

  private static LocalDate after(LocalDate day, int workingDays) {
    return workingDays == 0 ? day : CALENDAR.addWorkingDays(day, workingDays);
  }

  private void flush(List<Object[]> cases, List<Object[]> visits, List<Object[]> notices) {
    jdbc.batchUpdate("INSERT INTO kpi_case_fact (case_key, district, origin, court_received_on, "
        + "letter_sent_on, appointment_on, first_contact_on, first_contact_source, closed_on, "
        + "outcome, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases);
    jdbc.batchUpdate("INSERT INTO kpi_visit_fact (case_key, visit_no, visited_on, staff_count, "
        + "contact_made) VALUES (?, ?, ?, ?, ?)", visits);
    jdbc.batchUpdate("INSERT INTO kpi_eviction_fact (notice_key, case_key, district, received_on, "
        + "eviction_at, eviction_letter_sent_on, attend_eviction, eviction_attended, "
        + "eviction_staff_count, eviction_carried_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notices);
    cases.clear();
    visits.clear();
    notices.clear();
  }

  // ------------------------------------------------------------------ engine cases, history

  private List<String> driveEngineCases(int count) {
    CaseDriver cases = new CaseDriver(engine, startVariables, ENGINE_DISTRICT);
    List<String> ids = new ArrayList<>();
    LocalDate base = LocalDate.of(2037, 1, 7);
    for (int i = 0; i < count; i++) {
      LocalDate day = base.plusDays((long) i * 300 / count);
      while (!CALENDAR.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      String d0 = day.toString();
      ProcessInstance pi;
      switch (i % 5) {
        case 0 -> {
          pi = cases.courtCase(d0);
          cases.sendCourtLetter(pi, after(day, 2).toString(), after(day, 7) + "T10:00");
          cases.recordContact(pi, after(day, 4).toString(), "phone");
          cases.counsel(pi, after(day, 8).toString());
          cases.closeCase(pi, after(day, 9).toString(), "housing-retained");
        }
        case 1 -> {
          pi = cases.courtCase(d0);
          LocalDate letter = after(day, 5);
          cases.sendCourtLetter(pi, letter.toString(), after(letter, 5) + "T10:00");
          cases.appointmentPassed(pi, after(letter, 6).toString());
          cases.visit(pi, TASK_HOME_VISIT_1, after(letter, i % 2 == 0 ? 8 : 12).toString(), 2,
              false, true);
          cases.visit(pi, TASK_HOME_VISIT_2, after(letter, 15).toString(), 1, true, null);
        }
        case 2 -> {
          pi = cases.courtCase(d0);
          LocalDate letter = after(day, 1);
          cases.sendCourtLetter(pi, letter.toString(), after(letter, 5) + "T10:00");
          cases.appointmentPassed(pi, after(letter, 6).toString());
          cases.visit(pi, TASK_HOME_VISIT_1, after(letter, i % 3 == 0 ? 11 : 9).toString(), 1,
              true, false);
          LocalDate notice = after(letter, 14);
          cases.bailiffNotice(pi, notice.toString(), notice.plusDays(40) + "T09:00");
          cases.sendEvictionLetter(pi, after(notice, i % 4 == 0 ? 4 : 2).toString());
        }
        case 3 -> {
          pi = cases.bailiffCase(d0, day.plusDays(35) + "T09:00");
          cases.sendEvictionLetter(pi, after(day, i % 2 == 0 ? 1 : 5).toString());
          cases.decideAttendance(pi, after(day, 6).toString(), true);
          cases.attendEviction(pi, day.plusDays(35).toString(), i % 3 != 0, i % 3 != 0 ? 2 : null,
              i % 4 != 0);
        }
        default -> pi = cases.courtCase(d0);
      }
      ids.add(pi.getId());
    }
    return ids;
  }

  /** The indicators 1.1–1.4 of the engine district computed from Camunda's history only. */
  private KpiReport historyReport(Period period) {
    List<CaseFacts> cases = new ArrayList<>();
    List<EvictionNoticeFacts> notices = new ArrayList<>();
    Date since = Date.from(period.from().minusYears(1).atStartOfDay(TestClock.BERLIN).toInstant());
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).tenantIdIn(ENGINE_DISTRICT)
        .startedAfter(since).list()) {
      reconstruct(instance, cases, notices);
    }
    return new KpiCalculator(CALENDAR).report(period,
        new KpiFacts(cases, notices, List.of(), List.of()), List.of(ENGINE_DISTRICT), false,
        kpiService.now());
  }

  private void reconstruct(HistoricProcessInstance instance, List<CaseFacts> cases,
      List<EvictionNoticeFacts> notices) {
    String id = instance.getId();
    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(id).list();
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(id).finished().list();
    List<HistoricDetail> details = historyService.createHistoricDetailQuery()
        .processInstanceId(id).variableUpdates().list();

    Map<String, Object> process = new HashMap<>();
    Map<String, Map<String, Object>> scopes = new HashMap<>();
    for (HistoricVariableInstance v : variables) {
      if (id.equals(v.getActivityInstanceId())) {
        process.put(v.getName(), v.getValue());
      } else {
        scopes.computeIfAbsent(v.getActivityInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    List<HomeVisit> visits = new ArrayList<>();
    LocalDate contactOn = date(process.get(CaseVariables.CONTACT_ON));
    ContactSource source = contactOn == null ? null : ContactSource.RECORDED;
    for (HistoricTaskInstance task : tasks) {
      int number = TASK_HOME_VISIT_1.equals(task.getTaskDefinitionKey()) ? 1
          : TASK_HOME_VISIT_2.equals(task.getTaskDefinitionKey()) ? 2 : 0;
      if (number == 0 || !"completed".equals(task.getDeleteReason())) {
        continue;
      }
      Map<String, Object> submitted = new HashMap<>();
      for (HistoricDetail detail : details) {
        if (task.getActivityInstanceId().equals(detail.getActivityInstanceId())
            && detail instanceof HistoricVariableUpdate update) {
          submitted.put(update.getVariableName(), update.getValue());
        }
      }
      LocalDate visitedOn = date(submitted.get(CaseVariables.VISITED_ON));
      boolean contact = Boolean.TRUE.equals(submitted.get(CaseVariables.CONTACT_MADE));
      visits.add(new HomeVisit(number, visitedOn,
          (Integer) submitted.get(CaseVariables.VISIT_STAFF_COUNT), contact));
      if (contact && (contactOn == null || visitedOn.isBefore(contactOn))) {
        contactOn = visitedOn;
        source = ContactSource.VISIT;
      }
    }
    boolean court = "court".equals(process.get(CaseVariables.CASE_ORIGIN));
    cases.add(new CaseFacts(id, instance.getTenantId(),
        court ? date(process.get(CaseVariables.RECEIVED_ON)) : null,
        date(process.get(CaseVariables.LETTER_SENT_ON)),
        date(process.get(CaseVariables.APPOINTMENT_AT)), contactOn, source, visits, null, null,
        null, null));
    for (var scope : scopes.entrySet()) {
      Map<String, Object> notice = scope.getValue();
      if (notice.containsKey(CaseVariables.BAILIFF_RECEIVED_ON)) {
        notices.add(new EvictionNoticeFacts(scope.getKey(), id, instance.getTenantId(),
            date(notice.get(CaseVariables.BAILIFF_RECEIVED_ON)),
            LocalDateTime.parse((String) notice.get(CaseVariables.EVICTION_AT)),
            date(notice.get(CaseVariables.EVICTION_LETTER_SENT_ON)),
            (Boolean) notice.get(CaseVariables.ATTEND_EVICTION),
            (Boolean) notice.get(CaseVariables.EVICTION_ATTENDED),
            (Integer) notice.get(CaseVariables.EVICTION_STAFF_COUNT),
            (Boolean) notice.get(CaseVariables.EVICTION_CARRIED_OUT), contactOn));
      }
    }
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
  }

  // ------------------------------------------------------------------ timing

  private void time(String what, Supplier<ResponseEntity<String>> call) {
    ResponseEntity<String> first = call.get();
    assertThat(first.getStatusCode()).as(what).isEqualTo(HttpStatus.OK);
    call.get();
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    say(String.format("%-75s median %7.1f ms (min %.1f, max %.1f), %,d bytes", what, ms[2], ms[0],
        ms[4], first.getBody().length()));
  }

  private static double median(Runnable work) {
    work.run();
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[2];
  }

  private ResponseEntity<String> get(String user, String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setAccept(List.of(accept));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private void say(String line) {
    System.out.println("[kpi-bench] " + line);
    lines.add(line);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

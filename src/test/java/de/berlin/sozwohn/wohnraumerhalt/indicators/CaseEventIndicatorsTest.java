package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_ATTEND_EVICTION;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_CLOSE_CASE;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CohortFigures;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.EvictionNoticeFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The indicators of SPEC §4 under case events, corrections and deletion, end to end: cases of
 * Mitte in 2033 (a year no other test uses) entered through {@code POST /api/notices/…} on the
 * engine clock, worked through the engine, changed through {@code /api/cases/{id}/events} and
 * {@code …/corrections}, and read back through {@code GET /api/kpi}. Every number is counted by
 * hand in the comment next to it.
 *
 * <p>Berlin 2033: Frauentag Tue 8 Mar, Karfreitag 15 Apr, Ostermontag 18 Apr, 1 May a Sunday,
 * Christi Himmelfahrt Thu 26 May, Pfingstmontag 6 Jun; 30 Jun is a Thursday, 1 Jul a Friday.
 */
@AppTest
class CaseEventIndicatorsTest {

  static final String DISTRICT = "mitte";
  /** The district a case is handed over to: no other test has cases there in 2033. */
  static final String RECEIVING = "marzahn-hellersdorf";
  static final String H1 = "/api/kpi?from=2033-01-01&to=2033-06-30&district=";
  static final String H2 = "/api/kpi?from=2033-07-01&to=2033-12-31&district=";
  /** the checkpoint: every deadline of H1 has passed */
  static final String CHECKPOINT = "2033-07-15T12:00";

  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final AtomicInteger NUMBERS = new AtomicInteger();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired CaseStartVariables startVariables;
  @Autowired KpiService kpiService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  CaseDriver tasks;
  IndicatorFactReader facts;

  @BeforeEach
  void setUp() {
    ClockUtil.reset();
    tasks = new CaseDriver(engine, startVariables, DISTRICT);
    facts = new IndicatorFactReader(jdbc);
    // the PostgreSQL suite keeps its schema between runs: no facts of cases opened in 2033
    String cases = "SELECT case_key FROM kpi_case_fact WHERE district IN (?, ?) "
        + "AND opened_at >= ? AND opened_at < ?";
    Object[] args = {DISTRICT, RECEIVING, Timestamp.valueOf("2033-01-01 00:00:00"),
        Timestamp.valueOf("2034-01-01 00:00:00")};
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key IN (" + cases + ")", args);
    jdbc.update("DELETE FROM kpi_eviction_fact WHERE case_key IN (" + cases + ")", args);
    jdbc.update("DELETE FROM kpi_case_fact WHERE case_key IN (" + cases + ")", args);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ deletion

  @Test
  void deletingAnInstanceLeavesAPastReportExactlyAsItWas() throws Exception {
    // A: court notice Mon 7 Mar, letter Fri 11 Mar (Wed 9 = 1, Thu 10 = 2, Fri 11 = 3: met),
    // no reaction, first visit Wed 23 Mar with contact (14-18 Mar = 1-5, 21, 22, 23 = 6-8: met),
    // counselled, closed Thu 31 Mar: waits for the follow-up
    Opened a = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(a), "2033-03-11", "2033-03-18T10:00");
    tasks.appointmentPassed(pi(a), "2033-03-19");
    tasks.visit(pi(a), TASK_HOME_VISIT_1, "2033-03-23", 2, true, null);
    tasks.counsel(pi(a), "2033-03-28");
    tasks.closeCase(pi(a), "2033-03-31", "housing-retained");
    // B: court notice Mon 2 May, letter Fri 6 May (Tue 3, Wed 4, Thu 5, Fri 6 = 4: missed), no
    // visit by the visit deadline Fri 20 May (9-13 May = 1-5, 16-20 May = 6-10): waits at
    // HomeVisit1
    Opened b = courtCase("2033-05-02");
    tasks.sendCourtLetter(pi(b), "2033-05-06", "2033-05-13T10:00");
    tasks.appointmentPassed(pi(b), "2033-05-14");
    // C: bailiff notice without a case Wed 1 Jun, eviction Tue 21 Jun; eviction letter Fri 3 Jun
    // (Thu 2 = 1, Fri 3 = 2: met); attendance decided, never recorded: waits at AttendEviction
    Opened c = bailiffCase("2033-06-01", "2033-06-21T09:00");
    tasks.sendEvictionLetter(pi(c), "2033-06-03");
    tasks.decideAttendance(pi(c), "2033-06-03", true);
    assertThat(taskKeys(c)).contains(TASK_ATTEND_EVICTION);

    TestClock.at(CHECKPOINT);
    JsonNode before = district(H1 + DISTRICT);
    JsonNode indicators = before.path("indicators");
    // 1.1: A met, B missed; 1.2: A met, B missed
    assertIndicator(indicators.path("1.1"), 1, 2, 50.0, "below", 0);
    assertIndicator(indicators.path("1.2"), 1, 2, 50.0, "below", 0);
    // 1.3: C met; 1.4: C's eviction day is over without attendance: missed
    assertIndicator(indicators.path("1.3"), 1, 1, 100.0, "met", 0);
    assertIndicator(indicators.path("1.4"), 0, 1, 0.0, null, 0);

    // the process owner deletes the three instances in Cockpit
    for (Opened opened : List.of(a, b, c)) {
      runtimeService.deleteProcessInstance(opened.pid(), "In Cockpit gelöscht");
    }
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceIds(Set.of(a.pid(), b.pid(), c.pid())).count()).isZero();
    HistoricProcessInstance deleted = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(b.pid()).singleResult();
    assertThat(deleted.getState()).isNotEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(deleted.getDeleteReason()).isEqualTo("In Cockpit gelöscht");

    // the past report is exactly what it was – now and whenever it is asked for again
    assertThat(district(H1 + DISTRICT)).isEqualTo(before);
    TestClock.at("2034-03-01T09:00");
    assertThat(district(H1 + DISTRICT)).isEqualTo(before);
  }

  // ------------------------------------------------------------------ corrections

  @Test
  void aCorrectionMovesACaseBetweenMetAndMissedAndBetweenPeriods() throws Exception {
    // D: court notice Mon 7 Mar, letter Fri 11 Mar (Wed 9 = 1, Thu 10 = 2, Fri 11 = 3: met), the
    // household calls on Wed 16 Mar (a reaction: not in 1.2)
    Opened d = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(d), "2033-03-11", "2033-03-18T10:00");
    tasks.recordContact(pi(d), "2033-03-16", "phone");
    // E: court notice Thu 30 Jun (H1), letter Mon 4 Jul (Fri 1 = 1, Mon 4 = 2: met), the
    // household calls on Tue 5 Jul (not in 1.2)
    Opened e = courtCase("2033-06-30");
    tasks.sendCourtLetter(pi(e), "2033-07-04", "2033-07-11T10:00");
    tasks.recordContact(pi(e), "2033-07-05", "email");

    TestClock.at(CHECKPOINT);
    assertIndicator(indicators(H1).path("1.1"), 2, 2, 100.0, "met", 0);
    assertIndicator(indicators(H2).path("1.1"), 0, 0, null, null, 0);
    assertIndicator(indicators(H1).path("1.2"), 0, 0, null, null, 0);
    assertIndicator(indicators(H2).path("1.2"), 0, 0, null, null, 0);

    // D's letter really went out on Mon 14 Mar: day 4 -> missed
    correct(d, Map.of("field", "letterSentOn", "value", "2033-03-14",
        "reason", "Versanddatum laut Postausgangsbuch"));
    assertThat(facts.findCase(d.pid()).orElseThrow().letterSentOn())
        .isEqualTo(LocalDate.parse("2033-03-14"));
    assertIndicator(indicators(H1).path("1.1"), 1, 2, 50.0, "below", 0);

    // E's notice really arrived on Fri 1 Jul: it leaves H1 and joins H2 (letter Mon 4 Jul = 1:
    // met)
    correct(e, Map.of("field", "receivedOn", "value", "2033-07-01",
        "reason", "Eingangsstempel falsch gelesen"));
    assertIndicator(indicators(H1).path("1.1"), 0, 1, 0.0, "below", 0);
    assertIndicator(indicators(H2).path("1.1"), 1, 1, 100.0, "met", 0);

    // and back: D's letter on Fri 11 Mar after all -> met again
    correct(d, Map.of("field", "letterSentOn", "value", "2033-03-11",
        "reason", "Doch am 11.03. versandt"));
    assertIndicator(indicators(H1).path("1.1"), 1, 1, 100.0, "met", 0);
    assertIndicator(indicators(H2).path("1.1"), 1, 1, 100.0, "met", 0);
    // neither case is in 1.2: their contacts were reactions before the visit deadline
    assertIndicator(indicators(H1).path("1.2"), 0, 0, null, null, 0);
    assertIndicator(indicators(H2).path("1.2"), 0, 0, null, null, 0);

    JsonNode kept = json.readTree(get("leitung.mitte", "/api/cases/" + d.caseId()
        + "/corrections").getBody());
    assertThat(kept.findValuesAsText("newValue")).containsExactly("2033-03-14", "2033-03-11");
  }

  @Test
  void correctedContactAndVisitDaysRecomputeTheFirstContact() throws Exception {
    // letters Fri 11 Mar (met); the visit deadline of 1.2 is Fri 25 Mar (14-18 Mar = 1-5,
    // 21-25 Mar = 6-10), Mon 28 Mar is day 11
    // P: no visit, the household calls on Thu 24 Mar: a reaction before the deadline (not in 1.2)
    Opened p = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(p), "2033-03-11", "2033-03-18T10:00");
    // Q: no reaction, first visit Wed 23 Mar (8) with contact: met
    Opened q = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(q), "2033-03-11", "2033-03-18T10:00");
    tasks.appointmentPassed(pi(q), "2033-03-19");
    tasks.visit(pi(q), TASK_HOME_VISIT_1, "2033-03-23", 2, true, null);
    tasks.recordContact(pi(p), "2033-03-24", "phone");

    TestClock.at(CHECKPOINT);
    assertIndicator(indicators(H1).path("1.2"), 1, 1, 100.0, "met", 0);

    // P's household really called only on Mon 28 Mar, after the deadline, and nobody visited:
    // missed. The first contact moves later – it is recomputed, not "the earliest ever seen".
    correct(p, Map.of("field", "contactOn", "value", "2033-03-28",
        "reason", "Anruf im Kalender falsch eingetragen"));
    assertThat(facts.findCase(p.pid()).orElseThrow().firstContactOn())
        .isEqualTo(LocalDate.parse("2033-03-28"));
    assertIndicator(indicators(H1).path("1.2"), 1, 2, 50.0, "below", 0);

    // Q's visit was really made on Mon 28 Mar (11): missed; its contact moves with it
    correct(q, Map.of("field", "visitedOn", "visit", 1, "value", "2033-03-28",
        "reason", "Datum aus dem Besuchsprotokoll"));
    CaseFacts corrected = facts.findCase(q.pid()).orElseThrow();
    assertThat(corrected.firstVisit().orElseThrow().visitedOn())
        .isEqualTo(LocalDate.parse("2033-03-28"));
    assertThat(corrected.firstContactOn()).isEqualTo(LocalDate.parse("2033-03-28"));
    assertIndicator(indicators(H1).path("1.2"), 0, 2, 0.0, "below", 0);
    // 1.1 is untouched: both letters on day 3
    assertIndicator(indicators(H1).path("1.1"), 2, 2, 100.0, "met", 0);
  }

  // ------------------------------------------------------------------ entered in error

  @Test
  void aCaseEnteredInErrorLeavesEveryIndicatorAndTheCounts() throws Exception {
    // F: court notice Mon 7 Mar, letter Fri 11 Mar (3: met), no reaction, first visit Wed 23 Mar
    // (8: met) by two without contact, no second visit; the case stays open
    Opened f = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(f), "2033-03-11", "2033-03-18T10:00");
    tasks.appointmentPassed(pi(f), "2033-03-19");
    tasks.visit(pi(f), TASK_HOME_VISIT_1, "2033-03-23", 2, false, false);
    // G: court notice Mon 2 May, letter Fri 6 May (4: missed), the household calls on Tue 10 May
    Opened g = courtCase("2033-05-02");
    tasks.sendCourtLetter(pi(g), "2033-05-06", "2033-05-13T10:00");
    tasks.recordContact(pi(g), "2033-05-10", "office");
    // F: a bailiff notice joins the case Wed 1 Jun (eviction Tue 21 Jun), eviction letter Fri 3
    // Jun (2: met), attendance decided, never recorded
    bailiffNoticeFor(f, "2033-06-01", "2033-06-21T09:00", HttpStatus.OK);
    tasks.sendEvictionLetter(pi(f), "2033-06-03");
    tasks.decideAttendance(pi(f), "2033-06-03", true);

    TestClock.at(CHECKPOINT);
    JsonNode before = indicators(H1);
    // 1.1: F met, G missed; 1.2: F met (G reacted); 1.3: F met; 1.4: F missed (no contact ever)
    assertIndicator(before.path("1.1"), 1, 2, 50.0, "below", 0);
    assertIndicator(before.path("1.2"), 1, 1, 100.0, "met", 0);
    assertIndicator(before.path("1.3"), 1, 1, 100.0, "met", 0);
    assertIndicator(before.path("1.4"), 0, 1, 0.0, null, 0);
    // the counts beside the standards: two court notices of H1, one visit (in pairs)
    CohortFigures counts = counts();
    assertThat(counts.cases()).isEqualTo(2);
    assertThat(counts.visits()).isEqualTo(1);
    assertThat(counts.visitsInPairs()).isEqualTo(1);

    ResponseEntity<String> voided = event("leitung.mitte", f, Map.of("type", "entered-in-error",
        "on", "2033-07-15", "reason", "Mitteilung betraf einen Haushalt in Pankow"));
    assertThat(json.readTree(voided.getBody()).path("status").asText())
        .isEqualTo("entered-in-error");
    assertThat(facts.isWithdrawn(f.pid())).isTrue();

    // only G is left: 1.1 missed, nothing else
    JsonNode after = indicators(H1);
    assertIndicator(after.path("1.1"), 0, 1, 0.0, "below", 0);
    assertIndicator(after.path("1.2"), 0, 0, null, null, 0);
    assertIndicator(after.path("1.3"), 0, 0, null, null, 0);
    assertIndicator(after.path("1.4"), 0, 0, null, null, 0);
    CohortFigures left = counts();
    assertThat(left.cases()).isEqualTo(1);
    assertThat(left.visits()).isZero();
    // also in the year and in H2 (where nothing of F belonged anyway)
    assertIndicator(indicators("/api/kpi?from=2033-01-01&to=2033-12-31&district=").path("1.3"),
        0, 0, null, null, 0);
  }

  // ------------------------------------------------------------------ evictions

  @Test
  void aCalledOffEvictionLeavesIndicator14AndAPostponedOneCountsByItsNewDay() throws Exception {
    // three bailiff notices without a case, received Wed 1 Jun; eviction letters Thu 2 Jun (1:
    // met). H: eviction Tue 21 Jun, attendance decided; I: eviction Wed 22 Jun, attendance
    // declined; J: eviction Thu 30 Jun, attendance decided
    Opened h = bailiffCase("2033-06-01", "2033-06-21T09:00");
    Opened i = bailiffCase("2033-06-01", "2033-06-22T09:00");
    Opened j = bailiffCase("2033-06-01", "2033-06-30T09:00");
    for (Opened opened : List.of(h, i, j)) {
      tasks.sendEvictionLetter(pi(opened), "2033-06-02");
    }
    tasks.decideAttendance(pi(h), "2033-06-02", true);
    tasks.decideAttendance(pi(i), "2033-06-02", false);
    tasks.decideAttendance(pi(j), "2033-06-02", true);

    // Mon 20 Jun at noon: no eviction day is over yet -> three pending
    TestClock.at("2033-06-20T12:00");
    assertIndicator(indicators(H1).path("1.4"), 0, 0, null, null, 3);
    assertIndicator(indicators(H1).path("1.3"), 3, 3, 100.0, "met", 0);

    // the bailiff calls H's eviction off the same day: its attendance task ends, it leaves 1.4
    event("fk.mitte", h, Map.of("type", "eviction-called-off", "on", "2033-06-20",
        "bailiffReference", h.bailiffReference()));
    assertThat(taskKeys(h)).doesNotContain(TASK_ATTEND_EVICTION);
    assertThat(facts.noticesOfCase(h.pid())).extracting(EvictionNoticeFacts::calledOffOn)
        .containsExactly(LocalDate.parse("2033-06-20"));
    assertIndicator(indicators(H1).path("1.4"), 0, 0, null, null, 2);

    // Mon 27 Jun: J's eviction is postponed from Thu 30 Jun to Mon 4 Jul -> out of H1, into H2
    TestClock.at("2033-06-27T12:00");
    event("fk.mitte", j, Map.of("type", "eviction-postponed", "on", "2033-06-27",
        "bailiffReference", j.bailiffReference(), "evictionAt", "2033-07-04T09:00"));
    assertThat(facts.noticesOfCase(j.pid())).extracting(EvictionNoticeFacts::evictionAt)
        .containsExactly(LocalDateTime.parse("2033-07-04T09:00"));
    // "Zwangsräumung begleiten" is now due on the new day
    Task attendJ = task(j, TASK_ATTEND_EVICTION);
    assertThat(attendJ.getDueDate().toInstant().atZone(TestClock.BERLIN).toLocalDate())
        .isEqualTo(LocalDate.parse("2033-07-04"));
    // H1 on 27 Jun: I's day (22 Jun) is over without attendance -> missed; H called off, J moved
    assertIndicator(indicators(H1).path("1.4"), 0, 1, 0.0, null, 0);
    assertIndicator(indicators(H2).path("1.4"), 0, 0, null, null, 1);

    // J's eviction is attended on its new day, Mon 4 Jul
    tasks.attendEviction(pi(j), "2033-07-04", true, 2, true);

    TestClock.at(CHECKPOINT);
    // H1: H's day (21 Jun) is long over, but called off: still not missed; I missed
    assertIndicator(indicators(H1).path("1.4"), 0, 1, 0.0, null, 0);
    // 1.3 is unchanged by both events: the letters were sent in time
    assertIndicator(indicators(H1).path("1.3"), 3, 3, 100.0, "met", 0);
    // H2: J attended
    assertIndicator(indicators(H2).path("1.4"), 1, 1, 100.0, null, 0);
  }

  @Test
  void aClosureEndsTheActsOfTheNoticesThatHadArrived() throws Exception {
    // R: court notice Mon 7 Mar, letter Fri 11 Mar, first visit Wed 23 Mar without contact, no
    // second visit: "Fall abschließen" is open
    Opened r = courtCase("2033-03-07");
    tasks.sendCourtLetter(pi(r), "2033-03-11", "2033-03-18T10:00");
    tasks.appointmentPassed(pi(r), "2033-03-19");
    tasks.visit(pi(r), TASK_HOME_VISIT_1, "2033-03-23", 2, false, false);
    // notice 1 joins Wed 1 Jun (eviction Tue 21 Jun), letter Fri 3 Jun (Thu 2 = 1, Fri 3 = 2:
    // met), attendance decided
    bailiffNoticeFor(r, "2033-06-01", "2033-06-21T09:00", HttpStatus.OK);
    tasks.sendEvictionLetter(pi(r), "2033-06-03");
    tasks.decideAttendance(pi(r), "2033-06-03", true);
    // notice 2 joins Wed 8 Jun (eviction Tue 28 Jun); its letter is due Mon 13 Jun ([Pfingst-
    // montag 6 Jun], Thu 9 = 1, Fri 10 = 2, Mon 13 = 3)
    bailiffNoticeFor(r, "2033-06-08", "2033-06-28T09:00", HttpStatus.OK);
    // the case is closed on Mon 13 Jun: the case work ends with both notices' open tasks
    tasks.closeCase(pi(r), "2033-06-13", "no-contact");
    assertThat(taskKeys(r)).isEmpty();
    // notice 3 of Wed 15 Jun (eviction Tue 12 Jul) for the same household opens a new case; nobody
    // sends its letter (due Mon 20 Jun: Thu 16 = 1, Fri 17 = 2, Mon 20 = 3) nor attends
    Opened s = bailiffNoticeFor(r, "2033-06-15", "2033-07-12T09:00", HttpStatus.CREATED);
    assertThat(s.caseId()).isNotEqualTo(r.caseId());

    TestClock.at(CHECKPOINT);
    // 1.3: notice 1 met; notice 2's case ended on its due day before a letter: not counted;
    // notice 3 missed
    assertIndicator(indicators(H1).path("1.3"), 1, 2, 50.0, "below", 0);
    // 1.4: notices 1 and 2 not counted (the case closed before their eviction days)
    assertIndicator(indicators(H1).path("1.4"), 0, 0, null, null, 0);
    // notice 3's eviction day (12 Jul, H2) is over without attendance: missed
    assertIndicator(indicators(H2).path("1.4"), 0, 1, 0.0, null, 0);
  }

  // ------------------------------------------------------------------ outreach ended

  @Test
  void aCaseEventBeforeTheLetterDeadlineLeavesTheNoticeOutOf11() throws Exception {
    // K: court notice Thu 12 May, letter the same day (0 working days: met)
    Opened k = courtCase("2033-05-12");
    tasks.sendCourtLetter(pi(k), "2033-05-12", "2033-05-19T10:00");
    JsonNode baseline = indicators(H1).path("1.1");
    assertIndicator(baseline, 1, 1, 100.0, "met", 0);

    // L1-L4 and M: court notices Thu 12 May, due Tue 17 May (Fri 13 = 1, Mon 16 = 2, Tue 17 = 3);
    // on Thu 12 May all five are pending
    Opened l1 = courtCase("2033-05-12");
    Opened l2 = courtCase("2033-05-12");
    Opened l3 = courtCase("2033-05-12");
    Opened l4 = courtCase("2033-05-12");
    Opened m = courtCase("2033-05-12");
    assertIndicator(indicators(H1).path("1.1"), 1, 1, 100.0, "met", 5);
    // K's household calls on Fri 13 May (a reaction: K is not in 1.2)
    tasks.recordContact(pi(k), "2033-05-13", "phone");

    // Mon 16 May, before the deadline, nothing sent: the lawsuit is withdrawn (L1), the arrears
    // are settled (L2), the household has moved (L3), the case is handed over (L4)
    TestClock.at("2033-05-16T12:00");
    event("fk.mitte", l1, Map.of("type", "lawsuit-withdrawn", "on", "2033-05-16"));
    event("fk.mitte", l2, Map.of("type", "arrears-settled", "on", "2033-05-16"));
    event("fk.mitte", l3, Map.of("type", "household-moved", "on", "2033-05-16"));
    ResponseEntity<String> handedOver = event("fk.mitte", l4, Map.of("type", "transferred",
        "on", "2033-05-16", "toDistrict", RECEIVING));
    for (Opened ended : List.of(l1, l2, l3, l4)) {
      CaseFacts recorded = facts.findCase(ended.pid()).orElseThrow();
      assertThat(recorded.outreachEndedOn()).as(ended.caseId())
          .isEqualTo(LocalDate.parse("2033-05-16"));
      assertThat(recorded.letterSentOn()).as(ended.caseId()).isNull();
    }
    for (Opened settled : List.of(l1, l2, l3)) {
      assertThat(taskKeys(settled)).containsExactly(TASK_CLOSE_CASE);
    }
    // numerator and denominator as before the five arrived; only M still pending
    assertIndicator(indicators(H1).path("1.1"), 1, 1, 100.0, "met", 1);
    // the case opened in the receiving district had no court notice there: not in its 1.1
    String newCaseId = json.readTree(handedOver.getBody()).path("linkedCaseId").asText();
    assertThat(newCaseId).isNotBlank();
    assertIndicator(indicators(H1, RECEIVING).path("1.1"), 0, 0, null, null, 0);

    // M: the lawsuit is withdrawn only on Wed 18 May, after the due day: missed as it stands
    TestClock.at("2033-05-18T12:00");
    event("fk.mitte", m, Map.of("type", "lawsuit-withdrawn", "on", "2033-05-18"));

    TestClock.at(CHECKPOINT);
    // K met, M missed; L1-L4 neither met, missed nor pending
    assertIndicator(indicators(H1).path("1.1"), 1, 2, 50.0, "below", 0);
    assertIndicator(indicators(H1, RECEIVING).path("1.1"), 0, 0, null, null, 0);
    // nothing in 1.2: L1-L4 and M sent no letter, K's household reacted
    assertIndicator(indicators(H1).path("1.2"), 0, 0, null, null, 0);
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid, Map<String, Object> notice, String bailiffReference) {}

  /** A court notice of Mitte entered at noon of its day of receipt (the clock only goes on). */
  private Opened courtCase(String receivedOn) throws Exception {
    TestClock.onDay(receivedOn);
    int n = NUMBERS.incrementAndGet();
    Map<String, Object> notice = TestNotices.courtNotice(DISTRICT, n + " C " + RUN + "/33",
        LocalDate.parse(receivedOn), "Karla Kennzahl", "Zählweg " + n + " " + RUN);
    ResponseEntity<String> response = post("fk.mitte", "/api/notices/court", notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    return new Opened(body.path("caseId").asText(), body.path("processInstanceId").asText(),
        notice, null);
  }

  /** A bailiff notice of Mitte without a case, entered at noon of its day of receipt. */
  private Opened bailiffCase(String receivedOn, String evictionAt) throws Exception {
    TestClock.onDay(receivedOn);
    int n = NUMBERS.incrementAndGet();
    String reference = "DR II " + n + "/" + RUN;
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Rudi Räumung");
    household.put("street", "Zählweg " + n + " " + RUN);
    household.put("postalCode", "10115");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", DISTRICT);
    notice.put("bailiffReference", reference);
    notice.put("receivedOn", receivedOn);
    notice.put("evictionAt", evictionAt);
    notice.put("household", household);
    ResponseEntity<String> response = post("fk.mitte", "/api/notices/bailiff", notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    return new Opened(body.path("caseId").asText(), body.path("processInstanceId").asText(),
        notice, reference);
  }

  /** A bailiff notice for the household and court file of a court case: it joins it if open. */
  @SuppressWarnings("unchecked")
  private Opened bailiffNoticeFor(Opened c, String receivedOn, String evictionAt,
      HttpStatus expected) throws Exception {
    TestClock.onDay(receivedOn);
    String reference = "DR II " + NUMBERS.incrementAndGet() + "/" + RUN;
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", DISTRICT);
    notice.put("bailiffReference", reference);
    notice.put("receivedOn", receivedOn);
    notice.put("evictionAt", evictionAt);
    notice.put("household", (Map<String, Object>) c.notice().get("household"));
    notice.put("court", c.notice().get("court"));
    notice.put("courtFileNumber", c.notice().get("courtFileNumber"));
    ResponseEntity<String> response = post("fk.mitte", "/api/notices/bailiff", notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    JsonNode body = json.readTree(response.getBody());
    if (expected == HttpStatus.OK) {
      assertThat(body.path("caseId").asText()).isEqualTo(c.caseId());
    }
    return new Opened(body.path("caseId").asText(), body.path("processInstanceId").asText(),
        notice, reference);
  }

  private ResponseEntity<String> event(String user, Opened c, Map<String, Object> body) {
    ResponseEntity<String> response = post(user, "/api/cases/" + c.caseId() + "/events", body);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return response;
  }

  private void correct(Opened c, Map<String, Object> body) {
    ResponseEntity<String> response = post("leitung.mitte", "/api/cases/" + c.caseId()
        + "/corrections", body);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  /** The indicators of Mitte for the period of {@code query} ({@link #H1}, {@link #H2}). */
  private JsonNode indicators(String query) throws Exception {
    return indicators(query, DISTRICT);
  }

  private JsonNode indicators(String query, String district) throws Exception {
    return district(query + district).path("indicators");
  }

  /** The district's block of {@code GET /api/kpi}, as the Monitoringstelle reads it. */
  private JsonNode district(String path) throws Exception {
    ResponseEntity<String> response = get("monitoring", path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode districts = json.readTree(response.getBody()).path("districts");
    assertThat(districts).hasSize(1);
    return districts.get(0);
  }

  /** Case counts of Mitte's court notices in H1 2033 (SPEC §4 "also reported"). */
  private CohortFigures counts() {
    return kpiService.cohortFigures(Period.of("2033-01-01", "2033-06-30"),
        new KpiScope(List.of(DISTRICT), false)).get(DISTRICT);
  }

  private static void assertIndicator(JsonNode value, int numerator, int denominator,
      Double percent, String status, int pending) {
    assertThat(value.path("numerator").asInt()).as("numerator").isEqualTo(numerator);
    assertThat(value.path("denominator").asInt()).as("denominator").isEqualTo(denominator);
    if (percent == null) {
      assertThat(value.path("percent").isNull()).as("percent").isTrue();
    } else {
      assertThat(value.path("percent").asDouble()).as("percent").isEqualTo(percent);
    }
    if (status == null) {
      assertThat(value.path("status").isNull()).as("status").isTrue();
    } else {
      assertThat(value.path("status").asText()).as("status").isEqualTo(status);
    }
    assertThat(value.path("pending").asInt()).as("pending").isEqualTo(pending);
  }

  private ProcessInstance pi(Opened c) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(c.pid()).singleResult();
  }

  private Task task(Opened c, String key) {
    return taskService.createTaskQuery().processInstanceId(c.pid()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> taskKeys(Opened c) {
    return taskService.createTaskQuery().processInstanceId(c.pid()).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }
}

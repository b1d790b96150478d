package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_1;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_2;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ContactSource;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.EvictionNoticeFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.HomeVisit;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facts recorded while cases run through the real engine (history events, same transaction):
 * exactly what the caseworkers recorded, in the right scope, and no personal data.
 */
@AppTest
class IndicatorFactsRecordingTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseStartVariables startVariables;
  @Autowired JdbcTemplate jdbc;

  CaseDriver cases;
  IndicatorFactReader recorded;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine, startVariables, "spandau");
    recorded = new IndicatorFactReader(jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCourtCaseFromNoticeToFollowUp() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    CaseFacts opened = recorded.findCase(pi.getId()).orElseThrow();
    assertThat(opened.district()).isEqualTo("spandau");
    assertThat(opened.courtReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(opened.letterSentOn()).isNull();

    cases.sendCourtLetter(pi, "2026-03-04", "2026-03-10T10:00");
    cases.appointmentPassed(pi, "2026-03-11");
    cases.visit(pi, TASK_HOME_VISIT_1, "2026-03-12", 2, false, true);
    cases.visit(pi, TASK_HOME_VISIT_2, "2026-03-19", 1, true, null);
    cases.counsel(pi, "2026-03-25");
    cases.closeCase(pi, "2026-04-15", "housing-retained");
    cases.followUp(pi, "2027-04-20", true);

    CaseFacts facts = recorded.findCase(pi.getId()).orElseThrow();
    assertThat(facts.letterSentOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(facts.appointmentOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(facts.visits()).containsExactly(
        new HomeVisit(1, LocalDate.of(2026, 3, 12), 2, false),
        new HomeVisit(2, LocalDate.of(2026, 3, 19), 1, true));
    assertThat(facts.firstContactOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(facts.firstContactSource()).isEqualTo(ContactSource.VISIT);
    assertThat(facts.closedOn()).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(facts.outcome()).isEqualTo("housing-retained");
    assertThat(facts.followUpOn()).isEqualTo(LocalDate.of(2027, 4, 20));
    assertThat(facts.stillHoused()).isTrue();
  }

  @Test
  void aRecordedContactIsTheFirstContact() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    cases.recordContact(pi, "2026-03-05", "phone");
    CaseFacts facts = recorded.findCase(pi.getId()).orElseThrow();
    assertThat(facts.firstContactOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(facts.firstContactSource()).isEqualTo(ContactSource.RECORDED);
    assertThat(facts.visits()).isEmpty();
  }

  @Test
  void eachBailiffNoticeHasItsOwnFacts() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-03", "2026-03-10T10:00");
    cases.bailiffNotice(pi, "2026-03-05", "2026-04-14T09:00");
    cases.bailiffNotice(pi, "2026-03-06", "2026-05-19T08:30");

    cases.sendEvictionLetter(pi, "2026-03-06");
    cases.sendEvictionLetter(pi, "2026-03-12");
    cases.decideAttendance(pi, "2026-03-13", true);
    cases.decideAttendance(pi, "2026-03-13", false);
    cases.attendEviction(pi, "2026-04-14", false, null, false);

    List<EvictionNoticeFacts> notices = recorded.noticesOfCase(pi.getId());
    assertThat(notices).hasSize(2);
    EvictionNoticeFacts first = notices.get(0);
    EvictionNoticeFacts second = notices.get(1);
    assertThat(first.noticeKey()).isNotEqualTo(second.noticeKey());
    assertThat(first.district()).isEqualTo("spandau");
    assertThat(first.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(first.evictionAt()).isEqualTo(LocalDateTime.of(2026, 4, 14, 9, 0));
    assertThat(first.evictionLetterSentOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(first.attendEviction()).isTrue();
    assertThat(first.evictionAttended()).isFalse();
    assertThat(first.evictionCarriedOut()).as("called off").isFalse();
    assertThat(second.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(second.evictionAt()).isEqualTo(LocalDateTime.of(2026, 5, 19, 8, 30));
    assertThat(second.evictionLetterSentOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(second.attendEviction()).isFalse();
    assertThat(second.evictionAttended()).isNull();
  }

  @Test
  void aCaseOpenedByABailiffNoticeWithAttendedEviction() {
    ProcessInstance pi = cases.bailiffCase("2026-03-02", "2026-04-21T09:00");
    cases.sendEvictionLetter(pi, "2026-03-03");
    cases.decideAttendance(pi, "2026-03-04", true);
    cases.attendEviction(pi, "2026-04-21", true, 2, true);
    cases.closeCase(pi, "2026-04-22", "eviction-carried-out");

    CaseFacts facts = recorded.findCase(pi.getId()).orElseThrow();
    assertThat(facts.openedByCourtNotice()).isFalse();
    assertThat(facts.courtReceivedOn()).isNull();
    assertThat(facts.outcome()).isEqualTo("eviction-carried-out");
    EvictionNoticeFacts notice = recorded.noticesOfCase(pi.getId()).get(0);
    assertThat(notice.evictionAttended()).isTrue();
    assertThat(notice.evictionStaffCount()).isEqualTo(2);
    assertThat(notice.evictionCarriedOut()).isTrue();
  }

  @Test
  void deletingACaseLeavesItsFactsAsTheyWere() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-04", "2026-03-10T10:00");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "in Cockpit gelöscht");
    assertThat(recorded.isWithdrawn(pi.getId())).isFalse();
    assertThat(recorded.findCase(pi.getId()).orElseThrow().letterSentOn())
        .isEqualTo(LocalDate.parse("2026-03-04"));
  }

  @Test
  void factsHoldNoPersonalData() {
    ProcessInstance pi = cases.courtCase("2026-03-02");
    cases.sendCourtLetter(pi, "2026-03-02", "2026-03-09T10:00");
    cases.bailiffNotice(pi, "2026-03-05", "2026-04-14T09:00");
    String dump = String.valueOf(jdbc.queryForList("SELECT * FROM kpi_case_fact WHERE case_key = ?",
        pi.getId())) + jdbc.queryForList("SELECT * FROM kpi_eviction_fact WHERE case_key = ?",
        pi.getId());
    assertThat(dump).contains("spandau")
        .doesNotContain("Mustermann", "Musterstraße", "13597", "Amtsgericht", "DR II",
            pi.getBusinessKey());
  }
}

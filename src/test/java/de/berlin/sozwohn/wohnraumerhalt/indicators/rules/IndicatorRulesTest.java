package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Assessment.MET;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Assessment.MISSED;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Assessment.NOT_COUNTED;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Assessment.PENDING;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.bailiffCase;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.courtCase;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.d;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.notice;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.t;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of SPEC §4 on hand-written facts. Every expectation is counted by hand in the comment
 * next to it (weekdays checked against a calendar; the day of receipt never counts).
 */
class IndicatorRulesTest {

  static final WorkingDayCalendar BERLIN = new WorkingDayCalendar();
  static final IndicatorRules RULES = new IndicatorRules(BERLIN);

  static final Period H1_2026 = Period.of("2026-01-01", "2026-06-30");
  static final Period H2_2026 = Period.of("2026-07-01", "2026-12-31");
  static final Period YEAR_2026 = Period.of("2026-01-01", "2026-12-31");
  /** a report made long after the period: every deadline has passed */
  static final LocalDate LATER = d("2027-03-01");

  @Nested
  class CourtNoticeLetter_1_1 {

    @Test
    void easterHolidaysDoNotCount() {
      // received Wed 1 Apr 2026: Thu 2.4. = 1, Karfreitag 3.4. and Ostermontag 6.4. do not count,
      // Tue 7.4. = 2, Wed 8.4. = 3 -> in time; Thu 9.4. = 4 -> late
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-08"))).isEqualTo(MET);
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-09"))).isEqualTo(MISSED);
    }

    @Test
    void noticeOnSaturdayHasMondayAsDayOne() {
      // Sat 10 Jan 2026: Mon 12 = 1, Tue 13 = 2, Wed 14 = 3, Thu 15 = 4
      assertThat(assess(courtCase("2026-01-10").letter("2026-01-14"))).isEqualTo(MET);
      assertThat(assess(courtCase("2026-01-10").letter("2026-01-15"))).isEqualTo(MISSED);
    }

    @Test
    void mayDayOnFriday() {
      // Thu 30 Apr 2026: 1 May (Fri) holiday, Mon 4.5. = 1, Tue 5.5. = 2, Wed 6.5. = 3
      assertThat(assess(courtCase("2026-04-30").letter("2026-05-06"))).isEqualTo(MET);
      assertThat(assess(courtCase("2026-04-30").letter("2026-05-07"))).isEqualTo(MISSED);
    }

    @Test
    void letterOnTheDayOfReceiptIsInTime() {
      assertThat(assess(courtCase("2026-03-02").letter("2026-03-02"))).isEqualTo(MET);
    }

    @Test
    void configuredClosingDaysDoNotCount() {
      var closedOnChristmasEve = new IndicatorRules(
          new WorkingDayCalendar(List.of(), List.of(MonthDay.of(12, 24), MonthDay.of(12, 31))));
      CaseFacts facts = courtCase("2026-12-23").letter("2026-12-30").build();
      // Wed 23 Dec 2026: Thu 24 closed, Fri 25 and Sat 26 holidays, Mon 28 = 1, Tue 29 = 2, Wed 30 = 3
      assertThat(closedOnChristmasEve.courtNoticeLetter(facts, YEAR_2026, LATER)).isEqualTo(MET);
      // without the closing day: Thu 24 = 1, Mon 28 = 2, Tue 29 = 3, Wed 30 = 4
      assertThat(RULES.courtNoticeLetter(facts, YEAR_2026, LATER)).isEqualTo(MISSED);
    }

    @Test
    void pendingUntilTheDueDayIsOver() {
      // Thu 25 Jun 2026: Fri 26 = 1, Mon 29 = 2, Tue 30 = 3 (due day)
      CaseFacts notSent = courtCase("2026-06-25").build();
      assertThat(RULES.courtNoticeLetter(notSent, H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      assertThat(RULES.courtNoticeLetter(notSent, H1_2026, d("2026-07-01"))).isEqualTo(MISSED);
      // sent on the due day: met, no longer pending
      CaseFacts sent = courtCase("2026-06-25").letter("2026-06-30").build();
      assertThat(RULES.courtNoticeLetter(sent, H1_2026, d("2026-06-30"))).isEqualTo(MET);
    }

    @Test
    void aNoticeBelongsToThePeriodOfItsReceipt() {
      // received Tue 30 Jun 2026, letter Thu 2 Jul (Wed 1 = 1, Thu 2 = 2): counted in H1 only
      CaseFacts crossing = courtCase("2026-06-30").letter("2026-07-02").build();
      assertThat(RULES.courtNoticeLetter(crossing, H1_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.courtNoticeLetter(crossing, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
      // the H1 report made on 1 July sees it pending (due Fri 3 Jul)
      CaseFacts open = courtCase("2026-06-30").build();
      assertThat(RULES.courtNoticeLetter(open, H1_2026, d("2026-07-01"))).isEqualTo(PENDING);
    }

    @Test
    void periodBoundariesAreInclusive() {
      assertThat(RULES.courtNoticeLetter(courtCase("2026-01-01").letter("2026-01-02").build(),
          H1_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.courtNoticeLetter(courtCase("2025-12-31").letter("2026-01-02").build(),
          H1_2026, LATER)).isEqualTo(NOT_COUNTED);
    }

    @Test
    void casesOpenedByABailiffNoticeAreNoCourtNotices() {
      assertThat(assess(bailiffCase())).isEqualTo(NOT_COUNTED);
    }

    private Assessment assess(Facts.CaseBuilder facts) {
      return RULES.courtNoticeLetter(facts.build(), YEAR_2026, LATER);
    }
  }

  @Nested
  class HomeVisit_1_2 {

    // letter Mon 2 Mar 2026: 3,4,5,6 (1-4), 9..13 (5-9), Mon 16 Mar = 10 (8 Mar 2026 is a Sunday)

    @Test
    void firstVisitWithinTenWorkingDays() {
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .visit("2026-03-16", 2, false))).isEqualTo(MET);
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .visit("2026-03-17", 2, false))).isEqualTo(MISSED);
    }

    @Test
    void womensDayOnAWeekdayDoesNotCount() {
      // letter Mon 1 Mar 2027: 2,3,4,5 (1-4), Mon 8 Mar Frauentag, 9,10,11,12 (5-8), 15 (9), Tue 16 (10)
      var year2027 = Period.of("2027-01-01", "2027-12-31");
      var facts = courtCase("2027-02-26").letter("2027-03-01");
      assertThat(RULES.homeVisit(facts.visit("2027-03-16", 1, false).build(), year2027,
          d("2027-06-01"))).isEqualTo(MET);
      assertThat(RULES.homeVisit(courtCase("2027-02-26").letter("2027-03-01")
          .visit("2027-03-17", 1, false).build(), year2027, d("2027-06-01"))).isEqualTo(MISSED);
    }

    @Test
    void contactAtTheFirstVisitIsNoReaction() {
      // the visit was needed: counted, in time
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .visit("2026-03-11", 2, true))).isEqualTo(MET);
    }

    @Test
    void contactAtTheSecondVisitCountsTheFirstVisit() {
      // first visit Wed 11 Mar without contact (7 working days), second Wed 18 Mar with contact
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .visit("2026-03-11", 2, false).visit("2026-03-18", 1, true))).isEqualTo(MET);
      // first visit late (Tue 17 Mar = 11), contact at the second: counted and missed
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .visit("2026-03-17", 1, false).visit("2026-03-24", 2, true))).isEqualTo(MISSED);
    }

    @Test
    void aReactionBeforeTheAppointmentIsNotCounted() {
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .recordedContact("2026-03-04"))).isEqualTo(NOT_COUNTED);
    }

    @Test
    void aReactionAfterTheAppointmentButBeforeTheVisitDeadlineIsStillAReaction() {
      // appointment Mon 9 Mar passed, the household calls on Thu 12 Mar, no visit was made
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .recordedContact("2026-03-12"))).isEqualTo(NOT_COUNTED);
      // ... even on the due day itself (Mon 16 Mar)
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .recordedContact("2026-03-16"))).isEqualTo(NOT_COUNTED);
    }

    @Test
    void aReactionAfterTheVisitDeadlineWithoutAVisitIsAMissedVisit() {
      // no visit and the household called only on Tue 17 Mar, after the deadline (Mon 16 Mar)
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .recordedContact("2026-03-17"))).isEqualTo(MISSED);
    }

    @Test
    void aContactRecordedBeforeTheFirstVisitIsAReaction() {
      // entered later with its real date: the household called on Tue 10 Mar, visit on Wed 11 Mar
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .recordedContact("2026-03-10").visit("2026-03-11", 2, false))).isEqualTo(NOT_COUNTED);
      // recorded on the day of the visit: not before it, the case is counted
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .recordedContact("2026-03-11").visit("2026-03-11", 2, false))).isEqualTo(MET);
    }

    @Test
    void noVisitAndNoContact() {
      CaseFacts facts = courtCase("2026-02-27").letter("2026-03-02").build();
      assertThat(RULES.homeVisit(facts, YEAR_2026, d("2026-03-16"))).isEqualTo(PENDING);
      assertThat(RULES.homeVisit(facts, YEAR_2026, d("2026-03-17"))).isEqualTo(MISSED);
    }

    @Test
    void pendingAtThePeriodEnd() {
      // letter Mon 22 Jun 2026: 23-26 (1-4), 29, 30, 1-3 Jul (5-9), Mon 6 Jul = 10
      CaseFacts facts = courtCase("2026-06-19").letter("2026-06-22").build();
      assertThat(RULES.homeVisit(facts, H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      assertThat(RULES.homeVisit(facts, H1_2026, d("2026-07-06"))).isEqualTo(PENDING);
      assertThat(RULES.homeVisit(facts, H1_2026, d("2026-07-07"))).isEqualTo(MISSED);
    }

    @Test
    void aCaseBelongsToThePeriodOfItsLetter() {
      // court notice in June, letter on Wed 1 Jul: 1.1 in H1, 1.2 in H2
      CaseFacts facts = courtCase("2026-06-29").letter("2026-07-01")
          .visit("2026-07-08", 2, false).build();
      assertThat(RULES.homeVisit(facts, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      assertThat(RULES.homeVisit(facts, H2_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.courtNoticeLetter(facts, H1_2026, LATER)).isEqualTo(MET);
    }

    @Test
    void casesWithoutAStandardLetterAreNotCounted() {
      assertThat(assess(bailiffCase().visit("2026-03-11", 2, false))).isEqualTo(NOT_COUNTED);
      assertThat(assess(courtCase("2026-03-02"))).isEqualTo(NOT_COUNTED);
    }

    private Assessment assess(Facts.CaseBuilder facts) {
      return RULES.homeVisit(facts.build(), YEAR_2026, LATER);
    }
  }

  @Nested
  class BailiffNoticeLetter_1_3 {

    @Test
    void easterHolidaysDoNotCount() {
      // received Wed 1 Apr 2026: Thu 2.4. = 1, Tue 7.4. = 2, Wed 8.4. = 3, Thu 9.4. = 4
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-08")))
          .isEqualTo(MET);
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-09")))
          .isEqualTo(MISSED);
    }

    @Test
    void ascensionDayDoesNotCount() {
      // received Wed 13 May 2026: Christi Himmelfahrt Thu 14, Fri 15 = 1, Mon 18 = 2, Tue 19 = 3
      assertThat(assess(notice("2026-05-13", "2026-06-16T09:00").letter("2026-05-19")))
          .isEqualTo(MET);
      assertThat(assess(notice("2026-05-13", "2026-06-16T09:00").letter("2026-05-20")))
          .isEqualTo(MISSED);
    }

    @Test
    void pendingAndMissed() {
      EvictionNoticeFacts open = notice("2026-06-25", "2026-08-04T09:00").build();
      // Thu 25 Jun: due Tue 30 Jun
      assertThat(RULES.bailiffNoticeLetter(open, H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      assertThat(RULES.bailiffNoticeLetter(open, H1_2026, d("2026-07-01"))).isEqualTo(MISSED);
      assertThat(RULES.bailiffNoticeLetter(open, H2_2026, d("2026-07-01"))).isEqualTo(NOT_COUNTED);
    }

    private Assessment assess(Facts.NoticeBuilder notice) {
      return RULES.bailiffNoticeLetter(notice.build(), YEAR_2026, LATER);
    }
  }

  @Nested
  class EvictionAttendance_1_4 {

    static final String EVICTION = "2026-05-12T09:00";

    @Test
    void attendedWithoutPriorContact() {
      assertThat(assess(notice("2026-04-01", EVICTION).attended(true, true))).isEqualTo(MET);
    }

    @Test
    void notAttendedOrDecidedAgainst() {
      assertThat(assess(notice("2026-04-01", EVICTION).attended(false, true))).isEqualTo(MISSED);
      assertThat(assess(notice("2026-04-01", EVICTION).decided(false))).isEqualTo(MISSED);
      // nothing recorded at all after the eviction day
      assertThat(assess(notice("2026-04-01", EVICTION))).isEqualTo(MISSED);
    }

    @Test
    void calledOffEvictionsAreNotCounted() {
      assertThat(assess(notice("2026-04-01", EVICTION).attended(true, false)))
          .isEqualTo(NOT_COUNTED);
      assertThat(assess(notice("2026-04-01", EVICTION).attended(false, false)))
          .isEqualTo(NOT_COUNTED);
    }

    @Test
    void aBailiffNoticeJoiningAContactedCaseIsNotCounted() {
      // the household called on 4 Mar; the notice came on 1 Apr
      assertThat(assess(notice("2026-04-01", EVICTION).caseContact("2026-03-04").decided(false)))
          .isEqualTo(NOT_COUNTED);
      // contact after the notice but before the eviction day
      assertThat(assess(notice("2026-04-01", EVICTION).caseContact("2026-05-11")))
          .isEqualTo(NOT_COUNTED);
    }

    @Test
    void contactOnTheEvictionDayIsNotBeforeIt() {
      assertThat(assess(notice("2026-04-01", EVICTION).caseContact("2026-05-12")
          .attended(true, true))).isEqualTo(MET);
    }

    @Test
    void pendingUntilTheEvictionHasPassed() {
      EvictionNoticeFacts open = notice("2026-06-01", "2026-06-30T09:00").decided(true).build();
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T08:59"))).isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T09:00"))).isEqualTo(MISSED);
      EvictionNoticeFacts done = notice("2026-06-01", "2026-06-30T09:00").attended(true, true)
          .build();
      assertThat(RULES.evictionAttendance(done, H1_2026, t("2026-06-30T13:00"))).isEqualTo(MET);
    }

    @Test
    void anEvictionBelongsToThePeriodOfItsDate() {
      // notice received in June, eviction on Tue 7 Jul
      EvictionNoticeFacts facts = notice("2026-06-15", "2026-07-07T09:00").attended(true, true)
          .build();
      assertThat(RULES.evictionAttendance(facts, H1_2026, t("2026-12-31T12:00")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.evictionAttendance(facts, H2_2026, t("2026-12-31T12:00"))).isEqualTo(MET);
      assertThat(RULES.bailiffNoticeLetter(facts, H1_2026, LATER)).isEqualTo(MISSED);
    }

    private Assessment assess(Facts.NoticeBuilder notice) {
      return RULES.evictionAttendance(notice.build(), YEAR_2026, t("2027-01-15T12:00"));
    }
  }
}

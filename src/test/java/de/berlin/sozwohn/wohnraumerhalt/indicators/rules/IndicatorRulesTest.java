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
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.transferredCase;
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

    // Case events. Received Wed 1 Apr 2026: Thu 2.4. = 1, [Karfreitag 3.4., Ostermontag 6.4.],
    // Tue 7.4. = 2, Wed 8.4. = 3 (due day); the deadline has passed once Wed 8 Apr is over.

    @Test
    void anOutreachEndedBeforeTheDeadlinePassedLeavesTheNoticeUncounted() {
      // lawsuit withdrawn, arrears settled, household moved, case transferred (the facts hold only
      // the day): on the day of receipt Wed 1.4., on Tue 7.4. (day 2), on the due day Wed 8.4.
      // itself – the deadline had not passed, nothing was sent: neither met, missed nor pending
      for (String endedOn : List.of("2026-04-01", "2026-04-07", "2026-04-08")) {
        assertThat(assess(courtCase("2026-04-01").outreachEndedOn(endedOn))).as(endedOn)
            .isEqualTo(NOT_COUNTED);
      }
    }

    @Test
    void anOutreachEndedAfterTheDeadlineCountsAsItStands() {
      // ended Thu 9.4. (day 4): Wed 8.4. was over without a letter -> missed
      assertThat(assess(courtCase("2026-04-01").outreachEndedOn("2026-04-09"))).isEqualTo(MISSED);
      // a letter sent counts as sent, whenever the outreach ended: Tue 7.4. (2) met,
      // Thu 9.4. (4) missed
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-07").outreachEndedOn("2026-04-08")))
          .isEqualTo(MET);
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-09").outreachEndedOn("2026-04-10")))
          .isEqualTo(MISSED);
    }

    @Test
    void pendingAtTheCheckpointUntilTheOutreachEnds() {
      // received Thu 25 Jun 2026: Fri 26 = 1, Mon 29 = 2, Tue 30 Jun = 3 (due day)
      CaseFacts open = courtCase("2026-06-25").build();
      assertThat(RULES.courtNoticeLetter(open, H1_2026, d("2026-06-29"))).isEqualTo(PENDING);
      // lawsuit withdrawn on Mon 29 Jun: no longer pending that day nor at the checkpoint Tue 30
      // Jun, and never missed
      CaseFacts withdrawn = courtCase("2026-06-25").outreachEndedOn("2026-06-29").build();
      assertThat(RULES.courtNoticeLetter(withdrawn, H1_2026, d("2026-06-29")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(withdrawn, H1_2026, d("2026-06-30")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(withdrawn, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      // no event by the checkpoint Tue 30 Jun: pending then; arrears settled only on Wed 1 Jul,
      // after the due day: missed from then on
      assertThat(RULES.courtNoticeLetter(open, H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      CaseFacts late = courtCase("2026-06-25").outreachEndedOn("2026-07-01").build();
      assertThat(RULES.courtNoticeLetter(late, H1_2026, d("2026-07-01"))).isEqualTo(MISSED);
      assertThat(RULES.courtNoticeLetter(late, H1_2026, LATER)).isEqualTo(MISSED);
    }

    @Test
    void theLastNoticeOfThePeriodEndedInTheNextOne() {
      // received Tue 30 Jun 2026 (H1): Wed 1 Jul = 1, Thu 2 = 2, Fri 3 Jul = 3 (due day); the H1
      // report of Wed 1 Jul has it pending
      assertThat(RULES.courtNoticeLetter(courtCase("2026-06-30").build(), H1_2026,
          d("2026-07-01"))).isEqualTo(PENDING);
      // household moved on Fri 3 Jul: from then on not counted in H1 (nor in H2)
      CaseFacts moved = courtCase("2026-06-30").outreachEndedOn("2026-07-03").build();
      assertThat(RULES.courtNoticeLetter(moved, H1_2026, d("2026-07-03"))).isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(moved, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(moved, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
      // moved on Mon 6 Jul, after the due day: missed in H1 (the period of the receipt)
      CaseFacts late = courtCase("2026-06-30").outreachEndedOn("2026-07-06").build();
      assertThat(RULES.courtNoticeLetter(late, H1_2026, LATER)).isEqualTo(MISSED);
      assertThat(RULES.courtNoticeLetter(late, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
      // received Wed 1 Jul: H2 only (Thu 2, Fri 3, Mon 6 Jul = due day; moved on Mon 6 Jul)
      CaseFacts july = courtCase("2026-07-01").outreachEndedOn("2026-07-06").build();
      assertThat(RULES.courtNoticeLetter(july, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(july, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
      CaseFacts julyLate = courtCase("2026-07-01").outreachEndedOn("2026-07-07").build();
      assertThat(RULES.courtNoticeLetter(julyLate, H2_2026, LATER)).isEqualTo(MISSED);
    }

    @Test
    void aContactRecordedBeforeTheLetterIsTheAct() {
      // the household called on Tue 7.4. (day 2) or on the due day Wed 8.4.: the Fachstelle acted
      // in time; "Kontakt erfassen" ended the letter task, no letter was sent
      assertThat(assess(courtCase("2026-04-01").recordedContact("2026-04-07"))).isEqualTo(MET);
      assertThat(assess(courtCase("2026-04-01").recordedContact("2026-04-08"))).isEqualTo(MET);
      // on the day of receipt (0 working days)
      assertThat(assess(courtCase("2026-04-01").recordedContact("2026-04-01"))).isEqualTo(MET);
      // called only on Thu 9.4. (day 4), nothing sent before: late
      assertThat(assess(courtCase("2026-04-01").recordedContact("2026-04-09")))
          .isEqualTo(MISSED);
      // a contact on Tue 7.4. before a letter of Thu 9.4. (a corrected date): the contact counts
      assertThat(assess(courtCase("2026-04-01").recordedContact("2026-04-07").letter("2026-04-09")))
          .isEqualTo(MET);
      // a contact after the letter is no act on the notice: the late letter of Thu 9.4. counts
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-09").recordedContact("2026-04-10")))
          .isEqualTo(MISSED);
      // ... and the letter in time (Wed 8.4.) counts although the household called on Thu 9.4.
      assertThat(assess(courtCase("2026-04-01").letter("2026-04-08").recordedContact("2026-04-09")))
          .isEqualTo(MET);
    }

    @Test
    void aContactBeforeTheLetterEndsPending() {
      // received Thu 25 Jun 2026, due Tue 30 Jun: the household calls on Mon 29 Jun (day 2) ->
      // met on that day already, not pending at the checkpoint
      CaseFacts called = courtCase("2026-06-25").recordedContact("2026-06-29").build();
      assertThat(RULES.courtNoticeLetter(called, H1_2026, d("2026-06-29"))).isEqualTo(MET);
      assertThat(RULES.courtNoticeLetter(called, H1_2026, d("2026-06-30"))).isEqualTo(MET);
      // contact and lawsuit withdrawn both on Mon 29 Jun: the act was done -> met
      CaseFacts both = courtCase("2026-06-25").recordedContact("2026-06-29")
          .outreachEndedOn("2026-06-29").build();
      assertThat(RULES.courtNoticeLetter(both, H1_2026, LATER)).isEqualTo(MET);
    }

    @Test
    void aCaseTakenOverFromAnotherDistrictHasNoCourtNoticeHere() {
      // handed over on Thu 25 Jun 2026 (its receivedOn here), letter Mon 29 Jun: in no period's
      // 1.1, not even pending while the letter is open (it counts in 1.2, see there)
      CaseFacts sent = transferredCase().letter("2026-06-29").build();
      for (Period period : List.of(H1_2026, H2_2026, YEAR_2026)) {
        assertThat(RULES.courtNoticeLetter(sent, period, LATER)).isEqualTo(NOT_COUNTED);
      }
      assertThat(RULES.courtNoticeLetter(transferredCase().build(), H1_2026, d("2026-06-26")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.courtNoticeLetter(transferredCase().build(), H1_2026, LATER))
          .isEqualTo(NOT_COUNTED);
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

    // Case events. Letter Mon 2 Mar 2026: 3-6 (1-4), 9-13 (5-9), Mon 16 Mar = 10 (due day).

    @Test
    void anOutreachEndedBeforeTheVisitDeadlinePassedLeavesTheCaseUncounted() {
      // no visit, no contact; lawsuit withdrawn (or arrears settled, household moved, case
      // transferred) on the letter's day, on Fri 6 Mar (day 4) or on the due day Mon 16 Mar
      for (String endedOn : List.of("2026-03-02", "2026-03-06", "2026-03-16")) {
        assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
            .outreachEndedOn(endedOn))).as(endedOn).isEqualTo(NOT_COUNTED);
      }
    }

    @Test
    void anOutreachEndedAfterTheVisitDeadlineCountsAsItStands() {
      // ended Tue 17 Mar (day 11): Mon 16 Mar was over without a visit -> missed
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02", "2026-03-09")
          .outreachEndedOn("2026-03-17"))).isEqualTo(MISSED);
      // a visit made counts as made: Wed 11 Mar (7) met, lawsuit withdrawn on Thu 12 Mar
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .visit("2026-03-11", 2, false).outreachEndedOn("2026-03-12"))).isEqualTo(MET);
      // Tue 17 Mar (11) missed, arrears settled on Wed 18 Mar
      assertThat(assess(courtCase("2026-02-27").letter("2026-03-02")
          .visit("2026-03-17", 2, false).outreachEndedOn("2026-03-18"))).isEqualTo(MISSED);
    }

    @Test
    void pendingAtTheCheckpointUntilTheOutreachEnds() {
      // letter Mon 22 Jun 2026: 23-26 (1-4), 29, 30 Jun, 1-3 Jul (5-9), Mon 6 Jul = 10
      // nothing by the checkpoint Tue 30 Jun: the H1 report made then has it pending
      CaseFacts open = courtCase("2026-06-19").letter("2026-06-22").build();
      assertThat(RULES.homeVisit(open, H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      // the household moved on Fri 3 Jul (day 9): not counted from 3 Jul on, never missed
      CaseFacts moved = courtCase("2026-06-19").letter("2026-06-22").outreachEndedOn("2026-07-03")
          .build();
      assertThat(RULES.homeVisit(moved, H1_2026, d("2026-07-03"))).isEqualTo(NOT_COUNTED);
      assertThat(RULES.homeVisit(moved, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      // moved only on Tue 7 Jul: the due day Mon 6 Jul was over -> missed
      CaseFacts late = courtCase("2026-06-19").letter("2026-06-22").outreachEndedOn("2026-07-07")
          .build();
      assertThat(RULES.homeVisit(late, H1_2026, d("2026-07-07"))).isEqualTo(MISSED);
    }

    @Test
    void aCaseTakenOverCountsByItsLetter() {
      // taken over Thu 25 Jun 2026, letter Mon 29 Jun: 30 Jun (1), 1-3 Jul (2-4), 6-10 Jul (5-9),
      // Mon 13 Jul (10) -> a visit that day is in time; in H1, the period of the letter
      CaseFacts inTime = transferredCase().letter("2026-06-29").visit("2026-07-13", 2, false)
          .build();
      assertThat(RULES.homeVisit(inTime, H1_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.homeVisit(inTime, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
      // Tue 14 Jul (11): missed
      assertThat(RULES.homeVisit(transferredCase().letter("2026-06-29")
          .visit("2026-07-14", 2, false).build(), H1_2026, LATER)).isEqualTo(MISSED);
      // nothing yet at the checkpoint 30 Jun: pending
      assertThat(RULES.homeVisit(transferredCase().letter("2026-06-29").build(), H1_2026,
          d("2026-06-30"))).isEqualTo(PENDING);
    }

    @Test
    void theCaseHandedOverLeavesItsOpenVisitUncounted() {
      // the sending district: court notice Fri 19 Jun 2026, letter Mon 22 Jun (day 1: 1.1 met),
      // handed over on Fri 26 Jun, before the visit deadline Mon 6 Jul -> 1.2 not counted
      CaseFacts handedOver = courtCase("2026-06-19").letter("2026-06-22")
          .outreachEndedOn("2026-06-26").build();
      assertThat(RULES.courtNoticeLetter(handedOver, H1_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.homeVisit(handedOver, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
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

    // Case events. Received Wed 1 Apr 2026: Thu 2.4. = 1, [Karfreitag, Ostermontag], Tue 7.4. =
    // 2, Wed 8.4. = 3 (due day).

    @Test
    void aNoticeCalledOffBeforeTheDeadlinePassedIsNotCounted() {
      // called off on the day of receipt, on Tue 7.4. or on the due day Wed 8.4.: no letter needed
      for (String calledOffOn : List.of("2026-04-01", "2026-04-07", "2026-04-08")) {
        assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").calledOffOn(calledOffOn)))
            .as(calledOffOn).isEqualTo(NOT_COUNTED);
      }
      // called off on Thu 9.4. (day 4): the due day was over without a letter -> missed
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").calledOffOn("2026-04-09")))
          .isEqualTo(MISSED);
    }

    @Test
    void aNoticeOfACaseEndedBeforeTheDeadlinePassedIsNotCounted() {
      // the case closed (or handed over) on Tue 7.4. or on the due day Wed 8.4.
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").caseEndedOn("2026-04-07")))
          .isEqualTo(NOT_COUNTED);
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").caseEndedOn("2026-04-08")))
          .isEqualTo(NOT_COUNTED);
      // ... on Fri 10.4. (day 5): missed
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").caseEndedOn("2026-04-10")))
          .isEqualTo(MISSED);
    }

    @Test
    void aLetterSentCountsWhateverHappenedLater() {
      // letter Tue 7.4. (2), called off Wed 8.4.: met; letter Thu 9.4. (4), called off Fri 10.4.:
      // missed; letter Wed 8.4. (3) and the case closed the same day: met
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-07")
          .calledOffOn("2026-04-08"))).isEqualTo(MET);
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-09")
          .calledOffOn("2026-04-10"))).isEqualTo(MISSED);
      assertThat(assess(notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-08")
          .caseEndedOn("2026-04-08"))).isEqualTo(MET);
    }

    @Test
    void pendingAtTheCheckpointUntilCalledOff() {
      // received Thu 25 Jun 2026: Fri 26 = 1, Mon 29 = 2, Tue 30 Jun = 3 (due day)
      EvictionNoticeFacts calledOff = notice("2026-06-25", "2026-08-04T09:00")
          .calledOffOn("2026-06-26").build();
      assertThat(RULES.bailiffNoticeLetter(calledOff, H1_2026, d("2026-06-26")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.bailiffNoticeLetter(calledOff, H1_2026, d("2026-06-30")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.bailiffNoticeLetter(calledOff, H1_2026, LATER)).isEqualTo(NOT_COUNTED);
      EvictionNoticeFacts closed = notice("2026-06-25", "2026-08-04T09:00")
          .caseEndedOn("2026-06-29").build();
      assertThat(RULES.bailiffNoticeLetter(closed, H1_2026, d("2026-06-30")))
          .isEqualTo(NOT_COUNTED);
      // nothing by the checkpoint Tue 30 Jun: pending; called off only on Wed 1 Jul, after the
      // due day: missed from then on
      assertThat(RULES.bailiffNoticeLetter(notice("2026-06-25", "2026-08-04T09:00").build(),
          H1_2026, d("2026-06-30"))).isEqualTo(PENDING);
      EvictionNoticeFacts late = notice("2026-06-25", "2026-08-04T09:00")
          .calledOffOn("2026-07-01").build();
      assertThat(RULES.bailiffNoticeLetter(late, H1_2026, d("2026-07-01"))).isEqualTo(MISSED);
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
    void pendingUntilTheEvictionDayIsOver() {
      EvictionNoticeFacts open = notice("2026-06-01", "2026-06-30T09:00").decided(true).build();
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T08:59"))).isEqualTo(PENDING);
      // AttendEviction is due at the end of the eviction day, not at its hour
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T09:01"))).isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T23:59"))).isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-07-01T00:00"))).isEqualTo(MISSED);
      EvictionNoticeFacts declined = notice("2026-06-01", "2026-06-30T09:00").decided(false)
          .build();
      assertThat(RULES.evictionAttendance(declined, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(declined, H1_2026, t("2026-07-01T08:00")))
          .isEqualTo(MISSED);
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

    // Case events. The eviction on Tue 12 May 2026 at 09:00; AttendEviction is due at the end of
    // that day.

    @Test
    void aCalledOffEvictionIsNeverCounted() {
      // called off (case event) on Mon 11 May or on the eviction day, whatever was decided
      assertThat(assess(notice("2026-04-01", EVICTION).decided(true).calledOffOn("2026-05-11")))
          .isEqualTo(NOT_COUNTED);
      assertThat(assess(notice("2026-04-01", EVICTION).decided(false).calledOffOn("2026-05-12")))
          .isEqualTo(NOT_COUNTED);
      // called off before anything was decided
      assertThat(assess(notice("2026-04-01", EVICTION).calledOffOn("2026-04-02")))
          .isEqualTo(NOT_COUNTED);
      // never pending either: called off on Mon 4 May, the report on Mon 11 May at noon
      assertThat(RULES.evictionAttendance(notice("2026-04-01", EVICTION).decided(true)
          .calledOffOn("2026-05-04").build(), YEAR_2026, t("2026-05-11T12:00")))
          .isEqualTo(NOT_COUNTED);
    }

    @Test
    void anEvictionOfACaseEndedBeforeTheEvictionDayIsNotCounted() {
      // nothing recorded; the case closed (or handed over) on Mon 11 May, the day before
      assertThat(assess(notice("2026-04-01", EVICTION).decided(true).caseEndedOn("2026-05-11")))
          .isEqualTo(NOT_COUNTED);
      // closed on the eviction day Tue 12 May itself (the eviction carried out, nobody there):
      // counts – pending through the day, missed once it is over
      assertThat(assess(notice("2026-04-01", EVICTION).decided(true).caseEndedOn("2026-05-12")))
          .isEqualTo(MISSED);
      assertThat(RULES.evictionAttendance(notice("2026-04-01", EVICTION).decided(false)
          .caseEndedOn("2026-05-12").build(), YEAR_2026, t("2026-05-12T15:00")))
          .isEqualTo(PENDING);
      // declined on Mon 4 May, closed on Fri 8 May
      assertThat(assess(notice("2026-04-01", EVICTION).decided(false).caseEndedOn("2026-05-08")))
          .isEqualTo(NOT_COUNTED);
      // closed on Wed 13 May: the eviction day was over without attendance -> missed
      assertThat(assess(notice("2026-04-01", EVICTION).decided(true).caseEndedOn("2026-05-13")))
          .isEqualTo(MISSED);
    }

    @Test
    void aRecordedAttendanceCountsAsRecordedWheneverTheCaseEnded() {
      // AttendEviction completed on Tue 12 May, the case closed the same day
      assertThat(assess(notice("2026-04-01", EVICTION).attended(true, true)
          .caseEndedOn("2026-05-12"))).isEqualTo(MET);
      assertThat(assess(notice("2026-04-01", EVICTION).attended(false, true)
          .caseEndedOn("2026-05-12"))).isEqualTo(MISSED);
    }

    @Test
    void pendingAtTheCheckpointUntilTheCaseEnds() {
      // eviction Tue 30 Jun 2026 at 14:00, attendance decided; the H1 report at noon: pending
      EvictionNoticeFacts open = notice("2026-06-01", "2026-06-30T14:00").decided(true).build();
      assertThat(RULES.evictionAttendance(open, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(PENDING);
      // the case handed over to another district on Mon 29 Jun: not counted at noon nor later
      EvictionNoticeFacts handedOver = notice("2026-06-01", "2026-06-30T14:00").decided(true)
          .caseEndedOn("2026-06-29").build();
      assertThat(RULES.evictionAttendance(handedOver, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.evictionAttendance(handedOver, H1_2026, t("2026-07-01T12:00")))
          .isEqualTo(NOT_COUNTED);
      // closed only on Wed 1 Jul, after the eviction day: missed
      EvictionNoticeFacts closedLater = notice("2026-06-01", "2026-06-30T14:00").decided(true)
          .caseEndedOn("2026-07-01").build();
      assertThat(RULES.evictionAttendance(closedLater, H1_2026, t("2026-07-01T12:00")))
          .isEqualTo(MISSED);
      // called off on Tue 30 Jun in the morning: not pending at noon
      EvictionNoticeFacts calledOff = notice("2026-06-01", "2026-06-30T14:00").decided(true)
          .calledOffOn("2026-06-30").build();
      assertThat(RULES.evictionAttendance(calledOff, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(NOT_COUNTED);
    }

    @Test
    void aPostponedEvictionCountsByItsNewDate() {
      // notice received Mon 1 Jun 2026, eviction Tue 30 Jun 09:00 -> H1, pending at noon
      EvictionNoticeFacts before = notice("2026-06-01", "2026-06-30T09:00").decided(true).build();
      assertThat(RULES.evictionAttendance(before, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(PENDING);
      // postponed to Thu 2 Jul 09:00 (the facts hold the new date): leaves H1 altogether ...
      EvictionNoticeFacts moved = notice("2026-06-01", "2026-07-02T09:00").decided(true)
          .letter("2026-06-02").build();
      assertThat(RULES.evictionAttendance(moved, H1_2026, t("2026-06-30T12:00")))
          .isEqualTo(NOT_COUNTED);
      assertThat(RULES.evictionAttendance(moved, H1_2026, t("2027-01-15T12:00")))
          .isEqualTo(NOT_COUNTED);
      // ... and counts in H2: pending through Thu 2 Jul, missed from Fri 3 Jul 00:00
      assertThat(RULES.evictionAttendance(moved, H2_2026, t("2026-07-01T12:00")))
          .isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(moved, H2_2026, t("2026-07-02T23:59")))
          .isEqualTo(PENDING);
      assertThat(RULES.evictionAttendance(moved, H2_2026, t("2026-07-03T00:00")))
          .isEqualTo(MISSED);
      EvictionNoticeFacts attended = notice("2026-06-01", "2026-07-02T09:00")
          .attended(true, true).build();
      assertThat(RULES.evictionAttendance(attended, H2_2026, t("2026-07-02T13:00")))
          .isEqualTo(MET);
      // 1.3 stays with the receipt: Mon 1 Jun -> letter Tue 2 Jun (1), H1
      assertThat(RULES.bailiffNoticeLetter(moved, H1_2026, LATER)).isEqualTo(MET);
      assertThat(RULES.bailiffNoticeLetter(moved, H2_2026, LATER)).isEqualTo(NOT_COUNTED);
    }

    private Assessment assess(Facts.NoticeBuilder notice) {
      return RULES.evictionAttendance(notice.build(), YEAR_2026, t("2027-01-15T12:00"));
    }
  }
}

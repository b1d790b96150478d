package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures.CaseDates;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Throughput times on dated cases in the first half of 2026, counted by hand with the Berlin
 * calendar (2026: Neujahr Thu 1 Jan, Frauentag on Sunday 8 Mar, Karfreitag 3 Apr, Ostermontag
 * 6 Apr, Himmelfahrt 14 May, Pfingstmontag 25 May; 25/26 Dec 2025).
 */
class ThroughputFiguresTest {

  static final Period H1 = Period.of("2026-01-01", "2026-06-30");
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();

  private static int keys;

  static CaseDates courtCase(String district, String received, String letter, String visit,
      String closed) {
    return new CaseDates("case-" + ++keys, district, d(received), d(received), d(letter),
        d(visit), d(closed));
  }

  /** Opened by a bailiff notice or a transfer: no court notice, the opening day is the notice. */
  static CaseDates openedCase(String district, String opened, String letter, String visit,
      String closed) {
    return new CaseDates("case-" + ++keys, district, null, d(opened), d(letter), d(visit),
        d(closed));
  }

  static LocalDate d(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  @Test
  void mediansOfAnEvenAndAnOddNumberOfSpansInDaysAndWorkingDays() {
    List<CaseDates> cases = List.of(
        // Thu 2 Apr → Tue 7 Apr: 5 days; Karfreitag, weekend, Ostermontag: 1 working day.
        // Letter → visit Tue 14 Apr: 7 days, 5 working days
        courtCase("mitte", "2026-04-02", "2026-04-07", "2026-04-14", null),
        // Fri 6 Mar → Mon 9 Mar: 3 days, 1 working day (Frauentag falls on the Sunday).
        // Letter → visit Fri 20 Mar: 11 days, 9 working days
        courtCase("mitte", "2026-03-06", "2026-03-09", "2026-03-20", null),
        // Mon 2 Feb → Thu 12 Feb: 10 days, 8 working days; no visit yet
        courtCase("mitte", "2026-02-02", "2026-02-12", null, null),
        // Mon 29 Dec 2025 → Mon 5 Jan: 7 days; 30, 31 Dec, (Neujahr), 2 Jan, 5 Jan: 4
        courtCase("mitte", "2025-12-29", "2026-01-05", null, null),
        // taken over from another district: a letter but no court notice here, so only the
        // visit counts – Wed 6 May → Fri 15 May: 9 days, 6 working days (Himmelfahrt)
        openedCase("mitte", "2026-05-04", "2026-05-06", "2026-05-15", null));

    ThroughputFigures figures = ThroughputFigures.of(H1, cases, "mitte", CALENDAR);

    // days 3, 5, 7, 10 → (5 + 7) / 2; working days 1, 1, 4, 8 → (1 + 4) / 2
    assertSpan(figures.noticeToLetter(), 4, "6.0", "2.5");
    // days 7, 9, 11 → 9; working days 5, 6, 9 → 6
    assertSpan(figures.letterToFirstVisit(), 3, "9.0", "6.0");
    assertThat(figures.noticeToClosure()).isEqualTo(Span.NONE);
  }

  @Test
  void aSpanBelongsToThePeriodItEndsIn() {
    List<CaseDates> cases = List.of(
        // received and visited in 2025, closed Fri 9 Jan 2026: only the closure counts –
        // Mon 15 Dec → 9 Jan: 25 days; 16–19, 22–24, 29–31 Dec, 2 Jan, 5–9 Jan: 16 working days
        courtCase("mitte", "2025-12-15", "2025-12-17", "2025-12-23", "2026-01-09"),
        // letter on the period's last day counts (Fri 26 Jun → Tue 30 Jun: 4 days, 2 working days)
        courtCase("mitte", "2026-06-26", "2026-06-30", null, null),
        // letter in December, visit Fri 2 Jan: the visit counts (3 days; 31 Dec, 2 Jan: 2)
        courtCase("mitte", "2025-11-03", "2025-12-30", "2026-01-02", null),
        // letter after the period: nothing
        courtCase("mitte", "2026-06-29", "2026-07-01", null, null),
        // letter (1 day, 1 working day) and visit (Tue 3 → Tue 10 Mar: 7 days, 5 working days)
        // in the period, closed after it: the closure does not count
        courtCase("mitte", "2026-03-02", "2026-03-03", "2026-03-10", "2026-07-01"));

    ThroughputFigures figures = ThroughputFigures.of(H1, cases, "mitte", CALENDAR);

    // days 1, 4 → 2.5; working days 1, 2 → 1.5
    assertSpan(figures.noticeToLetter(), 2, "2.5", "1.5");
    // days 3, 7 → 5; working days 2, 5 → 3.5
    assertSpan(figures.letterToFirstVisit(), 2, "5.0", "3.5");
    assertSpan(figures.noticeToClosure(), 1, "25.0", "16.0");
  }

  @Test
  void theClosureCountsFromTheCourtNoticeOrElseFromTheOpeningDay() {
    List<CaseDates> cases = List.of(
        // court notice Mon 2 Feb (opened a day later) → closed Mon 16 Feb: 14 days, 10 working
        new CaseDates("k", "pankow", d("2026-02-02"), d("2026-02-03"), d("2026-02-04"), null,
            d("2026-02-16")),
        // bailiff notice, opened Wed 1 Apr → closed Wed 8 Apr: 7 days; 2, 7, 8 Apr: 3 working
        openedCase("pankow", "2026-04-01", null, null, "2026-04-08"),
        // transfer, opened Fri 22 May → closed Fri 29 May: 7 days; Pfingstmontag: 4 working
        openedCase("pankow", "2026-05-22", "2026-05-26", null, "2026-05-29"));

    ThroughputFigures figures = ThroughputFigures.of(H1, cases, "pankow", CALENDAR);

    // days 7, 7, 14 → 7; working days 3, 4, 10 → 4
    assertSpan(figures.noticeToClosure(), 3, "7.0", "4.0");
    // only the court case has a notice-to-letter span: 2 days, 2 working days
    assertSpan(figures.noticeToLetter(), 1, "2.0", "2.0");
  }

  @Test
  void eachDistrictCountsItsOwnCasesAndBerlinPoolsThemAll() {
    List<CaseDates> cases = List.of(
        // Mon 2 → Wed 4 Mar: 2 days, 2 working days
        courtCase("mitte", "2026-03-02", "2026-03-04", null, null),
        // Mon 2 → Mon 9 Mar: 7 days, 5 working days
        courtCase("mitte", "2026-03-02", "2026-03-09", null, null),
        // Mon 2 → Thu 12 Mar: 10 days, 8 working days
        courtCase("pankow", "2026-03-02", "2026-03-12", null, null),
        // the receipt corrected to a day after the letter: no throughput time, left out
        courtCase("pankow", "2026-03-10", "2026-03-05", null, null),
        // Mon 2 → Tue 3 Mar: 1 day, 1 working day; its visit the same day as the letter: 0
        courtCase("spandau", "2026-03-02", "2026-03-03", "2026-03-03", null));

    assertSpan(ThroughputFigures.of(H1, cases, "mitte", CALENDAR).noticeToLetter(), 2, "4.5",
        "3.5");
    assertSpan(ThroughputFigures.of(H1, cases, "pankow", CALENDAR).noticeToLetter(), 1, "10.0",
        "8.0");
    ThroughputFigures spandau = ThroughputFigures.of(H1, cases, "spandau", CALENDAR);
    assertSpan(spandau.noticeToLetter(), 1, "1.0", "1.0");
    assertSpan(spandau.letterToFirstVisit(), 1, "0.0", "0.0");
    // Berlin: the medians of all four spans, days 1, 2, 7, 10 and working days 1, 2, 5, 8
    ThroughputFigures berlin = ThroughputFigures.of(H1, cases, null, CALENDAR);
    assertSpan(berlin.noticeToLetter(), 4, "4.5", "3.5");
    assertSpan(berlin.letterToFirstVisit(), 1, "0.0", "0.0");

    ThroughputFigures none = ThroughputFigures.of(H1, cases, "neukoelln", CALENDAR);
    assertThat(none.noticeToLetter()).isEqualTo(new Span(0, null, null));
    assertThat(none.letterToFirstVisit()).isEqualTo(Span.NONE);
    assertThat(none.noticeToClosure()).isEqualTo(Span.NONE);
  }

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(ThroughputFigures.median(List.of(9, 1, 4))).isEqualByComparingTo("4");
    assertThat(ThroughputFigures.median(List.of(9, 1, 4, 2))).isEqualByComparingTo("3");
    assertThat(ThroughputFigures.median(List.of(3, 0))).isEqualTo(new BigDecimal("1.5"));
    assertThat(ThroughputFigures.median(List.of(12))).isEqualTo(new BigDecimal("12.0"));
    assertThat(ThroughputFigures.median(List.of())).isNull();
  }

  private static void assertSpan(Span span, int cases, String medianDays,
      String medianWorkingDays) {
    assertThat(span.cases()).as("cases").isEqualTo(cases);
    // scale 1 as the JSON shows it: 6.0, 2.5
    assertThat(span.medianDays()).as("medianDays").isEqualTo(new BigDecimal(medianDays));
    assertThat(span.medianWorkingDays()).as("medianWorkingDays")
        .isEqualTo(new BigDecimal(medianWorkingDays));
  }
}

package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.courtCase;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.d;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.notice;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.t;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Districts, Berlin, targets and rounding on a small hand-counted data set. */
class KpiCalculatorTest {

  static final KpiCalculator CALCULATOR = new KpiCalculator(new WorkingDayCalendar());
  static final Period H1_2026 = Period.of("2026-01-01", "2026-06-30");
  /** report made on Tue 30 June 2026 at noon */
  static final LocalDateTime NOW = t("2026-06-30T12:00");

  static final List<CaseFacts> CASES = List.of(
      // Mitte 1.1: 4 in time, 1 late, 1 pending (received Thu 25 Jun, due Tue 30 Jun)
      courtCase("2026-03-02").letter("2026-03-05").visit("2026-03-16", 2, false).build(),
      courtCase("2026-03-02").letter("2026-03-02").recordedContact("2026-03-04").build(),
      courtCase("2026-04-01").letter("2026-04-08").visit("2026-04-23", 1, true).build(),
      courtCase("2026-05-04").letter("2026-05-05").build(),
      courtCase("2026-05-04").letter("2026-05-08").visit("2026-05-20", 2, false).build(),
      courtCase("2026-06-25").build(),
      // Neukölln 1.1: 1 in time; received in 2025: not in the period
      courtCase("2026-02-02").in("neukoelln").letter("2026-02-03").visit("2026-02-10", 2, true)
          .build(),
      courtCase("2025-12-01").in("neukoelln").letter("2025-12-02").build());

  static final List<EvictionNoticeFacts> NOTICES = List.of(
      // Mitte: letter in time, eviction attended
      notice("2026-04-01", "2026-05-12T09:00").letter("2026-04-02").attended(true, true).build(),
      // Mitte: letter late (Wed 1 Apr -> Thu 9 Apr = 4), not attended
      notice("2026-04-01", "2026-05-19T09:00").letter("2026-04-09").decided(false).build(),
      // Mitte: eviction later today -> pending; letter in time
      notice("2026-06-01", "2026-06-30T14:00").letter("2026-06-02").decided(true).build(),
      // Neukölln: contact before -> not in 1.4; letter in time
      notice("2026-03-10", "2026-04-21T09:00").in("neukoelln").letter("2026-03-10")
          .caseContact("2026-02-10").build());

  static final List<AccessStandards> SELF_REPORTS = List.of(
      new AccessStandards("mitte", 2026, true, true, true, true, true, false, d("2026-01-20")),
      new AccessStandards("neukoelln", 2026, true, true, true, true, true, true, d("2026-01-15")),
      new AccessStandards("neukoelln", 2025, false, false, true, true, true, true, d("2025-01-15")),
      // Pankow reported only for 2025: no value for 2026
      new AccessStandards("pankow", 2025, true, true, true, true, true, true, d("2025-01-15")));

  static final List<StaffSurvey> SURVEYS = List.of(
      new StaffSurvey("mitte", 2024, new BigDecimal("57")),
      // the 2025 survey covers 2025 and 2026
      new StaffSurvey("mitte", 2025, new BigDecimal("61.5")),
      new StaffSurvey("neukoelln", 2026, new BigDecimal("66")),
      // 2024 covers 2024 and 2025 only
      new StaffSurvey("pankow", 2024, new BigDecimal("70")));

  static final KpiFacts FACTS = new KpiFacts(CASES, NOTICES, SELF_REPORTS, SURVEYS);

  @Test
  void districtValues() {
    KpiReport report = CALCULATOR.report(H1_2026, FACTS, List.of("mitte", "neukoelln"), true, NOW);
    assertThat(report.districts()).extracting(KpiReport.DistrictIndicators::district)
        .containsExactly("mitte", "neukoelln");
    Map<String, IndicatorValue> mitte = report.districts().get(0).indicators();
    assertThat(mitte.keySet()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");

    // 1.1: 4 of 5, 80.0 % = minimum -> corridor, 1 pending
    assertThat(mitte.get("1.1")).isEqualTo(value(4, 5, "80.0", 100, 80, Status.CORRIDOR, 1));
    // 1.2: letter 5 Mar, visit 16 Mar (7 working days) met; letter 8 Apr, visit Thu 23 Apr
    // (9,10,13..17,20,21,22,23 = 11) missed; letter Tue 5 May: due Wed 20 May (Ascension 14 May),
    // contact none -> missed; letter 8 May, visit 20 May (11,12,13,15,18,19,20 = 7) met;
    // letter 2 Mar with contact 4 Mar: reaction -> not counted
    assertThat(mitte.get("1.2")).isEqualTo(value(2, 4, "50.0", 90, 60, Status.BELOW, 0));
    // 1.3: 2 in time of 3 -> 66.7 %
    assertThat(mitte.get("1.3")).isEqualTo(value(2, 3, "66.7", 100, 90, Status.BELOW, 0));
    // 1.4: 1 attended of 2 passed, 1 pending; no target
    assertThat(mitte.get("1.4")).isEqualTo(value(1, 2, "50.0", null, null, null, 1));
    // 1.5: 5 of 6 standards -> 83.3 % below the minimum of 90
    assertThat(mitte.get("1.5")).isEqualTo(value(5, 6, "83.3", 100, 90, Status.BELOW, 0));
    // 2: the 2025 survey applies to 2026: 61.5 -> corridor (59 ≤ 61.5 < 65)
    assertThat(mitte.get("2")).isEqualTo(new IndicatorValue(new BigDecimal("61.5"), null,
        new BigDecimal("61.5"), 65, 59, Status.CORRIDOR, 0));

    Map<String, IndicatorValue> neukoelln = report.districts().get(1).indicators();
    assertThat(neukoelln.get("1.1")).isEqualTo(value(1, 1, "100.0", 100, 80, Status.MET, 0));
    assertThat(neukoelln.get("1.2")).isEqualTo(value(1, 1, "100.0", 90, 60, Status.MET, 0));
    assertThat(neukoelln.get("1.3")).isEqualTo(value(1, 1, "100.0", 100, 90, Status.MET, 0));
    assertThat(neukoelln.get("1.4")).isEqualTo(value(0, 0, null, null, null, null, 0));
    assertThat(neukoelln.get("1.5")).isEqualTo(value(6, 6, "100.0", 100, 90, Status.MET, 0));
    assertThat(neukoelln.get("2").percent()).isEqualByComparingTo("66.0");
    assertThat(neukoelln.get("2").status()).isEqualTo(Status.MET);
  }

  @Test
  void berlinPoolsCasesAndAveragesDistrictsForAccessAndSatisfaction() {
    KpiReport report = CALCULATOR.report(H1_2026, FACTS, List.of("pankow"), true, NOW);
    Map<String, IndicatorValue> berlin = report.berlin();
    // 1.1: (4 + 1) of (5 + 1) = 83.3 %, 1 pending
    assertThat(berlin.get("1.1")).isEqualTo(value(5, 6, "83.3", 100, 80, Status.CORRIDOR, 1));
    assertThat(berlin.get("1.2")).isEqualTo(value(3, 5, "60.0", 90, 60, Status.CORRIDOR, 0));
    assertThat(berlin.get("1.3")).isEqualTo(value(3, 4, "75.0", 100, 90, Status.BELOW, 0));
    assertThat(berlin.get("1.4")).isEqualTo(value(1, 2, "50.0", null, null, null, 1));
    // 1.5: Mitte 83.33 %, Neukölln 100 % (Pankow has no 2026 report): mean 91.67 -> corridor
    assertThat(berlin.get("1.5")).isEqualTo(value(11, 12, "91.7", 100, 90, Status.CORRIDOR, 0));
    // 2: mean of Mitte 61.5 and Neukölln 66 = 63.75 (Pankow's 2024 survey no longer applies)
    assertThat(berlin.get("2").numerator()).isEqualTo(new BigDecimal("63.8"));
    assertThat(berlin.get("2").denominator()).isNull();
    assertThat(berlin.get("2").percent()).isEqualByComparingTo("63.8");
    assertThat(berlin.get("2").status()).isEqualTo(Status.CORRIDOR);

    // the district without any data in the period: zeros, no percent, no status
    Map<String, IndicatorValue> pankow = report.districts().get(0).indicators();
    assertThat(pankow.get("1.1")).isEqualTo(value(0, 0, null, 100, 80, null, 0));
    assertThat(pankow.get("1.5")).isEqualTo(value(0, 0, null, 100, 90, null, 0));
    assertThat(pankow.get("2")).isEqualTo(new IndicatorValue(null, null, null, 65, 59, null, 0));
  }

  @Test
  void surveysCoverTheirYearAndTheNext() {
    var year2025 = Period.of("2025-01-01", "2025-12-31");
    KpiReport report = CALCULATOR.report(year2025, FACTS, List.of("mitte", "pankow"), false,
        t("2026-01-10T09:00"));
    assertThat(report.berlin()).isNull();
    // Mitte: the 2025 survey is newer than 2024
    assertThat(report.districts().get(0).indicators().get("2").percent()).isEqualByComparingTo("61.5");
    // Pankow: 2024 covers 2025; 70 -> met
    assertThat(report.districts().get(1).indicators().get("2").status()).isEqualTo(Status.MET);
    // Pankow's 2025 self-report applies to 2025
    assertThat(report.districts().get(1).indicators().get("1.5").percent())
        .isEqualByComparingTo("100.0");
  }

  @Test
  void statusComparesTheExactValueNotTheRoundedOne() {
    // 3999 of 5001 = 79.964 % reads 80.0 but is below the minimum of 80
    IndicatorValue value = IndicatorValue.ofTally(Standard.COURT_NOTICE_LETTER,
        new Tally(3999, 1002, 0));
    assertThat(value.percent()).isEqualByComparingTo("80.0");
    assertThat(value.status()).isEqualTo(Status.BELOW);
    // 9 of 10 = 90 % is the target of 1.2 -> met
    assertThat(IndicatorValue.ofTally(Standard.HOME_VISIT, new Tally(9, 1, 0)).status())
        .isEqualTo(Status.MET);
    // 2 of 3 = 66.666… -> 66.7
    assertThat(IndicatorValue.ofTally(Standard.HOME_VISIT, new Tally(2, 1, 0)).percent())
        .isEqualByComparingTo("66.7");
  }

  @Test
  void surveyValuesAreCheckedOnTheScale() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new StaffSurvey("mitte", 2026, new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static IndicatorValue value(int numerator, int denominator, String percent,
      Integer target, Integer minimum, Status status, int pending) {
    return new IndicatorValue(numerator, denominator,
        percent == null ? null : new BigDecimal(percent), target, minimum, status, pending);
  }
}

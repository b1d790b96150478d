package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.courtCase;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.d;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.notice;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.t;
import static de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Facts.transferredCase;
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
  static final Targets BUILT_IN = Targets.builtIn();
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
    assertThat(mitte.get("1.1")).isEqualTo(proposed(4, 5, "80.0", 100, 80, Status.CORRIDOR, 1));
    // 1.2: letter 5 Mar, visit 16 Mar (7 working days) met; letter 8 Apr, visit Thu 23 Apr
    // (9,10,13..17,20,21,22,23 = 11) missed; letter Tue 5 May: due Wed 20 May (Ascension 14 May),
    // contact none -> missed; letter 8 May, visit 20 May (11,12,13,15,18,19,20 = 7) met;
    // letter 2 Mar with contact 4 Mar: reaction -> not counted
    assertThat(mitte.get("1.2")).isEqualTo(proposed(2, 4, "50.0", 90, 60, Status.BELOW, 0));
    // 1.3: 2 in time of 3 -> 66.7 %
    assertThat(mitte.get("1.3")).isEqualTo(proposed(2, 3, "66.7", 100, 90, Status.BELOW, 0));
    // 1.4: 1 attended of 2 passed, 1 pending; no target
    assertThat(mitte.get("1.4")).isEqualTo(none(1, 2, "50.0", null, null, null, 1));
    // 1.5: 5 of 6 standards -> 83.3 % below the minimum of 90
    assertThat(mitte.get("1.5")).isEqualTo(agreed(5, 6, "83.3", 100, 90, Status.BELOW, 0));
    // 2: the 2025 survey applies to 2026: 61.5 -> corridor (59 ≤ 61.5 < 65)
    assertThat(mitte.get("2")).isEqualTo(new IndicatorValue(new BigDecimal("61.5"), null,
        new BigDecimal("61.5"), 65, TargetStatus.AGREED, 59, TargetStatus.AGREED, Status.CORRIDOR,
        0));

    Map<String, IndicatorValue> neukoelln = report.districts().get(1).indicators();
    assertThat(neukoelln.get("1.1")).isEqualTo(proposed(1, 1, "100.0", 100, 80, Status.MET, 0));
    assertThat(neukoelln.get("1.2")).isEqualTo(proposed(1, 1, "100.0", 90, 60, Status.MET, 0));
    assertThat(neukoelln.get("1.3")).isEqualTo(proposed(1, 1, "100.0", 100, 90, Status.MET, 0));
    assertThat(neukoelln.get("1.4")).isEqualTo(none(0, 0, null, null, null, null, 0));
    assertThat(neukoelln.get("1.5")).isEqualTo(agreed(6, 6, "100.0", 100, 90, Status.MET, 0));
    assertThat(neukoelln.get("2").percent()).isEqualByComparingTo("66.0");
    assertThat(neukoelln.get("2").status()).isEqualTo(Status.MET);
  }

  @Test
  void berlinPoolsCasesAndAveragesDistrictsForAccessAndSatisfaction() {
    KpiReport report = CALCULATOR.report(H1_2026, FACTS, List.of("pankow"), true, NOW);
    Map<String, IndicatorValue> berlin = report.berlin();
    // 1.1: (4 + 1) of (5 + 1) = 83.3 %, 1 pending
    assertThat(berlin.get("1.1")).isEqualTo(proposed(5, 6, "83.3", 100, 80, Status.CORRIDOR, 1));
    assertThat(berlin.get("1.2")).isEqualTo(proposed(3, 5, "60.0", 90, 60, Status.CORRIDOR, 0));
    assertThat(berlin.get("1.3")).isEqualTo(proposed(3, 4, "75.0", 100, 90, Status.BELOW, 0));
    assertThat(berlin.get("1.4")).isEqualTo(none(1, 2, "50.0", null, null, null, 1));
    // 1.5: Mitte 83.33 %, Neukölln 100 % (Pankow has no 2026 report): mean 91.67 -> corridor
    assertThat(berlin.get("1.5")).isEqualTo(agreed(11, 12, "91.7", 100, 90, Status.CORRIDOR, 0));
    // 2: mean of Mitte 61.5 and Neukölln 66 = 63.75 (Pankow's 2024 survey no longer applies)
    assertThat(berlin.get("2").numerator()).isEqualTo(new BigDecimal("63.8"));
    assertThat(berlin.get("2").denominator()).isNull();
    assertThat(berlin.get("2").percent()).isEqualByComparingTo("63.8");
    assertThat(berlin.get("2").status()).isEqualTo(Status.CORRIDOR);

    // the district without any data in the period: zeros, no percent, no status
    Map<String, IndicatorValue> pankow = report.districts().get(0).indicators();
    assertThat(pankow.get("1.1")).isEqualTo(proposed(0, 0, null, 100, 80, null, 0));
    assertThat(pankow.get("1.5")).isEqualTo(agreed(0, 0, null, 100, 90, null, 0));
    assertThat(pankow.get("2")).isEqualTo(new IndicatorValue(null, null, null, 65,
        TargetStatus.AGREED, 59, TargetStatus.AGREED, null, 0));
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
    IndicatorValue value = IndicatorValue.ofTally(BUILT_IN.corridor(Standard.COURT_NOTICE_LETTER),
        new Tally(3999, 1002, 0));
    assertThat(value.percent()).isEqualByComparingTo("80.0");
    assertThat(value.status()).isEqualTo(Status.BELOW);
    // 9 of 10 = 90 % is the target of 1.2 -> met
    assertThat(IndicatorValue.ofTally(BUILT_IN.corridor(Standard.HOME_VISIT), new Tally(9, 1, 0)).status())
        .isEqualTo(Status.MET);
    // 2 of 3 = 66.666… -> 66.7
    assertThat(IndicatorValue.ofTally(BUILT_IN.corridor(Standard.HOME_VISIT), new Tally(2, 1, 0)).percent())
        .isEqualByComparingTo("66.7");
  }

  /**
   * SPEC §4 "Case events", counted by hand on Mitte's cases and notices; the report is made at the
   * checkpoint Tue 30 June 2026 at noon, a week later, and for H2.
   */
  @Test
  void caseEventsLeaveWhatTheyMadeMootOutOfTheTallies() {
    List<CaseFacts> cases = List.of(
        // A: received Wed 1 Apr (Thu 2 = 1, [3, 6 Apr Easter], Tue 7 = 2, Wed 8 Apr = 3: due),
        // lawsuit withdrawn on Tue 7 Apr, nothing sent: 1.1 not counted
        courtCase("2026-04-01").outreachEndedOn("2026-04-07").build(),
        // B: the same, arrears settled only on Thu 9 Apr: 1.1 missed
        courtCase("2026-04-01").outreachEndedOn("2026-04-09").build(),
        // C: the same, the household called on Tue 7 Apr before any letter: 1.1 met; no letter,
        // so no 1.2
        courtCase("2026-04-01").recordedContact("2026-04-07").build(),
        // D: received Thu 25 Jun (Fri 26 = 1, Mon 29 = 2, Tue 30 Jun = 3): 1.1 pending today
        courtCase("2026-06-25").build(),
        // E: the same, household moved on Mon 29 Jun: neither pending nor counted
        courtCase("2026-06-25").outreachEndedOn("2026-06-29").build(),
        // F: taken over from another district, letter Mon 22 Jun: not in 1.1; 1.2 due Mon 6 Jul
        // (23-26 Jun, 29, 30 Jun, 1-3 Jul, 6 Jul = 10): pending today
        transferredCase().letter("2026-06-22").build(),
        // G: received Fri 19 Jun, letter Mon 22 Jun (1): 1.1 met; handed over to another district
        // on Fri 26 Jun, before its visit deadline Mon 6 Jul: 1.2 not counted
        courtCase("2026-06-19").letter("2026-06-22").outreachEndedOn("2026-06-26").build(),
        // H: received Thu 26 Feb, letter Mon 2 Mar (Fri 27 Feb = 1, Mon 2 Mar = 2): 1.1 met; no
        // visit, lawsuit withdrawn Tue 17 Mar, after the visit deadline Mon 16 Mar: 1.2 missed
        courtCase("2026-02-26").letter("2026-03-02").outreachEndedOn("2026-03-17").build());
    List<EvictionNoticeFacts> notices = List.of(
        // N1: received Wed 1 Apr (due Wed 8 Apr), called off on the due day without a letter:
        // 1.3 not counted; called off: never in 1.4
        notice("2026-04-01", "2026-05-12T09:00").calledOffOn("2026-04-08").build(),
        // N2: received Wed 1 Apr, the case closed on Fri 10 Apr without a letter: 1.3 missed; the
        // eviction on Tue 19 May came after the closure: 1.4 not counted
        notice("2026-04-01", "2026-05-19T09:00").caseEndedOn("2026-04-10").build(),
        // N3: received Mon 1 Jun, letter Tue 2 Jun (1): met; eviction today at 14:00: pending
        notice("2026-06-01", "2026-06-30T14:00").letter("2026-06-02").decided(true).build(),
        // N4: the same, but postponed from 30 Jun to Thu 2 Jul: 1.4 in H2
        notice("2026-06-01", "2026-07-02T09:00").letter("2026-06-02").decided(true).build(),
        // N5: letter on the day of receipt Mon 1 Jun: met; attendance declined, the eviction day
        // Tue 16 Jun is over: 1.4 missed
        notice("2026-06-01", "2026-06-16T09:00").letter("2026-06-01").decided(false).build(),
        // N6: letter Mon 1 Jun: met; the case closed on the eviction day Wed 17 Jun, nobody
        // attended: 1.4 missed (only a case ended before the eviction day takes it out)
        notice("2026-06-01", "2026-06-17T09:00").letter("2026-06-01").caseEndedOn("2026-06-17")
            .build());
    KpiFacts facts = new KpiFacts(cases, notices, List.of(), List.of());

    Map<String, IndicatorValue> checkpoint = mitte(H1_2026, facts, NOW);
    // 1.1: met C, G, H; missed B; pending D -> 3 of 4 = 75.0 % (below the minimum of 80)
    assertThat(checkpoint.get("1.1")).isEqualTo(proposed(3, 4, "75.0", 100, 80, Status.BELOW, 1));
    // 1.2: missed H; pending F
    assertThat(checkpoint.get("1.2")).isEqualTo(proposed(0, 1, "0.0", 90, 60, Status.BELOW, 1));
    // 1.3: met N3-N6, missed N2 -> 4 of 5 = 80.0 % (below the minimum of 90)
    assertThat(checkpoint.get("1.3")).isEqualTo(proposed(4, 5, "80.0", 100, 90, Status.BELOW, 0));
    // 1.4: missed N5, N6, pending N3
    assertThat(checkpoint.get("1.4")).isEqualTo(none(0, 2, "0.0", null, null, null, 1));

    // Tue 7 Jul: D's due day (30 Jun), F's visit due day (Mon 6 Jul) and N3's eviction day are
    // over -> missed; nothing else moves
    Map<String, IndicatorValue> later = mitte(H1_2026, facts, t("2026-07-07T12:00"));
    assertThat(later.get("1.1")).isEqualTo(proposed(3, 5, "60.0", 100, 80, Status.BELOW, 0));
    assertThat(later.get("1.2")).isEqualTo(proposed(0, 2, "0.0", 90, 60, Status.BELOW, 0));
    assertThat(later.get("1.3")).isEqualTo(proposed(4, 5, "80.0", 100, 90, Status.BELOW, 0));
    assertThat(later.get("1.4")).isEqualTo(none(0, 3, "0.0", null, null, null, 0));

    // H2 holds only the postponed eviction N4: pending through Thu 2 Jul, missed from Fri 3 Jul
    var h2 = Period.of("2026-07-01", "2026-12-31");
    Map<String, IndicatorValue> july = mitte(h2, facts, t("2026-07-02T12:00"));
    assertThat(july.get("1.1")).isEqualTo(proposed(0, 0, null, 100, 80, null, 0));
    assertThat(july.get("1.2")).isEqualTo(proposed(0, 0, null, 90, 60, null, 0));
    assertThat(july.get("1.3")).isEqualTo(proposed(0, 0, null, 100, 90, null, 0));
    assertThat(july.get("1.4")).isEqualTo(none(0, 0, null, null, null, null, 1));
    assertThat(mitte(h2, facts, t("2026-07-03T12:00")).get("1.4"))
        .isEqualTo(none(0, 1, "0.0", null, null, null, 0));
  }

  @Test
  void theAgreementOfThePeriodSetsTargetsTheirStatusAndTheStatusOfEachValue() {
    // a later agreement in which 1.1 is agreed at 75/70 and 1.4 gets a proposal
    Map<String, Corridor> corridors = new java.util.LinkedHashMap<>(BUILT_IN.byStandard());
    corridors.put("1.1", new Corridor(75, TargetStatus.AGREED, 70, TargetStatus.AGREED));
    corridors.put("1.4", new Corridor(90, TargetStatus.PROPOSED, null, TargetStatus.NONE));
    Targets later = new Targets("Zielvereinbarung 2028", corridors);

    KpiReport report = CALCULATOR.report(H1_2026, FACTS, List.of("mitte"), true, NOW, later);
    assertThat(report.targets()).isSameAs(later);
    Map<String, IndicatorValue> mitte = report.districts().get(0).indicators();
    // 4 of 5 = 80 %: corridor against 100/80, met against 75
    assertThat(mitte.get("1.1")).isEqualTo(value(4, 5, "80.0", 75, TargetStatus.AGREED, 70,
        TargetStatus.AGREED, Status.MET, 1));
    // 1.4: 50 % below a proposed target of 90 without a minimum -> below
    assertThat(mitte.get("1.4")).isEqualTo(value(1, 2, "50.0", 90, TargetStatus.PROPOSED, null,
        TargetStatus.NONE, Status.BELOW, 1));
    // the others keep the built-in corridor
    assertThat(mitte.get("1.3")).isEqualTo(proposed(2, 3, "66.7", 100, 90, Status.BELOW, 0));
    // Berlin is measured against the same agreement: 5 of 6 = 83.3 % >= 75
    assertThat(report.berlin().get("1.1").status()).isEqualTo(Status.MET);
    assertThat(report.berlin().get("1.1").targetStatus()).isEqualTo(TargetStatus.AGREED);

    // the 5-argument report takes the built-in agreement
    assertThat(CALCULATOR.report(H1_2026, FACTS, List.of("mitte"), false, NOW).targets())
        .isEqualTo(BUILT_IN);
  }

  @Test
  void berlinIsTheAggregateOfEveryDistrictInTheFacts() {
    KpiReport all = CALCULATOR.report(H1_2026, FACTS, List.of("mitte", "neukoelln", "pankow"),
        true, NOW);
    List<Map<String, IndicatorValue>> districts = all.districts().stream()
        .map(KpiReport.DistrictIndicators::indicators).toList();
    assertThat(BerlinAggregate.of(districts, BUILT_IN)).isEqualTo(all.berlin());
    // whichever districts the report shows
    assertThat(CALCULATOR.report(H1_2026, FACTS, List.of("pankow"), true, NOW).berlin())
        .isEqualTo(all.berlin());
  }

  @Test
  void pendingKeysNameTheCasesBehindThePendingCount() {
    String pendingCourtCase = CASES.get(5).caseKey();
    String pendingEviction = NOTICES.get(2).caseKey();
    Map<String, List<String>> keys = CALCULATOR.pendingKeys(H1_2026, FACTS, "mitte", NOW);
    assertThat(keys.keySet()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    assertThat(keys.get("1.1")).containsExactly(pendingCourtCase);
    assertThat(keys.get("1.2")).isEmpty();
    assertThat(keys.get("1.3")).isEmpty();
    assertThat(keys.get("1.4")).containsExactly(pendingEviction);
    assertThat(keys.get("1.5")).isEmpty();
    assertThat(keys.get("2")).isEmpty();
    // as many keys as the report counts pending
    Map<String, IndicatorValue> mitte = mitte(H1_2026, FACTS, NOW);
    keys.forEach((id, list) -> assertThat(list).as(id).hasSize(mitte.get(id).pending()));

    // another district's pending cases are not Mitte's; a day later nothing is pending
    assertThat(CALCULATOR.pendingKeys(H1_2026, FACTS, "neukoelln", NOW).values())
        .allSatisfy(list -> assertThat(list).isEmpty());
    assertThat(CALCULATOR.pendingKeys(H1_2026, FACTS, "mitte", t("2026-07-01T09:00")).values())
        .allSatisfy(list -> assertThat(list).isEmpty());
  }

  @Test
  void surveyValuesAreCheckedOnTheScale() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new StaffSurvey("mitte", 2026, new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, IndicatorValue> mitte(Period period, KpiFacts facts,
      LocalDateTime now) {
    return CALCULATOR.report(period, facts, List.of("mitte"), false, now).districts().get(0)
        .indicators();
  }

  /** A value of 1.1–1.3, whose target and minimum are proposals. */
  private static IndicatorValue proposed(int numerator, int denominator, String percent,
      Integer target, Integer minimum, Status status, int pending) {
    return value(numerator, denominator, percent, target, TargetStatus.PROPOSED, minimum,
        TargetStatus.PROPOSED, status, pending);
  }

  /** A value of 1.5 (or 2), whose target and minimum are agreed. */
  private static IndicatorValue agreed(int numerator, int denominator, String percent,
      Integer target, Integer minimum, Status status, int pending) {
    return value(numerator, denominator, percent, target, TargetStatus.AGREED, minimum,
        TargetStatus.AGREED, status, pending);
  }

  /** A value of 1.4, which has neither target nor minimum. */
  private static IndicatorValue none(int numerator, int denominator, String percent,
      Integer target, Integer minimum, Status status, int pending) {
    return value(numerator, denominator, percent, target, TargetStatus.NONE, minimum,
        TargetStatus.NONE, status, pending);
  }

  private static IndicatorValue value(int numerator, int denominator, String percent,
      Integer target, TargetStatus targetStatus, Integer minimum, TargetStatus minimumStatus,
      Status status, int pending) {
    return new IndicatorValue(numerator, denominator,
        percent == null ? null : new BigDecimal(percent), target, targetStatus, minimum,
        minimumStatus, status, pending);
  }
}

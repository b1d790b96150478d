package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Berlin from district values – what the submitted Berlin figure of a half-year report is made
 * of: pooled for 1.1–1.4, the mean of the districts with a value for 1.5 and 2.
 */
class BerlinAggregateTest {

  static final Targets TARGETS = Targets.builtIn();

  @Test
  void casesArePooledAndSelfReportsAndSurveysAveraged() {
    Map<String, IndicatorValue> mitte = district(new Tally(41, 4, 2), new Tally(9, 1, 0),
        new Tally(2, 1, 0), new Tally(1, 1, 1), 5, new BigDecimal("61.5"));
    Map<String, IndicatorValue> spandau = district(new Tally(7, 3, 1), new Tally(0, 0, 0),
        new Tally(1, 0, 0), new Tally(0, 0, 0), 6, new BigDecimal("66.0"));
    // a district without a self-report and without a survey, with no cases
    Map<String, IndicatorValue> pankow = district(Tally.EMPTY, Tally.EMPTY, Tally.EMPTY,
        Tally.EMPTY, null, null);

    Map<String, IndicatorValue> berlin = BerlinAggregate.of(List.of(mitte, spandau, pankow),
        TARGETS);

    assertThat(berlin.keySet()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    // 1.1: (41 + 7) of (45 + 10) = 87.27 % -> corridor; pending 2 + 1
    IndicatorValue courtLetters = berlin.get("1.1");
    assertThat(courtLetters.numerator()).isEqualTo(48);
    assertThat(courtLetters.denominator()).isEqualTo(55);
    assertThat(courtLetters.percent()).isEqualByComparingTo("87.3");
    assertThat(courtLetters.status()).isEqualTo(Status.CORRIDOR);
    assertThat(courtLetters.pending()).isEqualTo(3);
    assertThat(courtLetters.targetStatus()).isEqualTo(TargetStatus.PROPOSED);
    // 1.3: 3 of 4 = 75 %
    assertThat(berlin.get("1.3").percent()).isEqualByComparingTo("75.0");
    // 1.4: no target: no status, with its status "none"
    assertThat(berlin.get("1.4").status()).isNull();
    assertThat(berlin.get("1.4").targetStatus()).isEqualTo(TargetStatus.NONE);
    assertThat(berlin.get("1.4").pending()).isEqualTo(1);
    // 1.5: the mean of 83.33 % and 100 %; the district without a report does not count
    IndicatorValue access = berlin.get("1.5");
    assertThat(access.numerator()).isEqualTo(11);
    assertThat(access.denominator()).isEqualTo(12);
    assertThat(access.percent()).isEqualByComparingTo("91.7");
    assertThat(access.status()).isEqualTo(Status.CORRIDOR);
    assertThat(access.targetStatus()).isEqualTo(TargetStatus.AGREED);
    // 2: mean of 61.5 and 66.0 = 63.75 -> 63.8, corridor
    IndicatorValue satisfaction = berlin.get("2");
    assertThat(satisfaction.numerator()).isEqualTo(new BigDecimal("63.8"));
    assertThat(satisfaction.denominator()).isNull();
    assertThat(satisfaction.percent()).isEqualByComparingTo("63.8");
    assertThat(satisfaction.status()).isEqualTo(Status.CORRIDOR);
  }

  @Test
  void aSelfReportWithNothingTickedCountsAMissingOneDoesNot() {
    // 0 of 6 (0 %) and 5 of 6 (83.33 %): mean 41.67; the district without a report is left out
    Map<String, IndicatorValue> berlin = BerlinAggregate.of(List.of(
        district(Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, 0, new BigDecimal("70")),
        district(Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, 5, null),
        district(Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, null, null)), TARGETS);
    assertThat(berlin.get("1.5").numerator()).isEqualTo(5);
    assertThat(berlin.get("1.5").denominator()).isEqualTo(12);
    assertThat(berlin.get("1.5").percent()).isEqualByComparingTo("41.7");
    assertThat(berlin.get("1.5").status()).isEqualTo(Status.BELOW);
    // one survey only: Berlin is that district's result
    assertThat(berlin.get("2").percent()).isEqualByComparingTo("70.0");
    assertThat(berlin.get("2").status()).isEqualTo(Status.MET);
  }

  @Test
  void withoutDistrictsThereIsNoValue() {
    Map<String, IndicatorValue> berlin = BerlinAggregate.of(List.of(), TARGETS);
    assertThat(berlin.values()).allSatisfy(value -> {
      assertThat(value.percent()).isNull();
      assertThat(value.status()).isNull();
      assertThat(value.hasValue()).isFalse();
    });
    assertThat(berlin.get("1.1").denominator()).isZero();
    assertThat(berlin.get("2").numerator()).isNull();
  }

  @Test
  void theAgreementGivenIsTheOneMeasuredAgainst() {
    Map<String, Corridor> corridors = new LinkedHashMap<>(TARGETS.byStandard());
    corridors.put("1.1", new Corridor(85, TargetStatus.AGREED, 70, TargetStatus.AGREED));
    Targets later = new Targets("Zielvereinbarung 2028", corridors);
    Map<String, IndicatorValue> mitte = district(new Tally(41, 4, 0), Tally.EMPTY, Tally.EMPTY,
        Tally.EMPTY, null, null);
    IndicatorValue value = BerlinAggregate.of(List.of(mitte), later).get("1.1");
    assertThat(value.target()).isEqualTo(85);
    assertThat(value.targetStatus()).isEqualTo(TargetStatus.AGREED);
    assertThat(value.status()).isEqualTo(Status.MET);
  }

  /** A district's values as the calculator (or the frozen report) has them. */
  private static Map<String, IndicatorValue> district(Tally courtLetters, Tally visits,
      Tally evictionLetters, Tally attendance, Integer standardsMet, BigDecimal survey) {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    values.put("1.1", IndicatorValue.ofTally(
        TARGETS.corridor(Standard.COURT_NOTICE_LETTER), courtLetters));
    values.put("1.2", IndicatorValue.ofTally(TARGETS.corridor(Standard.HOME_VISIT), visits));
    values.put("1.3", IndicatorValue.ofTally(
        TARGETS.corridor(Standard.BAILIFF_NOTICE_LETTER), evictionLetters));
    values.put("1.4", IndicatorValue.ofTally(
        TARGETS.corridor(Standard.EVICTION_ATTENDANCE), attendance));
    values.put("1.5", IndicatorValue.ofTally(TARGETS.corridor(Standard.UNIFORM_ACCESS),
        standardsMet == null ? Tally.EMPTY : new Tally(standardsMet, 6 - standardsMet, 0)));
    values.put("2", IndicatorValue.ofPercent(TARGETS.corridor(Standard.STAFF_SATISFACTION),
        survey, null, survey));
    return values;
  }
}

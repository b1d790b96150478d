package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of one district (or Berlin) for a period, as {@code /api/kpi} reports it (SPEC §7).
 *
 * @param numerator what met the standard (for standard 2: the survey result, 0–100)
 * @param denominator what was measured; null for standard 2, which has none
 * @param percent numerator ÷ denominator × 100, one decimal; null when nothing was measured
 * @param target the target of the period's agreement; null when none is set
 * @param targetStatus how binding the target is (agreed, proposed, none)
 * @param minimum the minimum of the period's agreement; null when none is set
 * @param minimumStatus how binding the minimum is
 * @param status null when there is no value or no target (standard 1.4)
 * @param pending cases whose deadline has not passed and whose act has not happened yet
 */
public record IndicatorValue(
    Number numerator,
    Integer denominator,
    BigDecimal percent,
    Integer target,
    TargetStatus targetStatus,
    Integer minimum,
    TargetStatus minimumStatus,
    Status status,
    int pending) {

  /** A share of counted cases (1.1–1.4, and 1.5 as standards met of six). */
  public static IndicatorValue ofTally(Corridor corridor, Tally tally) {
    int numerator = tally.numerator();
    int denominator = tally.denominator();
    if (denominator == 0) {
      return new IndicatorValue(numerator, 0, null, corridor.target(), corridor.targetStatus(),
          corridor.minimum(), corridor.minimumStatus(), null, tally.pending());
    }
    BigDecimal exact = BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    return new IndicatorValue(numerator, denominator, round(exact), corridor.target(),
        corridor.targetStatus(), corridor.minimum(), corridor.minimumStatus(),
        corridor.status(exact), tally.pending());
  }

  /**
   * A value that is itself on the percent scale (Berlin's mean of district percents for 1.5; a
   * survey result or a mean of them for 2).
   */
  public static IndicatorValue ofPercent(Corridor corridor, Number numerator, Integer denominator,
      BigDecimal exactPercent) {
    return new IndicatorValue(numerator, denominator,
        exactPercent == null ? null : round(exactPercent), corridor.target(),
        corridor.targetStatus(), corridor.minimum(), corridor.minimumStatus(),
        corridor.status(exactPercent), 0);
  }

  /** There is a value to report (something was measured, a self-report or a survey exists). */
  public boolean hasValue() {
    return percent != null;
  }

  static BigDecimal round(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }
}

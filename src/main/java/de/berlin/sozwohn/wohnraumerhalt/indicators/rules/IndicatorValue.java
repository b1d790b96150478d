package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of one district (or Berlin) for a period, as {@code /api/kpi} reports it (SPEC §7).
 *
 * @param numerator what met the standard (for standard 2: the survey result, 0–100)
 * @param denominator what was measured; null for standard 2, which has none
 * @param percent numerator ÷ denominator × 100, one decimal; null when nothing was measured
 * @param status null when there is no value or no target (standard 1.4)
 * @param pending cases whose deadline has not passed and whose act has not happened yet
 */
public record IndicatorValue(
    Number numerator,
    Integer denominator,
    BigDecimal percent,
    Integer target,
    Integer minimum,
    Status status,
    int pending) {

  /** A share of counted cases (1.1–1.4, and 1.5 as standards met of six). */
  public static IndicatorValue ofTally(Standard standard, Tally tally) {
    int numerator = tally.numerator();
    int denominator = tally.denominator();
    if (denominator == 0) {
      return new IndicatorValue(numerator, 0, null, standard.target(), standard.minimum(), null,
          tally.pending());
    }
    BigDecimal exact = BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    return new IndicatorValue(numerator, denominator, round(exact), standard.target(),
        standard.minimum(), status(standard, exact), tally.pending());
  }

  /**
   * A value that is itself on the percent scale (Berlin's mean of district percents for 1.5; a
   * survey result or a mean of them for 2).
   */
  public static IndicatorValue ofPercent(Standard standard, Number numerator, Integer denominator,
      BigDecimal exactPercent) {
    if (exactPercent == null) {
      return new IndicatorValue(numerator, denominator, null, standard.target(), standard.minimum(),
          null, 0);
    }
    return new IndicatorValue(numerator, denominator, round(exactPercent), standard.target(),
        standard.minimum(), status(standard, exactPercent), 0);
  }

  /**
   * met ≥ target, corridor ≥ minimum, otherwise below – compared with the exact value, not the
   * rounded one (79.96 % is below a minimum of 80 % even though it reads 80.0). Null without a
   * target.
   */
  static Status status(Standard standard, BigDecimal exactPercent) {
    if (standard.target() == null || exactPercent == null) {
      return null;
    }
    if (exactPercent.compareTo(BigDecimal.valueOf(standard.target())) >= 0) {
      return Status.MET;
    }
    if (standard.minimum() != null
        && exactPercent.compareTo(BigDecimal.valueOf(standard.minimum())) >= 0) {
      return Status.CORRIDOR;
    }
    return Status.BELOW;
  }

  static BigDecimal round(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Berlin values from district values, as the Zielvereinbarung reports them: pooled over the
 * districts' cases for 1.1–1.4 (numerators, denominators and pending cases added up) and the mean
 * of the districts that have a value for 1.5 (self-reports) and 2 (survey results).
 *
 * <p>The live Berlin value of {@code /api/kpi} is this over every district; the submitted Berlin
 * value of a half-year report is this over the districts' frozen values – only those that have
 * submitted.
 */
public final class BerlinAggregate {

  private static final int SCALE = 10;

  private BerlinAggregate() {}

  /**
   * @param districts each district's values by standard id (as {@link KpiCalculator} reports them)
   * @param targets the agreement the Berlin values are measured against
   * @return the Berlin values by standard id, in the order of {@link Standard}
   */
  public static Map<String, IndicatorValue> of(Collection<Map<String, IndicatorValue>> districts,
      Targets targets) {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (Standard standard : KpiCalculator.CASE_STANDARDS) {
      Tally pooled = Tally.EMPTY;
      for (Map<String, IndicatorValue> district : districts) {
        IndicatorValue value = district.get(standard.id());
        if (value != null) {
          int numerator = value.numerator() == null ? 0 : value.numerator().intValue();
          int denominator = value.denominator() == null ? 0 : value.denominator();
          pooled = pooled.plus(new Tally(numerator, denominator - numerator, value.pending()));
        }
      }
      values.put(standard.id(), IndicatorValue.ofTally(targets.corridor(standard), pooled));
    }
    values.put(Standard.UNIFORM_ACCESS.id(), uniformAccess(districts, targets));
    values.put(Standard.STAFF_SATISFACTION.id(), staffSatisfaction(districts, targets));
    return values;
  }

  /** Standards met added up over the districts with a self-report; percent = mean of theirs. */
  private static IndicatorValue uniformAccess(Collection<Map<String, IndicatorValue>> districts,
      Targets targets) {
    int met = 0;
    int asked = 0;
    List<BigDecimal> percents = new ArrayList<>();
    for (Map<String, IndicatorValue> district : districts) {
      IndicatorValue value = district.get(Standard.UNIFORM_ACCESS.id());
      if (value == null || value.denominator() == null || value.denominator() == 0
          || value.numerator() == null) {
        continue;
      }
      met += value.numerator().intValue();
      asked += value.denominator();
      percents.add(BigDecimal.valueOf(value.numerator().longValue() * 100L)
          .divide(BigDecimal.valueOf(value.denominator()), SCALE, RoundingMode.HALF_UP));
    }
    return IndicatorValue.ofPercent(targets.corridor(Standard.UNIFORM_ACCESS), met, asked,
        mean(percents));
  }

  /** The mean of the survey results of the districts that have one. */
  private static IndicatorValue staffSatisfaction(
      Collection<Map<String, IndicatorValue>> districts, Targets targets) {
    List<BigDecimal> results = new ArrayList<>();
    for (Map<String, IndicatorValue> district : districts) {
      IndicatorValue value = district.get(Standard.STAFF_SATISFACTION.id());
      if (value == null || value.percent() == null) {
        continue;
      }
      results.add(value.numerator() == null ? value.percent()
          : new BigDecimal(value.numerator().toString()));
    }
    BigDecimal mean = mean(results);
    return IndicatorValue.ofPercent(targets.corridor(Standard.STAFF_SATISFACTION),
        mean == null ? null : IndicatorValue.round(mean), null, mean);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators of a period per district and, when the reader may see it, for Berlin.
 *
 * @param berlin the Berlin values by standard id, or null when not part of the report
 * @param targets the agreement the values were measured against
 */
public record KpiReport(Period period, List<DistrictIndicators> districts,
    Map<String, IndicatorValue> berlin, Targets targets) {

  public KpiReport {
    Objects.requireNonNull(targets, "targets");
  }

  /** A report measured against the built-in agreement ({@link Targets#builtIn()}). */
  public KpiReport(Period period, List<DistrictIndicators> districts,
      Map<String, IndicatorValue> berlin) {
    this(period, districts, berlin, Targets.builtIn());
  }

  /** The values of one district by standard id ({@code "1.1"} … {@code "2"}), in that order. */
  public record DistrictIndicators(String district, Map<String, IndicatorValue> indicators) {}
}

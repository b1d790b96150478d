package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators of a period per district and, when the reader may see it, for Berlin.
 *
 * @param berlin the Berlin values by standard id, or null when not part of the report
 * @param targets the agreement the values were measured against
 * @param figures the throughput times beside the standards ({@link ThroughputFigures}) by
 *     district id and, when the report has Berlin, under {@link #BERLIN}; empty when not computed
 */
public record KpiReport(Period period, List<DistrictIndicators> districts,
    Map<String, IndicatorValue> berlin, Targets targets, Map<String, ThroughputFigures> figures) {

  /** The key of the Berlin figures in {@link #figures()}. */
  public static final String BERLIN = "berlin";

  public KpiReport {
    Objects.requireNonNull(targets, "targets");
    figures = figures == null ? Map.of() : figures;
  }

  /** A report without throughput figures. */
  public KpiReport(Period period, List<DistrictIndicators> districts,
      Map<String, IndicatorValue> berlin, Targets targets) {
    this(period, districts, berlin, targets, Map.of());
  }

  /** A report measured against the built-in agreement ({@link Targets#builtIn()}). */
  public KpiReport(Period period, List<DistrictIndicators> districts,
      Map<String, IndicatorValue> berlin) {
    this(period, districts, berlin, Targets.builtIn());
  }

  /** This report with the throughput figures (by district id and {@link #BERLIN}). */
  public KpiReport withFigures(Map<String, ThroughputFigures> figures) {
    return new KpiReport(period, districts, berlin, targets, figures);
  }

  /** The figures of a district id or {@link #BERLIN}; null when not computed. */
  public ThroughputFigures figuresOf(String key) {
    return figures.get(key);
  }

  /** The values of one district by standard id ({@code "1.1"} … {@code "2"}), in that order. */
  public record DistrictIndicators(String district, Map<String, IndicatorValue> indicators) {}
}

package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of {@code GET /api/kpi}, exactly in the shape of SPEC §7. */
public record KpiJson(String from, String to, List<District> districts, Berlin berlin) {

  public record District(String district, Map<String, Indicator> indicators) {}

  public record Berlin(Map<String, Indicator> indicators) {}

  public record Indicator(Number numerator, Integer denominator, BigDecimal percent,
      Integer target, Integer minimum, String status, int pending) {

    static Indicator of(IndicatorValue value) {
      return new Indicator(value.numerator(), value.denominator(), value.percent(),
          value.target(), value.minimum(), value.status() == null ? null : value.status().code(),
          value.pending());
    }
  }

  public static KpiJson of(KpiReport report) {
    List<District> districts = report.districts().stream()
        .map(d -> new District(d.district(), indicators(d.indicators()))).toList();
    Berlin berlin = report.berlin() == null ? null : new Berlin(indicators(report.berlin()));
    return new KpiJson(report.period().from().toString(), report.period().to().toString(),
        districts, berlin);
  }

  private static Map<String, Indicator> indicators(Map<String, IndicatorValue> values) {
    Map<String, Indicator> result = new LinkedHashMap<>();
    values.forEach((id, value) -> result.put(id, Indicator.of(value)));
    return result;
  }
}

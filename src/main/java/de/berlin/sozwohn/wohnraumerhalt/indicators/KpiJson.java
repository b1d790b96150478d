package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /api/kpi} in the shape of SPEC §7, plus the agreement the targets come
 * from and, per indicator, how binding its target and minimum are ({@code targetStatus},
 * {@code minimumStatus}: {@code agreed}, {@code proposed}, {@code none}), and per district and
 * for Berlin the throughput times ({@code figures}, {@link ThroughputFigures}).
 */
public record KpiJson(String from, String to, String agreement, List<District> districts,
    Berlin berlin) {

  /** @param figures null when the report has none for the district */
  public record District(String district, Map<String, Indicator> indicators, Figures figures) {}

  /** @param figures null when the report has none for Berlin */
  public record Berlin(Map<String, Indicator> indicators, Figures figures) {}

  /**
   * The throughput times: {@code {"noticeToLetter": {"cases": 10, "medianDays": 4.0,
   * "medianWorkingDays": 2.0}, "letterToFirstVisit": {…}, "noticeToClosure": {…}}}.
   */
  public record Figures(Throughput noticeToLetter, Throughput letterToFirstVisit,
      Throughput noticeToClosure) {

    public static Figures of(ThroughputFigures figures) {
      return figures == null ? null : new Figures(Throughput.of(figures.noticeToLetter()),
          Throughput.of(figures.letterToFirstVisit()), Throughput.of(figures.noticeToClosure()));
    }
  }

  /** One throughput time; the medians are null when {@code cases} is 0. */
  public record Throughput(int cases, BigDecimal medianDays, BigDecimal medianWorkingDays) {

    static Throughput of(ThroughputFigures.Span span) {
      return new Throughput(span.cases(), span.medianDays(), span.medianWorkingDays());
    }
  }

  public record Indicator(Number numerator, Integer denominator, BigDecimal percent,
      Integer target, String targetStatus, Integer minimum, String minimumStatus, String status,
      int pending) {

    public static Indicator of(IndicatorValue value) {
      return new Indicator(value.numerator(), value.denominator(), value.percent(),
          value.target(), code(value.targetStatus()), value.minimum(),
          code(value.minimumStatus()), value.status() == null ? null : value.status().code(),
          value.pending());
    }

    private static String code(TargetStatus status) {
      return status == null ? null : status.code();
    }
  }

  public static KpiJson of(KpiReport report) {
    List<District> districts = report.districts().stream()
        .map(d -> new District(d.district(), indicators(d.indicators()),
            Figures.of(report.figuresOf(d.district())))).toList();
    Berlin berlin = report.berlin() == null ? null : new Berlin(indicators(report.berlin()),
        Figures.of(report.figuresOf(KpiReport.BERLIN)));
    return new KpiJson(report.period().from().toString(), report.period().to().toString(),
        report.targets().agreement(), districts, berlin);
  }

  /** The values by standard id as the JSON shows them. */
  public static Map<String, Indicator> indicators(Map<String, IndicatorValue> values) {
    Map<String, Indicator> result = new LinkedHashMap<>();
    values.forEach((id, value) -> result.put(id, Indicator.of(value)));
    return result;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiJson;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.DistrictReport;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Report;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /api/reports?period=2026-H1}: the period, per district whether it has
 * submitted and per indicator the submitted value, today's value and the difference (today minus
 * submitted), and Berlin from the submitted values beside Berlin today. Each value has the shape
 * of {@code /api/kpi} ({@link KpiJson.Indicator}, with {@code targetStatus} and
 * {@code minimumStatus}). Dates are ISO ({@code 2026-07-08}); {@code submitted},
 * {@code difference} and {@code comment} are null before submission.
 */
public record ReportJson(String period, String label, String from, String to, String agreement,
    String asOf, int submittedCount, int districtCount, List<District> districts, Berlin berlin) {

  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /**
   * One district.
   *
   * @param submission {@code not-requested}, {@code requested}, {@code reminded} or
   *     {@code submitted}
   * @param pendingCases only in a district's own report ({@code GET /api/reports/{period}/{d}})
   *     read by its staff or an administrator: the case numbers of the pending cases by standard
   */
  public record District(String district, String name, String submission, String requestedOn,
      String dueOn, String remindedOn, String submittedOn, Map<String, Indicator> indicators,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> pendingCases) {}

  /** One indicator of a district: what was submitted, today's value, the difference, the comment. */
  public record Indicator(KpiJson.Indicator submitted, KpiJson.Indicator live,
      Difference difference, String comment) {}

  /**
   * Berlin.
   *
   * @param fromDistricts the districts whose submitted values make up Berlin's {@code submitted}
   *     (pooled for 1.1–1.4, the mean for 1.5 and 2); {@code live} is over all twelve districts
   */
  public record Berlin(List<String> fromDistricts, Map<String, BerlinIndicator> indicators) {}

  /** One indicator of Berlin; {@code submitted} is null while no district has submitted. */
  public record BerlinIndicator(KpiJson.Indicator submitted, KpiJson.Indicator live,
      Difference difference) {}

  /** Today minus submitted; {@code percent} in percentage points. */
  public record Difference(Number numerator, Integer denominator, BigDecimal percent,
      int pending) {}

  /**
   * {@code GET /api/reports/{period}/{district}}: the same for one district.
   */
  public record Detail(String period, String label, String from, String to, String agreement,
      String asOf, int submittedCount, int districtCount, District district, Berlin berlin) {}

  public static ReportJson of(Report report) {
    return new ReportJson(report.period(), report.label(), date(report.from()),
        date(report.to()), report.agreement(), AS_OF.format(report.asOf()),
        report.submittedCount(), report.districtCount(),
        report.districts().stream().map(ReportJson::district).toList(), berlin(report));
  }

  /** The report of one district ({@code report} holds exactly that one). */
  public static Detail detail(Report report) {
    if (report.districts().size() != 1) {
      throw new IllegalArgumentException("A district's report needs exactly one district, not "
          + report.districts().size());
    }
    return new Detail(report.period(), report.label(), date(report.from()), date(report.to()),
        report.agreement(), AS_OF.format(report.asOf()), report.submittedCount(),
        report.districtCount(), district(report.districts().get(0)), berlin(report));
  }

  private static District district(DistrictReport district) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    district.indicators().forEach((id, row) -> indicators.put(id, new Indicator(
        indicator(row.submitted()), indicator(row.live()), difference(row), row.comment())));
    return new District(district.district(), district.name(), district.submission().code(),
        date(district.requestedOn()), date(district.dueOn()), date(district.remindedOn()),
        date(district.submittedOn()), indicators, district.pendingCases());
  }

  private static Berlin berlin(Report report) {
    Map<String, BerlinIndicator> indicators = new LinkedHashMap<>();
    report.berlin().indicators().forEach((id, row) -> indicators.put(id, new BerlinIndicator(
        indicator(row.submitted()), indicator(row.live()), difference(row))));
    return new Berlin(report.berlin().fromDistricts(), indicators);
  }

  private static KpiJson.Indicator indicator(IndicatorValue value) {
    return value == null ? null : KpiJson.Indicator.of(value);
  }

  private static Difference difference(Row row) {
    SubmittedReports.Difference difference = row.difference();
    return difference == null ? null : new Difference(difference.numerator(),
        difference.denominator(), difference.percent(), difference.pending());
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}

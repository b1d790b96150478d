package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV for the half-year report to SenASGIVA: one row per district (then Berlin) and
 * indicator, German column headings, separator {@code ;} and decimal comma as German spreadsheets
 * expect, UTF-8, lines ending CRLF (RFC 4180).
 */
public final class KpiCsv {

  public static final List<String> HEADINGS = List.of("Zeitraum von", "Zeitraum bis", "Bezirk-ID",
      "Bezirk", "Indikator", "Qualitätsstandard", "Zähler", "Nenner", "Prozent", "Zielwert",
      "Mindestwert", "Status", "Ausstehend");

  public static final String BERLIN_ID = "berlin";

  private KpiCsv() {}

  public static String of(KpiReport report) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADINGS);
    for (KpiReport.DistrictIndicators district : report.districts()) {
      rows(csv, report, district.district(),
          Districts.displayName(district.district()).orElse(district.district()),
          district.indicators());
    }
    if (report.berlin() != null) {
      rows(csv, report, BERLIN_ID, "Berlin", report.berlin());
    }
    return csv.toString();
  }

  private static void rows(StringBuilder csv, KpiReport report, String id, String name,
      Map<String, IndicatorValue> indicators) {
    indicators.forEach((standardId, value) -> line(csv, List.of(
        report.period().from().toString(), report.period().to().toString(), id, name, standardId,
        Standard.byId(standardId).map(Standard::title).orElse(""),
        number(value.numerator()), number(value.denominator()), number(value.percent()),
        number(value.target()), number(value.minimum()),
        value.status() == null ? "" : value.status().german(),
        Integer.toString(value.pending()))));
  }

  private static String number(Number value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    return text.replace('.', ',');
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(escape(fields.get(i)));
    }
    csv.append("\r\n");
  }

  private static String escape(String field) {
    if (field.contains(";") || field.contains("\"") || field.contains("\n")
        || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}

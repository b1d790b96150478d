package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV ({@link GermanCsv}: BOM, {@code ;}, decimal comma, dates {@code 30.06.2026}):
 * one row per district (then Berlin) and indicator, German column headings, each target and
 * minimum with its status („vereinbart“, „Vorschlag“, „nicht festgelegt“), and a note where there
 * is no value („keine Fälle“, „keine Selbstauskunft“, „keine Befragung“).
 */
public final class KpiCsv {

  public static final List<String> HEADINGS = List.of("Zeitraum von", "Zeitraum bis", "Bezirk-ID",
      "Bezirk", "Indikator", "Qualitätsstandard", "Zähler", "Nenner", "Prozent", "Zielwert",
      "Zielwert-Status", "Mindestwert", "Mindestwert-Status", "Status", "Ausstehend", "Hinweis");

  public static final String BERLIN_ID = "berlin";

  private KpiCsv() {}

  public static GermanCsv of(KpiReport report) {
    GermanCsv csv = new GermanCsv(HEADINGS);
    for (KpiReport.DistrictIndicators district : report.districts()) {
      rows(csv, report, district.district(),
          Districts.displayName(district.district()).orElse(district.district()),
          district.indicators());
    }
    if (report.berlin() != null) {
      rows(csv, report, BERLIN_ID, "Berlin", report.berlin());
    }
    return csv;
  }

  private static void rows(GermanCsv csv, KpiReport report, String id, String name,
      Map<String, IndicatorValue> indicators) {
    indicators.forEach((standardId, value) -> {
      Standard standard = Standard.byId(standardId).orElseThrow();
      csv.row(GermanCsv.date(report.period().from()), GermanCsv.date(report.period().to()), id,
          name, standardId, standard.title(),
          GermanCsv.number(value.numerator()), GermanCsv.number(value.denominator()),
          GermanCsv.number(value.percent()),
          GermanCsv.number(value.target()), german(value.targetStatus()),
          GermanCsv.number(value.minimum()), german(value.minimumStatus()),
          value.status() == null ? "" : value.status().german(),
          Integer.toString(value.pending()),
          value.hasValue() ? "" : standard.noValueText());
    });
  }

  private static String german(TargetStatus status) {
    return status == null ? "" : status.german();
  }
}

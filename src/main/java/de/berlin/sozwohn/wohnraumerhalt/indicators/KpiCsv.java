package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.ThroughputFigures;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV ({@link GermanCsv}: BOM, {@code ;}, decimal comma, dates {@code 30.06.2026}):
 * one row per district (then Berlin) and indicator, German column headings, each target and
 * minimum with its status („vereinbart“, „Vorschlag“, „nicht festgelegt“), and a note where there
 * is no value („keine Fälle“, „keine Selbstauskunft“, „keine Befragung“).
 *
 * <p>After a unit's indicators follow its three throughput times ({@link ThroughputFigures}) as
 * rows of their own – in the column „Indikator“ the key of {@code figures} in the JSON
 * ({@code noticeToLetter}, …), in „Qualitätsstandard“ what they measure – with the number of
 * cases and the medians in the last three columns, which the indicator rows leave empty. One
 * table, so a spreadsheet filters both by district and period the same way.
 */
public final class KpiCsv {

  public static final List<String> HEADINGS = List.of("Zeitraum von", "Zeitraum bis", "Bezirk-ID",
      "Bezirk", "Indikator", "Qualitätsstandard", "Zähler", "Nenner", "Prozent", "Zielwert",
      "Zielwert-Status", "Mindestwert", "Mindestwert-Status", "Status", "Ausstehend", "Hinweis",
      "Fälle", "Median Tage", "Median Arbeitstage");

  public static final String BERLIN_ID = KpiReport.BERLIN;

  /** The throughput times' keys (as in the JSON) and their German titles, in this order. */
  static final Map<String, String> FIGURE_TITLES = Map.of(
      "noticeToLetter", "Durchlaufzeit vom Eingang der Mitteilung bis zum Anschreiben",
      "letterToFirstVisit", "Durchlaufzeit vom Anschreiben bis zum ersten Hausbesuch",
      "noticeToClosure", "Durchlaufzeit vom Eingang der Mitteilung bis zum Abschluss");

  /** The columns of {@link #HEADINGS} before the throughput columns. */
  private static final int INDICATOR_COLUMNS = HEADINGS.size() - 3;

  private KpiCsv() {}

  public static GermanCsv of(KpiReport report) {
    GermanCsv csv = new GermanCsv(HEADINGS);
    for (KpiReport.DistrictIndicators district : report.districts()) {
      String name = Districts.displayName(district.district()).orElse(district.district());
      rows(csv, report, district.district(), name, district.indicators());
      figureRows(csv, report, district.district(), name, report.figuresOf(district.district()));
    }
    if (report.berlin() != null) {
      rows(csv, report, BERLIN_ID, "Berlin", report.berlin());
      figureRows(csv, report, BERLIN_ID, "Berlin", report.figuresOf(BERLIN_ID));
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
          value.hasValue() ? "" : standard.noValueText(), "", "", "");
    });
  }

  private static void figureRows(GermanCsv csv, KpiReport report, String id, String name,
      ThroughputFigures figures) {
    if (figures == null) {
      return;
    }
    figureRow(csv, report, id, name, "noticeToLetter", figures.noticeToLetter());
    figureRow(csv, report, id, name, "letterToFirstVisit", figures.letterToFirstVisit());
    figureRow(csv, report, id, name, "noticeToClosure", figures.noticeToClosure());
  }

  private static void figureRow(GermanCsv csv, KpiReport report, String id, String name,
      String key, ThroughputFigures.Span span) {
    List<String> fields = new ArrayList<>(HEADINGS.size());
    fields.addAll(List.of(GermanCsv.date(report.period().from()),
        GermanCsv.date(report.period().to()), id, name, key, FIGURE_TITLES.get(key)));
    // Zähler … Ausstehend: no standard, nothing to count against a target
    fields.addAll(Collections.nCopies(INDICATOR_COLUMNS - fields.size() - 1, ""));
    fields.add(span.cases() == 0 ? "keine Fälle" : "");
    fields.add(Integer.toString(span.cases()));
    fields.add(GermanCsv.number(span.medianDays()));
    fields.add(GermanCsv.number(span.medianWorkingDays()));
    csv.row(fields);
  }

  private static String german(TargetStatus status) {
    return status == null ? "" : status.german();
  }
}

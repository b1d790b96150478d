package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Difference;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.DistrictReport;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Report;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Row;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as CSV ({@link GermanCsv}: BOM, {@code ;}, decimal comma, dates {@code 30.06.2026}):
 * one row per district (then Berlin) and indicator with the submitted value, today's value, the
 * difference, the target and minimum with their status and the team lead's comment. The column
 * „Abgabe“ says „abgegeben“, „angefordert“, „erinnert“ or „nicht angefordert“, in the Berlin rows
 * „aus 11 von 12 Bezirken“ (the districts Berlin's submitted value is made of). Never case
 * numbers: a CSV leaves the application.
 */
public final class ReportCsv {

  public static final List<String> HEADINGS = List.of("Berichtszeitraum", "Zeitraum von",
      "Zeitraum bis", "Bezirk-ID", "Bezirk", "Abgabe", "Abgegeben am", "Indikator",
      "Qualitätsstandard", "Zähler abgegeben", "Nenner abgegeben", "Prozent abgegeben",
      "Status abgegeben", "Ausstehend abgegeben", "Zähler heute", "Nenner heute",
      "Prozent heute", "Status heute", "Ausstehend heute", "Differenz Zähler",
      "Differenz Nenner", "Differenz Prozentpunkte", "Zielwert", "Zielwert-Status",
      "Mindestwert", "Mindestwert-Status", "Begründung");

  public static final String BERLIN_ID = "berlin";

  private ReportCsv() {}

  /** The file name: {@code halbjahresbericht_2026-H1.csv}, {@code …_2026-H1_mitte.csv}. */
  public static String filename(String period, String district) {
    return "halbjahresbericht_" + period + (district == null ? "" : "_" + district) + ".csv";
  }

  public static GermanCsv of(Report report) {
    GermanCsv csv = new GermanCsv(HEADINGS);
    for (DistrictReport district : report.districts()) {
      district.indicators().forEach((id, row) -> csv.row(row(report, district.district(),
          district.name(), district.submission().german(),
          GermanCsv.date(district.submittedOn()), id, row, row.comment())));
    }
    String from = "aus " + report.submittedCount() + " von " + report.districtCount()
        + " Bezirken";
    report.berlin().indicators().forEach((id, row) ->
        csv.row(row(report, BERLIN_ID, "Berlin", from, "", id, row, "")));
    return csv;
  }

  private static List<String> row(Report report, String id, String name, String submission,
      String submittedOn, String standardId, Row row, String comment) {
    Standard standard = Standard.byId(standardId).orElseThrow();
    IndicatorValue submitted = row.submitted();
    IndicatorValue live = row.live();
    Difference difference = row.difference();
    // the targets the value was measured against: the submitted one's, else today's
    IndicatorValue measured = submitted != null ? submitted : live;
    List<String> fields = new ArrayList<>(HEADINGS.size());
    fields.addAll(List.of(report.label(), GermanCsv.date(report.from()),
        GermanCsv.date(report.to()), id, name, submission, submittedOn, standardId,
        standard.title()));
    fields.addAll(value(submitted));
    fields.addAll(value(live));
    fields.add(difference == null ? "" : GermanCsv.number(difference.numerator()));
    fields.add(difference == null ? "" : GermanCsv.number(difference.denominator()));
    fields.add(difference == null ? "" : GermanCsv.number(difference.percent()));
    fields.add(GermanCsv.number(measured.target()));
    fields.add(german(measured.targetStatus()));
    fields.add(GermanCsv.number(measured.minimum()));
    fields.add(german(measured.minimumStatus()));
    fields.add(comment == null ? "" : comment);
    return fields;
  }

  /** Zähler, Nenner, Prozent, Status, Ausstehend – all empty when there is no value. */
  private static List<String> value(IndicatorValue value) {
    if (value == null) {
      return List.of("", "", "", "", "");
    }
    return List.of(GermanCsv.number(value.numerator()), GermanCsv.number(value.denominator()),
        GermanCsv.number(value.percent()), value.status() == null ? "" : value.status().german(),
        Integer.toString(value.pending()));
  }

  private static String german(TargetStatus status) {
    return status == null ? "" : status.german();
  }
}

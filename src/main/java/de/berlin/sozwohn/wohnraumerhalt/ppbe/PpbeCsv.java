package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.DistrictStaffing;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.TaskLine;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The PPBE report as CSV ({@link GermanCsv}: BOM, {@code ;}, decimal comma, dates
 * {@code 30.06.2026}, German headings): one row per district and task, then one row "TOTAL" per
 * district with minutes and VZÄ (model, history, difference) and the basis.
 */
public final class PpbeCsv {

  static final List<String> HEADINGS = List.of("Zeitraum von", "Zeitraum bis", "Bezirk",
      "Aufgabe (Schlüssel)", "Aufgabe", "Minuten je Aufgabe", "Anzahl Modell", "Minuten Modell",
      "Anzahl Historie", "Minuten Historie", "Differenz Anzahl", "Differenz Minuten", "VZÄ Modell",
      "VZÄ Historie", "Differenz VZÄ", "Fälle pro Jahr", "Netto-Jahresarbeitsminuten",
      "Verteilzeitzuschlag %");

  /** The heading line as it reads in the file. */
  static final String HEADER = String.join(";", HEADINGS);

  private PpbeCsv() {}

  public static GermanCsv write(StaffingReport report) {
    GermanCsv csv = new GermanCsv(HEADINGS);
    List<DistrictStaffing> districts = new ArrayList<>(report.districts());
    if (report.berlin() != null) {
      districts.add(report.berlin());
    }
    for (DistrictStaffing district : districts) {
      String name = district.name() == null ? district.district() : district.name();
      for (TaskLine line : district.tasks()) {
        row(csv, report, name, line.taskKey(), line.name(), num(line.minutes()),
            num(line.model().count()), num(line.model().minutes()), num(line.history().count()),
            num(line.history().minutes()), num(line.difference().count()),
            num(line.difference().minutes()), "", "", "", "", "", "");
      }
      row(csv, report, name, "TOTAL", "Summe", "", "", num(district.model().minutes()),
          "", num(district.history().minutes()), "", num(district.difference().minutes()),
          num(district.model().fte()), num(district.history().fte()),
          num(district.difference().fte()), num(report.casesPerYear().applied()),
          num(report.basis().netAnnualMinutes()),
          num(report.basis().distributionTimeSurchargePercent()));
    }
    return csv;
  }

  private static void row(GermanCsv csv, StaffingReport report, String... values) {
    List<String> cells = new ArrayList<>(List.of(GermanCsv.date(report.from()),
        GermanCsv.date(report.to())));
    cells.addAll(Arrays.asList(values));
    csv.row(cells);
  }

  private static String num(double value) {
    return GermanCsv.number(value);
  }
}

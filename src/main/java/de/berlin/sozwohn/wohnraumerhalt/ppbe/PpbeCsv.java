package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.DistrictStaffing;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.TaskLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PPBE report as CSV (RFC 4180, comma, decimal point): one row per district and task, then
 * one row "TOTAL" per district with minutes and VZÄ (model, history, difference) and the basis.
 */
public final class PpbeCsv {

  static final String HEADER = "from,to,district,taskKey,task,minutesPerTask,modelCount,"
      + "modelMinutes,historyCount,historyMinutes,differenceCount,differenceMinutes,modelFte,"
      + "historyFte,differenceFte,casesPerYear,netAnnualMinutes,distributionTimeSurchargePercent";

  private PpbeCsv() {}

  public static String write(StaffingReport report) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    List<DistrictStaffing> districts = new ArrayList<>(report.districts());
    if (report.berlin() != null) {
      districts.add(report.berlin());
    }
    for (DistrictStaffing district : districts) {
      for (TaskLine line : district.tasks()) {
        row(csv, report, district.district(), line.taskKey(), line.name(), num(line.minutes()),
            num(line.model().count()), num(line.model().minutes()), num(line.history().count()),
            num(line.history().minutes()), num(line.difference().count()),
            num(line.difference().minutes()), "", "", "", "", "", "");
      }
      row(csv, report, district.district(), "TOTAL", "Summe", "", "", num(district.model().minutes()),
          "", num(district.history().minutes()), "", num(district.difference().minutes()),
          num(district.model().fte()), num(district.history().fte()),
          num(district.difference().fte()), num(report.casesPerYear().applied()),
          num(report.basis().netAnnualMinutes()),
          num(report.basis().distributionTimeSurchargePercent()));
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, StaffingReport report, String... values) {
    List<String> cells = new ArrayList<>(List.of(report.from().toString(), report.to().toString()));
    cells.addAll(Arrays.asList(values));
    csv.append(cells.stream().map(PpbeCsv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static String num(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

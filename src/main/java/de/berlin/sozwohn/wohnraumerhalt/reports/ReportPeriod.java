package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the districts report on to the Monitoringstelle: the first half-year ({@code 2026-H1},
 * 01.01.–30.06.) or the calendar year ({@code 2026}, the annual report, which covers the second
 * half-year too). The code is the external contract ({@code /api/reports?period=2026-H1}) and the
 * key of {@code report_submission}. Plain Java.
 *
 * @param year the calendar year
 * @param halfYear true for the first half-year, false for the whole year
 */
public record ReportPeriod(int year, boolean halfYear) {

  /** The earliest year a report can be about. */
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 9999;

  private static final Pattern CODE = Pattern.compile("(\\d{4})(-H1)?");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public ReportPeriod {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("Das Jahr " + year + " liegt nicht zwischen "
          + FIRST_YEAR + " und " + LAST_YEAR + ".");
    }
  }

  /** The first half-year of that year ({@code 2026-H1}). */
  public static ReportPeriod firstHalf(int year) {
    return new ReportPeriod(year, true);
  }

  /** The calendar year ({@code 2026}), the annual report. */
  public static ReportPeriod wholeYear(int year) {
    return new ReportPeriod(year, false);
  }

  /**
   * @param code {@code 2026-H1} or {@code 2026}
   * @throws IllegalArgumentException anything else, with a German message (without the field
   *     name: the caller names it, e.g. {@code period})
   */
  public static ReportPeriod parse(String code) {
    Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Unbekannter Berichtszeitraum „" + code
          + "“: erwartet wird das erste Halbjahr wie 2026-H1 oder ein Jahr wie 2026.");
    }
    return new ReportPeriod(Integer.parseInt(matcher.group(1)), matcher.group(2) != null);
  }

  /**
   * The latest period that ended before {@code today}: from July to December the first half-year
   * of the year ({@code Y-H1}), from January to June the previous year ({@code Y-1}). What the
   * timer on 1 July and on 1 January asks the districts for.
   */
  public static ReportPeriod endedBefore(LocalDate today) {
    return today.getMonthValue() >= 7 ? firstHalf(today.getYear())
        : wholeYear(today.getYear() - 1);
  }

  /** Whether the period is over on {@code today}: its last day lies before it. */
  public boolean hasEndedBy(LocalDate today) {
    return to().isBefore(today);
  }

  /** {@code 2026-H1} or {@code 2026}. */
  public String code() {
    return halfYear ? year + "-H1" : Integer.toString(year);
  }

  /** The first day (1 January). */
  public LocalDate from() {
    return LocalDate.of(year, 1, 1);
  }

  /** The last day (30 June or 31 December). */
  public LocalDate to() {
    return halfYear ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /** As the indicator rules count it. */
  public Period period() {
    return new Period(from(), to());
  }

  /** „1. Halbjahr 2026“ or „Jahr 2026“. */
  public String label() {
    return halfYear ? "1. Halbjahr " + year : "Jahr " + year;
  }

  /** „1. Halbjahr 2026 (01.01.2026–30.06.2026)“, as the form shows it. */
  public String text() {
    return label() + " (" + DAY.format(from()) + "–" + DAY.format(to()) + ")";
  }

  @Override
  public String toString() {
    return code();
  }
}

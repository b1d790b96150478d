package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as German letters print them: "Dienstag, 10. März 2026, 10:00 Uhr". */
public final class GermanDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
  private static final DateTimeFormatter WEEKDAY_DATE =
      DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
  private static final DateTimeFormatter WEEKDAY_DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN);

  /** "10. März 2026". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "Dienstag, 10. März 2026". */
  public static String weekdayDate(LocalDate date) {
    return WEEKDAY_DATE.format(date);
  }

  /** "Dienstag, 10. März 2026, 10:00 Uhr". */
  public static String weekdayDateTime(LocalDateTime dateTime) {
    return WEEKDAY_DATE_TIME.format(dateTime);
  }

  /** "10:00 Uhr". */
  public static String time(LocalDateTime dateTime) {
    return TIME.format(dateTime);
  }

  private GermanDates() {}
}

package de.berlin.sozwohn.wohnraumerhalt.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, times and amounts read for a caseworker – in the forms, in refusals and in messages:
 * {@code 25.11.2026}, {@code 3.12.2026, 10:00 Uhr}, {@code 7.795,30 €}. Plain Java.
 *
 * <p>The short numeric date without leading zeros is what a German browser writes
 * ({@code toLocaleDateString('de-DE')}); the letters spell the month out ({@code
 * letters.GermanDates}). Values travel and are stored in ISO ({@code calendar.DateValues}); this
 * class only writes them for people.
 */
public final class GermanFormats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMANY);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMANY);

  private GermanFormats() {}

  /** {@code 25.11.2026}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 3.12.2026, 10:00 Uhr}. */
  public static String dateTime(LocalDateTime dateTime) {
    return DATE.format(dateTime) + ", " + TIME.format(dateTime) + " Uhr";
  }

  /** An amount in euros with cents and thousands separators: {@code 7.795,30 €}. */
  public static String euros(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " €";
  }

  /** An amount of any number type (Camunda stores a Double): see {@link #euros(BigDecimal)}. */
  public static String euros(Number amount) {
    BigDecimal value = amount instanceof BigDecimal decimal ? decimal
        : new BigDecimal(amount.toString());
    return euros(value);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application's one date codec: how dates and date-times travel between Camunda Forms, the
 * REST API, process variables and our code. Plain Java.
 *
 * <p>Two ways of reading, on purpose:
 * <ul>
 *   <li><b>Input</b> ({@link #parseDate}, {@link #parseLocalDateTime}, {@link #parseDateTime}) is
 *       strict: what a client must send – an ISO date {@code "2026-03-02"}, an ISO local date-time
 *       {@code "2026-05-12T09:00"} (seconds allowed, as Camunda Forms submits with
 *       {@code timeSerializingFormat: no_timezone}), for notices also with an offset
 *       ({@code "2026-05-12T09:00+02:00"}, read in Berlin time). Anything else is not a date.
 *   <li><b>Stored values</b> ({@link #toDate}, {@link #toDateTime}) are read leniently: a variable
 *       may hold any of the above, a {@link Date} (Camunda's date type), a {@link LocalDate} or any
 *       java.time value; a date-time with an offset or zone is turned into Berlin time
 *       <em>before</em> its date is taken (23:30 UTC on 2 March is 3 March in Berlin).
 * </ul>
 * Written back, a date is ISO ({@code LocalDate#toString}) and a date-time is the form format
 * without seconds ({@link #formatDateTime}).
 */
public final class DateValues {

  /** The date-time format of Camunda Forms' datetime field: {@code 2026-05-12T09:00}. */
  private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final ZoneId zone;

  /** @param zone the zone in which instants and date-times with an offset are read (Berlin) */
  public DateValues(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** An ISO date ({@code "2026-03-02"}, surrounding blanks ignored); empty for anything else. */
  public static Optional<LocalDate> parseDate(String text) {
    return parse(text, LocalDate::parse);
  }

  /** An ISO local date-time ({@code "2026-05-12T09:00"}, seconds allowed); empty otherwise. */
  public static Optional<LocalDateTime> parseLocalDateTime(String text) {
    return parse(text, LocalDateTime::parse);
  }

  /** An ISO local date-time, or one with an offset read in this zone; empty otherwise. */
  public Optional<LocalDateTime> parseDateTime(String text) {
    return parseLocalDateTime(text).or(() -> parse(text,
        s -> OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDateTime()));
  }

  /** The form format of a date-time, to the minute: {@code "2026-05-12T09:00"}. */
  public static String formatDateTime(LocalDateTime value) {
    return value.format(FORM_DATE_TIME);
  }

  /** The date of a stored value (see the class comment); empty when it holds none. */
  public Optional<LocalDate> toDate(Object value) {
    if (value instanceof LocalDate date) {
      return Optional.of(date);
    }
    if (value instanceof CharSequence text) {
      Optional<LocalDate> date = parseDate(text.toString());
      if (date.isPresent()) {
        return date;
      }
    }
    return toDateTime(value).map(LocalDateTime::toLocalDate);
  }

  /**
   * The date-time of a stored value in this zone; empty when it holds none – also for a plain
   * date, which has no time (an appointment "2026-03-10" is not a date-time).
   */
  public Optional<LocalDateTime> toDateTime(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof LocalDateTime dateTime) {
      return Optional.of(dateTime);
    }
    if (value instanceof Date date) {
      // via getTime(): java.sql.Date#toInstant() throws
      return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochMilli(date.getTime()), zone));
    }
    if (value instanceof Calendar calendar) {
      return Optional.of(LocalDateTime.ofInstant(calendar.toInstant(), zone));
    }
    if (value instanceof Instant instant) {
      return Optional.of(LocalDateTime.ofInstant(instant, zone));
    }
    if (value instanceof ZonedDateTime dateTime) {
      return Optional.of(dateTime.withZoneSameInstant(zone).toLocalDateTime());
    }
    if (value instanceof OffsetDateTime dateTime) {
      return Optional.of(dateTime.atZoneSameInstant(zone).toLocalDateTime());
    }
    if (value instanceof CharSequence text) {
      String s = text.toString();
      return parseDateTime(s)
          .or(() -> parse(s, t -> ZonedDateTime.parse(t).withZoneSameInstant(zone).toLocalDateTime()));
    }
    return Optional.empty();
  }

  private static <T> Optional<T> parse(String text, Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

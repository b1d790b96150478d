package de.berlin.sozwohn.wohnraumerhalt.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Turns process variable values into fact values. Variables hold ISO strings as Camunda Forms
 * submits them ({@code "2026-03-02"}, {@code "2026-05-12T09:00"}); {@link Date} and java.time
 * values are accepted too. Anything unreadable becomes null – a fact is left empty rather than a
 * caseworker's task failing.
 */
final class FactValues {

  private final ZoneId zone;

  FactValues(ZoneId zone) {
    this.zone = zone;
  }

  LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof Date date) {
      return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }
    if (value instanceof CharSequence text) {
      String s = text.toString().trim();
      try {
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  LocalDateTime dateTime(Object value) {
    if (value instanceof LocalDateTime dateTime) {
      return dateTime;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(date.getTime()), zone);
    }
    if (value instanceof CharSequence text) {
      String s = text.toString().trim();
      try {
        return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  LocalDate date(Date instant) {
    return instant == null ? null : Instant.ofEpochMilli(instant.getTime()).atZone(zone).toLocalDate();
  }

  static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : null;
  }

  static Integer integer(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    return null;
  }

  static String string(Object value) {
    return value == null ? null : value.toString();
  }
}

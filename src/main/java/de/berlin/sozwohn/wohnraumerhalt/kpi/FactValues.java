package de.berlin.sozwohn.wohnraumerhalt.kpi;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Turns process variable values into fact values. Variables hold ISO strings as Camunda Forms
 * submits them ({@code "2026-03-02"}, {@code "2026-05-12T09:00"}); {@link java.util.Date} and
 * java.time values are accepted too ({@link DateValues}, in Berlin time). Anything unreadable
 * becomes null – a fact is left empty rather than a caseworker's task failing.
 */
final class FactValues {

  private final DateValues dates;

  FactValues(ZoneId zone) {
    this.dates = new DateValues(zone);
  }

  LocalDate date(Object value) {
    return dates.toDate(value).orElse(null);
  }

  /** A date-time; a plain date counts from its start. */
  LocalDateTime dateTime(Object value) {
    return dates.toDateTime(value)
        .or(() -> dates.toDate(value).map(LocalDate::atStartOfDay)).orElse(null);
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

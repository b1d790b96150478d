package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A reporting period, both dates inclusive (e.g. the half-year 2026-01-01 … 2026-06-30). */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Period ends before it starts: " + from + " … " + to);
    }
  }

  public static Period of(String from, String to) {
    return new Period(LocalDate.parse(from), LocalDate.parse(to));
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }

  public boolean contains(LocalDateTime dateTime) {
    return dateTime != null && contains(dateTime.toLocalDate());
  }
}

package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Closing days of the Fachstellen on top of Berlin's public holidays: fixed dates (a one-off
 * closure, e.g. 2026-05-15) and days closed every year (e.g. 24 and 31 December).
 *
 * @param fixedDates closed on exactly these dates
 * @param recurringDays closed on these days in every year
 */
public record ExtraClosingDays(Set<LocalDate> fixedDates, Set<MonthDay> recurringDays) {

  public ExtraClosingDays {
    fixedDates = Set.copyOf(fixedDates);
    recurringDays = Set.copyOf(recurringDays);
  }

  public static ExtraClosingDays none() {
    return new ExtraClosingDays(Set.of(), Set.of());
  }

  /**
   * Parses configuration entries: an ISO date ({@code 2026-12-24}) is a fixed date, an ISO month-day
   * ({@code --12-24}) recurs every year.
   *
   * @throws IllegalArgumentException naming the first entry that is neither
   */
  public static ExtraClosingDays parse(Collection<String> entries) {
    Set<LocalDate> fixed = new LinkedHashSet<>();
    Set<MonthDay> recurring = new LinkedHashSet<>();
    if (entries != null) {
      for (String entry : entries) {
        String text = entry == null ? "" : entry.trim();
        try {
          if (text.startsWith("--")) {
            recurring.add(MonthDay.parse(text));
          } else {
            fixed.add(LocalDate.parse(text));
          }
        } catch (DateTimeException e) {
          // no cause attached: Spring's start failure report shows the innermost cause only
          throw new IllegalArgumentException(
              "Ungültiger zusätzlicher Schließtag '" + entry + "': erwartet wird ein Datum wie"
                  + " 2026-12-24 oder ein jährlicher Tag wie --12-24 ("
                  + e.getMessage()
                  + ")");
        }
      }
    }
    return new ExtraClosingDays(fixed, recurring);
  }

  public boolean contains(LocalDate date) {
    return fixedDates.contains(date) || recurringDays.contains(MonthDay.from(date));
  }
}

package de.berlin.sozwohn.wohnraumerhalt.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Berlin working days (SPEC §2): Monday to Friday except Berlin's public holidays (from jollyday:
 * Germany, subdivision "be" — Neujahr, Internationaler Frauentag since 2019, Karfreitag, Ostermontag,
 * 1 May, Christi Himmelfahrt, Pfingstmontag, 3 October, 25/26 December and one-off holidays such as
 * 8 May 2020 and 2025) and except the configured {@link ExtraClosingDays}.
 *
 * <p>Counting rule: {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days d with
 * a &lt; d &le; b, so the day of receipt itself never counts and a notice received on a Saturday has
 * Monday as working day 1. A deadline "within N working days after a" is met on b when
 * {@code workingDaysBetween(a, b) <= N}; its due day is {@code addWorkingDays(a, N)}.
 *
 * <p>Each year is computed once (jollyday is slow) into a table of cumulative working-day counts,
 * so {@code isWorkingDay} and {@code workingDaysBetween} are constant time after the first call for
 * a year. Thread-safe.
 */
public final class WorkingDayCalendar {

  /** The name {@link #holidayName} gives a configured closing day that is no public holiday. */
  public static final String EXTRA_CLOSING_DAY_NAME = "Zusätzlicher Schließtag";

  private static final String BERLIN = "be";
  private static final int ARRAY_CACHE_FIRST_YEAR = 1900;
  private static final int ARRAY_CACHE_YEARS = 400;

  private final ExtraClosingDays extraClosingDays;
  private final HolidayManager holidays;
  private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(ARRAY_CACHE_YEARS);
  private final Map<Integer, YearTable> otherTables = new ConcurrentHashMap<>();

  /** Berlin public holidays only. */
  public WorkingDayCalendar() {
    this(ExtraClosingDays.none());
  }

  /**
   * @param fixedClosingDays extra closing days on exactly these dates
   * @param recurringClosingDays extra closing days in every year (e.g. 24 and 31 December)
   */
  public WorkingDayCalendar(
      Collection<LocalDate> fixedClosingDays, Collection<MonthDay> recurringClosingDays) {
    this(new ExtraClosingDays(Set.copyOf(fixedClosingDays), Set.copyOf(recurringClosingDays)));
  }

  public WorkingDayCalendar(ExtraClosingDays extraClosingDays) {
    this.extraClosingDays = extraClosingDays;
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
  }

  public ExtraClosingDays extraClosingDays() {
    return extraClosingDays;
  }

  /** Monday to Friday, no Berlin public holiday, no extra closing day. */
  public boolean isWorkingDay(LocalDate date) {
    return table(date.getYear()).isWorkingDay(date.getDayOfYear());
  }

  /**
   * The number of working days d with {@code a < d <= b}. The day {@code a} itself never counts;
   * {@code b} counts when it is a working day. Returns 0 when {@code b} is not after {@code a} (the
   * act happened on or before the start day: no working day has passed).
   */
  public int workingDaysBetween(LocalDate a, LocalDate b) {
    if (!b.isAfter(a)) {
      return 0;
    }
    YearTable first = table(a.getYear());
    if (a.getYear() == b.getYear()) {
      return first.countThrough(b.getDayOfYear()) - first.countThrough(a.getDayOfYear());
    }
    int count = first.total() - first.countThrough(a.getDayOfYear());
    for (int year = a.getYear() + 1; year < b.getYear(); year++) {
      count += table(year).total();
    }
    return count + table(b.getYear()).countThrough(b.getDayOfYear());
  }

  /**
   * The n-th working day after {@code a} (the due day of "within n working days after a"); {@code a}
   * itself never counts.
   *
   * @throws IllegalArgumentException when n &lt; 1
   */
  public LocalDate addWorkingDays(LocalDate a, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate day = a;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The German name of the Berlin public holiday on this date ("Karfreitag", "Internationaler
   * Frauentag", …), or {@value #EXTRA_CLOSING_DAY_NAME} for a configured closing day; empty on any
   * other day, including plain weekends.
   */
  public Optional<String> holidayName(LocalDate date) {
    String name = table(date.getYear()).holidayNames.get(date);
    if (name == null && extraClosingDays.contains(date)) {
      name = EXTRA_CLOSING_DAY_NAME;
    }
    return Optional.ofNullable(name);
  }

  private YearTable table(int year) {
    int index = year - ARRAY_CACHE_FIRST_YEAR;
    if (index >= 0 && index < ARRAY_CACHE_YEARS) {
      YearTable table = tables.get(index);
      if (table == null) {
        table = computeTable(year);
        tables.compareAndSet(index, null, table);
      }
      return table;
    }
    return otherTables.computeIfAbsent(year, this::computeTable);
  }

  private YearTable computeTable(int year) {
    Map<LocalDate, String> names = new HashMap<>();
    for (Holiday holiday : berlinHolidays(year)) {
      names.putIfAbsent(holiday.getDate(), holiday.getDescription(Locale.GERMAN));
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    int[] cumulative = new int[days + 1];
    for (int dayOfYear = 1; dayOfYear <= days; dayOfYear++) {
      LocalDate date = first.plusDays(dayOfYear - 1L);
      boolean working =
          date.getDayOfWeek() != DayOfWeek.SATURDAY
              && date.getDayOfWeek() != DayOfWeek.SUNDAY
              && !names.containsKey(date)
              && !extraClosingDays.contains(date);
      cumulative[dayOfYear] = cumulative[dayOfYear - 1] + (working ? 1 : 0);
    }
    return new YearTable(cumulative, Map.copyOf(names));
  }

  private Set<Holiday> berlinHolidays(int year) {
    // the manager is shared by jollyday's own cache; keep its (lazy) parsing single-threaded
    synchronized (holidays) {
      return holidays.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, BERLIN);
    }
  }

  /** One year: cumulative[d] = working days from 1 January through day-of-year d (cumulative[0] = 0). */
  private record YearTable(int[] cumulative, Map<LocalDate, String> holidayNames) {

    int countThrough(int dayOfYear) {
      return cumulative[dayOfYear];
    }

    boolean isWorkingDay(int dayOfYear) {
      return cumulative[dayOfYear] != cumulative[dayOfYear - 1];
    }

    int total() {
      return cumulative[cumulative.length - 1];
    }
  }
}

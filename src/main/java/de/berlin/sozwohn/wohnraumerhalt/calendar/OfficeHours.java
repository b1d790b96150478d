package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a district's Fachstelle offers appointments to households (SPEC §3 step 2): the opening
 * windows of each weekday, cut into slots of {@code slotLength}, and how many households can be
 * seen in one slot ({@code seats} – the caseworkers on duty). A weekday without windows is closed;
 * public holidays and closing days come from the {@link WorkingDayCalendar}, not from here.
 *
 * <p>The standard ({@link #standard()}) is the phone consultation of standard 1.5 (SPEC §4):
 * Monday to Thursday 9–15, Friday 9–13, in 30-minute slots, two caseworkers.
 *
 * @param week weekday → opening windows (ascending, not overlapping); missing days are closed
 * @param slotLength length of one appointment, whole minutes
 * @param seats households per slot (at least 1)
 */
public record OfficeHours(Map<DayOfWeek, List<Window>> week, Duration slotLength, int seats) {

  /** Longest appointment a calendar may have. */
  public static final Duration MAX_SLOT_LENGTH = Duration.ofHours(8);
  /** Most households one slot may take (a typo guard, not a rule of the Fachstellen). */
  public static final int MAX_SEATS = 1000;

  /** One opening window of a day: slots start at {@code from} and end by {@code until}. */
  public record Window(LocalTime from, LocalTime until) {
    public Window {
      if (from == null || until == null || !from.isBefore(until)) {
        throw new IllegalArgumentException("Sprechzeit " + from + "–" + until
            + ": der Beginn muss vor dem Ende liegen");
      }
    }

    @Override
    public String toString() {
      return from + "-" + until;
    }
  }

  public OfficeHours {
    if (slotLength == null || slotLength.isNegative() || slotLength.isZero()
        || slotLength.toSecondsPart() != 0 || slotLength.compareTo(MAX_SLOT_LENGTH) > 0) {
      throw new IllegalArgumentException("Ungültige Terminlänge " + slotLength
          + ": erwartet werden ganze Minuten, höchstens 8 Stunden (z. B. 30m)");
    }
    if (seats < 1 || seats > MAX_SEATS) {
      throw new IllegalArgumentException("Ungültige Zahl paralleler Termine " + seats
          + ": mindestens 1, höchstens " + MAX_SEATS);
    }
    Map<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
    if (week != null) {
      week.forEach((day, windows) -> {
        List<Window> sorted = new ArrayList<>(windows == null ? List.of() : windows);
        sorted.sort((a, b) -> a.from().compareTo(b.from()));
        for (int i = 1; i < sorted.size(); i++) {
          if (sorted.get(i).from().isBefore(sorted.get(i - 1).until())) {
            throw new IllegalArgumentException("Sprechzeiten am " + day + " überschneiden sich: "
                + sorted.get(i - 1) + " und " + sorted.get(i));
          }
        }
        if (!sorted.isEmpty()) {
          copy.put(day, List.copyOf(sorted));
        }
      });
    }
    week = Collections.unmodifiableMap(copy);
    boolean anySlot = false;
    for (List<Window> windows : week.values()) {
      for (Window window : windows) {
        anySlot |= !window.from().plus(slotLength).isAfter(window.until())
            && window.from().plus(slotLength).isAfter(window.from());
      }
    }
    if (!anySlot) {
      throw new IllegalArgumentException("Die Sprechzeiten " + week + " lassen keinen Termin von "
          + slotLength.toMinutes() + " Minuten zu");
    }
  }

  /** Monday to Thursday 9–15, Friday 9–13 (standard 1.5), 30-minute slots, two caseworkers. */
  public static OfficeHours standard() {
    return new OfficeHours(standardWeek(), Duration.ofMinutes(30), 2);
  }

  /** The weekdays of {@link #standard()}. */
  public static Map<DayOfWeek, List<Window>> standardWeek() {
    Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
    Window nineToThree = new Window(LocalTime.of(9, 0), LocalTime.of(15, 0));
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY)) {
      week.put(day, List.of(nineToThree));
    }
    week.put(DayOfWeek.FRIDAY, List.of(new Window(LocalTime.of(9, 0), LocalTime.of(13, 0))));
    return week;
  }

  /**
   * The windows of one day as configured: {@code "09:00-15:00"}, several separated by commas
   * ({@code "09:00-12:00, 13:00-15:00"}); blank means closed.
   *
   * @throws IllegalArgumentException naming the entry that is no window
   */
  public static List<Window> parseWindows(String text) {
    List<Window> windows = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return windows;
    }
    for (String part : text.split(",")) {
      String entry = part.strip();
      int dash = entry.indexOf('-');
      try {
        if (dash < 0) {
          throw new DateTimeException("kein Bindestrich");
        }
        windows.add(new Window(LocalTime.parse(entry.substring(0, dash).strip()),
            LocalTime.parse(entry.substring(dash + 1).strip())));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("Ungültige Sprechzeit '" + entry
            + "': erwartet wird z. B. 09:00-15:00 oder 09:00-12:00, 13:00-15:00");
      }
    }
    return windows;
  }

  /** A week as configured (weekday → windows text), see {@link #parseWindows}. */
  public static Map<DayOfWeek, List<Window>> parseWeek(Map<DayOfWeek, String> texts) {
    Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
    texts.forEach((day, text) -> week.put(day, parseWindows(text)));
    return week;
  }

  /**
   * The week in German, for people: {@code "Mo 09:00–15:00, Di 09:00–15:00, …, Fr 09:00–13:00"}
   * (several windows of a day joined by "und").
   */
  public String germanText() {
    List<String> days = new ArrayList<>();
    List<String> names = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");
    week.forEach((day, windows) -> days.add(names.get(day.getValue() - 1) + " "
        + String.join(" und ", windows.stream().map(w -> w.from() + "–" + w.until()).toList())));
    return String.join(", ", days);
  }

  /** The start times of the slots on this weekday, ascending (empty on a closed day). */
  public List<LocalTime> slotTimes(DayOfWeek day) {
    List<LocalTime> times = new ArrayList<>();
    for (Window window : week.getOrDefault(day, List.of())) {
      LocalTime start = window.from();
      while (true) {
        LocalTime end = start.plus(slotLength);
        // a slot must end by the window's end, and on the same day
        if (end.isAfter(window.until()) || !end.isAfter(start)) {
          break;
        }
        times.add(start);
        start = end;
      }
    }
    return times;
  }

  /** Whether a slot starts at this time on this weekday. */
  public boolean isSlotTime(DayOfWeek day, LocalTime time) {
    return slotTimes(day).contains(time);
  }
}

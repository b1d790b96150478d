package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * A district's appointment calendar (SPEC §3 step 2, issue 14): the appointment a standard letter
 * offers is a slot of the district's {@link OfficeHours} on a Berlin working day; a slot has {@code
 * seats} seats, one household each. Plain Java: which seats are taken comes from outside (the
 * bookings of the district), so the rules here are tested alone.
 *
 * <ul>
 *   <li>A proposal lies on or after the {@link #earliestDay earliest day}: the {@code
 *       leadWorkingDays}-th working day after today – the letter must reach the household first.
 *   <li>Never in the past: a slot is free only when it starts after now.
 *   <li>A slot is free while one of its seats is; the seats are numbered 1 … {@code seats}.
 * </ul>
 */
public final class AppointmentSlots {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
  private static final List<String> WEEKDAYS = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");

  private final WorkingDayCalendar calendar;
  private final int leadWorkingDays;

  /**
   * @param calendar Berlin working days (holidays, closing days)
   * @param leadWorkingDays working days between today and the first day a proposal may lie on
   *     (0: today, later than now)
   */
  public AppointmentSlots(WorkingDayCalendar calendar, int leadWorkingDays) {
    if (leadWorkingDays < 0) {
      throw new IllegalArgumentException("Vorlauf in Arbeitstagen darf nicht negativ sein: "
          + leadWorkingDays);
    }
    this.calendar = calendar;
    this.leadWorkingDays = leadWorkingDays;
  }

  public int leadWorkingDays() {
    return leadWorkingDays;
  }

  /** The first day a proposal may lie on: the lead-th working day after today (today for 0). */
  public LocalDate earliestDay(LocalDate today) {
    return leadWorkingDays == 0 ? today : calendar.addWorkingDays(today, leadWorkingDays);
  }

  /** Whether an appointment at this time is a slot of the calendar: a working day, a slot start. */
  public boolean isSlot(OfficeHours hours, LocalDateTime at) {
    return at.getSecond() == 0 && at.getNano() == 0 && calendar.isWorkingDay(at.toLocalDate())
        && hours.isSlotTime(at.getDayOfWeek(), at.toLocalTime());
  }

  /**
   * The next slots with a free seat, ascending.
   *
   * @param from the first possible start (inclusive), e.g. the earliest day at 00:00
   * @param now slots must start after it
   * @param until no slot on or after this day
   * @param takenSeats the seats taken in a slot (by other households)
   * @param count how many at most
   */
  public List<LocalDateTime> freeSlots(OfficeHours hours, LocalDateTime from, LocalDateTime now,
      LocalDate until, Function<LocalDateTime, Set<Integer>> takenSeats, int count) {
    List<LocalDateTime> free = new ArrayList<>();
    for (LocalDate day = from.toLocalDate(); day.isBefore(until) && free.size() < count;
        day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (LocalTime time : hours.slotTimes(day.getDayOfWeek())) {
        LocalDateTime slot = day.atTime(time);
        if (slot.isBefore(from) || !slot.isAfter(now)) {
          continue;
        }
        if (freeSeat(hours, takenSeats.apply(slot)).isPresent()) {
          free.add(slot);
          if (free.size() == count) {
            break;
          }
        }
      }
    }
    return free;
  }

  /** The lowest free seat of a slot (1 … seats); empty when every seat is taken. */
  public static OptionalInt freeSeat(OfficeHours hours, Set<Integer> taken) {
    for (int seat = 1; seat <= hours.seats(); seat++) {
      if (taken == null || !taken.contains(seat)) {
        return OptionalInt.of(seat);
      }
    }
    return OptionalInt.empty();
  }

  /** An appointment as the form and the messages show it: {@code "Di, 8.12.2026, 10:00 Uhr"}. */
  public static String label(LocalDateTime at) {
    return WEEKDAYS.get(at.getDayOfWeek().getValue() - 1) + ", " + at.format(DATE) + ", "
        + at.format(TIME) + " Uhr";
  }
}

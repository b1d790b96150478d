package de.berlin.sozwohn.wohnraumerhalt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.calendar.OfficeHours.Window;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The district calendar's slots on real dates (weekdays checked against a calendar): office hours,
 * Berlin holidays and closing days, never in the past, the seats of a slot.
 */
class AppointmentSlotsTest {

  static final OfficeHours STANDARD = OfficeHours.standard();
  static final WorkingDayCalendar BERLIN = new WorkingDayCalendar();
  /** With 24 and 31 December closed every year. */
  static final WorkingDayCalendar CLOSED_ON_EVES =
      new WorkingDayCalendar(List.of(), List.of(MonthDay.of(12, 24), MonthDay.of(12, 31)));
  static final AppointmentSlots SLOTS = new AppointmentSlots(BERLIN, 5);

  static LocalDateTime at(String iso) {
    return LocalDateTime.parse(iso);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** Nothing taken. */
  static Set<Integer> free(LocalDateTime slot) {
    return Set.of();
  }

  @Nested
  class OfficeHoursOfADistrict {

    @Test
    void theStandardIsThePhoneHoursOfStandard15InHalfHours() {
      // Mon–Thu 9–15: 12 slots 09:00 … 14:30; Fri 9–13: 8 slots 09:00 … 12:30; weekend closed
      assertThat(STANDARD.slotTimes(DayOfWeek.MONDAY)).hasSize(12)
          .startsWith(LocalTime.of(9, 0), LocalTime.of(9, 30)).endsWith(LocalTime.of(14, 30));
      assertThat(STANDARD.slotTimes(DayOfWeek.THURSDAY)).hasSize(12);
      assertThat(STANDARD.slotTimes(DayOfWeek.FRIDAY)).hasSize(8).endsWith(LocalTime.of(12, 30));
      assertThat(STANDARD.slotTimes(DayOfWeek.SATURDAY)).isEmpty();
      assertThat(STANDARD.slotTimes(DayOfWeek.SUNDAY)).isEmpty();
      assertThat(STANDARD.seats()).isEqualTo(2);
      assertThat(STANDARD.germanText()).isEqualTo("Mo 09:00–15:00, Di 09:00–15:00, "
          + "Mi 09:00–15:00, Do 09:00–15:00, Fr 09:00–13:00");
      assertThat(STANDARD.slotLength()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSlotEndsByTheEndOfItsWindowAndWindowsMayHaveALunchBreak() {
      OfficeHours hours = new OfficeHours(Map.of(DayOfWeek.TUESDAY,
          OfficeHours.parseWindows("09:00-12:00, 13:00-14:40")), Duration.ofMinutes(45), 1);
      // 9:00, 9:45, 10:30, (11:15 would end 12:00: fits), 13:00, 13:45 (14:30 would end 15:15)
      assertThat(hours.slotTimes(DayOfWeek.TUESDAY)).containsExactly(LocalTime.of(9, 0),
          LocalTime.of(9, 45), LocalTime.of(10, 30), LocalTime.of(11, 15), LocalTime.of(13, 0),
          LocalTime.of(13, 45));
      assertThat(hours.isSlotTime(DayOfWeek.TUESDAY, LocalTime.of(12, 0))).isFalse();
      assertThat(hours.slotTimes(DayOfWeek.MONDAY)).isEmpty();
    }

    @Test
    void badOfficeHoursAreRefusedNamingTheEntry() {
      assertThatThrownBy(() -> OfficeHours.parseWindows("9 bis 15"))
          .hasMessageContaining("'9 bis 15'");
      assertThatThrownBy(() -> OfficeHours.parseWindows("15:00-09:00"))
          .hasMessageContaining("Beginn muss vor dem Ende");
      assertThatThrownBy(() -> new OfficeHours(Map.of(DayOfWeek.MONDAY,
          OfficeHours.parseWindows("09:00-12:00, 11:00-13:00")), Duration.ofMinutes(30), 2))
          .hasMessageContaining("überschneiden sich");
      assertThatThrownBy(() -> new OfficeHours(Map.of(), Duration.ofMinutes(30), 2))
          .hasMessageContaining("keinen Termin");
      assertThatThrownBy(() -> new OfficeHours(OfficeHours.standardWeek(), Duration.ZERO, 2))
          .hasMessageContaining("Terminlänge");
      assertThatThrownBy(() -> new OfficeHours(OfficeHours.standardWeek(),
          Duration.ofMinutes(30), 0)).hasMessageContaining("paralleler Termine");
      assertThat(OfficeHours.parseWindows(" ")).isEmpty();
    }
  }

  @Nested
  class Slots {

    @Test
    void aSlotIsAWorkingDayInsideOfficeHoursOnTheGrid() {
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-08T10:00"))).isTrue(); // Tuesday
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-08T10:15"))).isFalse(); // off the grid
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-08T15:00"))).isFalse(); // closed
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-11T12:30"))).isTrue(); // Friday, last slot
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-11T13:00"))).isFalse(); // Friday closes at 13
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-12T10:00"))).isFalse(); // Saturday
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-25T10:00"))).isFalse(); // 1. Weihnachtstag
      assertThat(SLOTS.isSlot(STANDARD, at("2027-03-08T10:00"))).isFalse(); // Frauentag (Monday)
      assertThat(SLOTS.isSlot(STANDARD, at("2026-12-08T10:00:30"))).isFalse();
    }

    @Test
    void theEarliestDayIsTheFifthWorkingDayAfterToday() {
      // Mon 7 Dec 2026 -> Tue 8 = 1, Wed 9, Thu 10, Fri 11, Mon 14 = 5
      assertThat(SLOTS.earliestDay(day("2026-12-07"))).isEqualTo(day("2026-12-14"));
      // Fri 18 Dec -> 21, 22, 23, 24 (a working day in Berlin), 28 (25/26 holidays, 27 Sunday)
      assertThat(SLOTS.earliestDay(day("2026-12-18"))).isEqualTo(day("2026-12-28"));
      // with the eves closed: 21, 22, 23, 28, 29
      assertThat(new AppointmentSlots(CLOSED_ON_EVES, 5).earliestDay(day("2026-12-18")))
          .isEqualTo(day("2026-12-29"));
      assertThat(new AppointmentSlots(BERLIN, 0).earliestDay(day("2026-12-07")))
          .isEqualTo(day("2026-12-07"));
    }

    @Test
    void theFirstFreeSlotsSkipWeekendsHolidaysAndClosingDays() {
      // from Wed 23 Dec 2026, 14:00: 14:00 and 14:30 on the 23rd; 24th closed (eve), 25/26
      // holidays, 27 Sunday; Mon 28 from 09:00
      AppointmentSlots slots = new AppointmentSlots(CLOSED_ON_EVES, 5);
      List<LocalDateTime> free = slots.freeSlots(STANDARD, at("2026-12-23T00:00"),
          at("2026-12-23T13:59"), day("2027-03-01"), AppointmentSlotsTest::free, 4);
      assertThat(free).containsExactly(at("2026-12-23T14:00"), at("2026-12-23T14:30"),
          at("2026-12-28T09:00"), at("2026-12-28T09:30"));
    }

    @Test
    void pastSlotsAreNeverOffered() {
      // today Tuesday 8 Dec 2026 at 10:10 with no lead: 10:00 has begun, 10:30 is the first
      AppointmentSlots today = new AppointmentSlots(BERLIN, 0);
      assertThat(today.freeSlots(STANDARD, at("2026-12-08T00:00"), at("2026-12-08T10:10"),
          day("2026-12-09"), AppointmentSlotsTest::free, 1)).containsExactly(at("2026-12-08T10:30"));
      // a slot starting exactly now is not offered either
      assertThat(today.freeSlots(STANDARD, at("2026-12-08T00:00"), at("2026-12-08T10:30"),
          day("2026-12-09"), AppointmentSlotsTest::free, 1)).containsExactly(at("2026-12-08T11:00"));
      // after the last slot of the day: nothing before the horizon (the next day)
      assertThat(today.freeSlots(STANDARD, at("2026-12-08T00:00"), at("2026-12-08T14:45"),
          day("2026-12-09"), AppointmentSlotsTest::free, 1)).isEmpty();
    }

    @Test
    void aSlotIsFreeWhileOneOfItsSeatsIs() {
      Map<LocalDateTime, Set<Integer>> taken = new HashMap<>();
      taken.put(at("2026-12-14T09:00"), Set.of(1, 2)); // full
      taken.put(at("2026-12-14T09:30"), Set.of(2)); // seat 1 free
      List<LocalDateTime> free = SLOTS.freeSlots(STANDARD, at("2026-12-14T00:00"),
          at("2026-12-07T17:00"), day("2027-03-01"), s -> taken.getOrDefault(s, Set.of()), 2);
      assertThat(free).containsExactly(at("2026-12-14T09:30"), at("2026-12-14T10:00"));
      assertThat(AppointmentSlots.freeSeat(STANDARD, Set.of(2))).isEqualTo(OptionalInt.of(1));
      assertThat(AppointmentSlots.freeSeat(STANDARD, Set.of(1))).isEqualTo(OptionalInt.of(2));
      assertThat(AppointmentSlots.freeSeat(STANDARD, Set.of(1, 2))).isEmpty();
      // three caseworkers on duty: a third household fits
      OfficeHours three = new OfficeHours(OfficeHours.standardWeek(), Duration.ofMinutes(30), 3);
      assertThat(AppointmentSlots.freeSeat(three, Set.of(1, 2))).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aFullDayMovesTheProposalToTheNextWorkingDay() {
      Map<LocalDateTime, Set<Integer>> taken = new HashMap<>();
      for (LocalTime time : STANDARD.slotTimes(DayOfWeek.FRIDAY)) {
        taken.put(day("2026-12-11").atTime(time), Set.of(1, 2));
      }
      assertThat(SLOTS.freeSlots(STANDARD, at("2026-12-11T00:00"), at("2026-12-04T08:00"),
          day("2027-03-01"), s -> taken.getOrDefault(s, Set.of()), 1))
          .containsExactly(at("2026-12-14T09:00"));
    }

    @Test
    void labelsAreGerman() {
      assertThat(AppointmentSlots.label(at("2026-12-08T10:00"))).isEqualTo("Di, 8.12.2026, 10:00 Uhr");
      assertThat(AppointmentSlots.label(at("2027-01-04T09:30"))).isEqualTo("Mo, 4.1.2027, 09:30 Uhr");
    }
  }

  @Test
  void aWindowMustStartBeforeItEnds() {
    assertThatThrownBy(() -> new Window(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code deadlines} bean without Spring: argument kinds, time of day, zone, the engine clock. */
class DeadlinesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  final Deadlines deadlines = deadlines(new CalendarProperties(List.of("--12-24"), LocalTime.of(23, 59), BERLIN));

  static Deadlines deadlines(CalendarProperties properties) {
    WorkingDayCalendar calendar = new WorkingDayCalendar(properties.closingDays());
    return new Deadlines(
        calendar,
        properties,
        new ProcessProperties(Period.ofMonths(12), "http://localhost:8080"));
  }

  static Date at(String isoInstant) {
    return Date.from(Instant.parse(isoInstant));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aStandardsDeadlineTakesItsWorkingDaysFromTheStandard() {
    // 1.1 and 1.3: 3 working days; 1.2: 10 working days (Mon 16 Mar 2026 + 10 = Mon 30 Mar)
    assertThat(deadlines.due("1.1", "2026-03-07")).isEqualTo(at("2026-03-11T22:59:00Z"));
    assertThat(deadlines.dueDay("1.3", "2026-03-07")).isEqualTo("2026-03-11");
    assertThat(deadlines.dueDay("1.2", "2026-03-16")).isEqualTo("2026-03-30");
    assertThatThrownBy(() -> deadlines.due("1.4", "2026-03-16"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.4");
    assertThatThrownBy(() -> deadlines.due("3", "2026-03-16"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dueDateIsTheEndOfTheNthWorkingDayInBerlin() {
    // Sat 7 Mar 2026: Sun 8 (Frauentag on a Sunday), Mon 9 = 1, Tue 10 = 2, Wed 11 = 3;
    // 23:59 in winter time (UTC+1) = 22:59Z
    assertThat(deadlines.dueAfterWorkingDays("2026-03-07", 3)).isEqualTo(at("2026-03-11T22:59:00Z"));
    assertThat(deadlines.dueDayAfterWorkingDays("2026-03-07", 3)).isEqualTo("2026-03-11");
  }

  @Test
  void dateTimeStringCountsFromItsDay() {
    // Tue 12 May 2026 09:00: Wed 13 = 1, Thu 14 (Himmelfahrt), Fri 15 = 2, Mon 18 = 3;
    // 23:59 in summer time (UTC+2) = 21:59Z
    assertThat(deadlines.dueAfterWorkingDays("2026-05-12T09:00", 3)).isEqualTo(at("2026-05-18T21:59:00Z"));
    assertThat(deadlines.dueDayAfterWorkingDays("2026-05-12T09:00:30", 3)).isEqualTo("2026-05-18");
    // with an offset the instant is taken into Berlin: 22:30Z on 11 May is 00:30 on 12 May in Berlin
    assertThat(deadlines.dueDayAfterWorkingDays("2026-05-11T22:30Z", 3)).isEqualTo("2026-05-18");
    assertThat(deadlines.dueDayAfterWorkingDays("2026-05-12T00:30+02:00", 3)).isEqualTo("2026-05-18");
  }

  @Test
  void dateArgumentsAreReadInBerlin() {
    // 23:30Z on Sun 1 Mar 2026 is 00:30 on Mon 2 Mar in Berlin: Tue 3 = 1, Wed 4 = 2, Thu 5 = 3
    assertThat(deadlines.dueDayAfterWorkingDays(at("2026-03-01T23:30:00Z"), 3)).isEqualTo("2026-03-05");
    assertThat(deadlines.dueDayAfterWorkingDays(java.sql.Date.valueOf("2026-03-02"), 3)).isEqualTo("2026-03-05");
    assertThat(deadlines.dueDayAfterWorkingDays(LocalDate.of(2026, 3, 2), 3)).isEqualTo("2026-03-05");
    assertThat(deadlines.dueDayAfterWorkingDays(LocalDateTime.of(2026, 3, 2, 9, 0), 3)).isEqualTo("2026-03-05");
  }

  @Test
  void configuredClosingDayCounts() {
    // Wed 23 Dec 2026 with 24 Dec closed: Thu 24 (closed), Fri 25, Sat 26 (holidays), Sun, Mon 28 = 1
    assertThat(deadlines.dueDayAfterWorkingDays("2026-12-23", 1)).isEqualTo("2026-12-28");
  }

  @Test
  void endOfDayUsesTheDeadlineTimeAcrossTheClockChange() {
    // Sun 25 Oct 2026: summer time ends at 03:00, so 23:59 that day is winter time = 22:59Z
    assertThat(deadlines.endOfDay("2026-10-25T09:00")).isEqualTo(at("2026-10-25T22:59:00Z"));
    assertThat(deadlines.endOfDay("2026-10-24")).isEqualTo(at("2026-10-24T21:59:00Z"));
  }

  @Test
  void deadlineTimeAndZoneAreConfigurable() {
    Deadlines atFour = deadlines(new CalendarProperties(List.of(), LocalTime.of(16, 0), ZoneId.of("UTC")));
    // Mon 2 Mar 2026: Tue 3 = 1, Wed 4 = 2, Thu 5 = 3, at 16:00 UTC
    assertThat(atFour.dueAfterWorkingDays("2026-03-02", 3)).isEqualTo(at("2026-03-05T16:00:00Z"));
    assertThat(atFour.endOfDay("2026-05-12")).isEqualTo(at("2026-05-12T16:00:00Z"));
  }

  @Test
  void todayAndFollowUpComeFromTheEngineClock() {
    ClockUtil.setCurrentTime(at("2026-03-01T23:30:00Z")); // 00:30 on 2 Mar in Berlin
    assertThat(deadlines.today()).isEqualTo("2026-03-02");
    // 12 months later, same wall-clock time in Berlin (summer/winter time handled by the zone)
    assertThat(deadlines.followUpDate()).isEqualTo(at("2027-03-01T23:30:00Z"));
    ClockUtil.setCurrentTime(at("2026-06-15T08:00:00Z"));
    assertThat(deadlines.followUpDate()).isEqualTo(at("2027-06-15T08:00:00Z"));
  }

  @Test
  void workingDaysBetweenAcceptsMixedArguments() {
    // Thu 2 Apr 2026 .. Thu 9 Apr 2026: Tue 7, Wed 8, Thu 9 (Karfreitag, Ostermontag not counted)
    assertThat(deadlines.workingDaysBetween("2026-04-02", "2026-04-09T15:00")).isEqualTo(3);
    assertThat(deadlines.workingDaysBetween(LocalDate.of(2026, 4, 2), at("2026-04-09T10:00:00Z"))).isEqualTo(3);
    assertThat(deadlines.workingDaysBetween("2026-04-09", "2026-04-02")).isZero();
  }

  @Test
  void garbageFailsWithAGermanMessage() {
    assertThatThrownBy(() -> deadlines.dueAfterWorkingDays("morgen", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kein gültiges Datum: 'morgen'")
        .hasMessageContaining("2026-03-02");
    assertThatThrownBy(() -> deadlines.endOfDay("2026-13-01"))
        .hasMessageContaining("Kein gültiges Datum: '2026-13-01'");
    assertThatThrownBy(() -> deadlines.endOfDay("02.03.2026 09:00"))
        .hasMessageContaining("Kein gültiges Datum");
    assertThatThrownBy(() -> deadlines.workingDaysBetween(42, "2026-03-02"))
        .hasMessageContaining("Kein gültiges Datum: 42 (Integer)");
    assertThatThrownBy(() -> deadlines.dueDayAfterWorkingDays(null, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Datum fehlt");
  }
}

package de.berlin.sozwohn.wohnraumerhalt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Berlin working days on real dates. Every expectation is counted by hand in the comment next to
 * it (weekdays checked against a calendar); the day of receipt never counts (a &lt; d &le; b).
 */
class WorkingDayCalendarTest {

  /** Berlin public holidays only, as jollyday knows them. */
  static final WorkingDayCalendar BERLIN = new WorkingDayCalendar();

  /** With closing days: 24 and 31 December every year, and the bridge day Fri 15 May 2026. */
  static final WorkingDayCalendar WITH_CLOSING_DAYS =
      new WorkingDayCalendar(
          List.of(LocalDate.of(2026, 5, 15)), List.of(MonthDay.of(12, 24), MonthDay.of(12, 31)));

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class Weekends {

    @Test
    void noticeReceivedOnSaturdayHasMondayAsWorkingDayOne() {
      // Sat 10 Jan 2026 -> Sun 11 -> Mon 12 = day 1, Tue 13 = 2, Wed 14 = 3
      assertThat(BERLIN.addWorkingDays(d("2026-01-10"), 1)).isEqualTo(d("2026-01-12"));
      assertThat(BERLIN.addWorkingDays(d("2026-01-10"), 3)).isEqualTo(d("2026-01-14"));
      assertThat(BERLIN.workingDaysBetween(d("2026-01-10"), d("2026-01-11"))).isZero();
      assertThat(BERLIN.workingDaysBetween(d("2026-01-10"), d("2026-01-12"))).isEqualTo(1);
      // the letter on Wed 14 Jan is in time (3 <= 3), on Thu 15 Jan late (4 > 3)
      assertThat(BERLIN.workingDaysBetween(d("2026-01-10"), d("2026-01-14"))).isEqualTo(3);
      assertThat(BERLIN.workingDaysBetween(d("2026-01-10"), d("2026-01-15"))).isEqualTo(4);
    }

    @Test
    void weekendsAreNoWorkingDays() {
      assertThat(BERLIN.isWorkingDay(d("2026-01-10"))).isFalse(); // Saturday
      assertThat(BERLIN.isWorkingDay(d("2026-01-11"))).isFalse(); // Sunday
      assertThat(BERLIN.isWorkingDay(d("2026-01-12"))).isTrue(); // Monday
      assertThat(BERLIN.holidayName(d("2026-01-10"))).isEmpty();
    }

    @Test
    void homeVisitDeadlineOfTenWorkingDays() {
      // letter Mon 2 Mar 2026: 3,4,5,6 (1-4), 9..13 (5-9), Mon 16 = 10; 8 Mar 2026 is a Sunday anyway
      assertThat(BERLIN.addWorkingDays(d("2026-03-02"), 10)).isEqualTo(d("2026-03-16"));
      assertThat(BERLIN.workingDaysBetween(d("2026-03-02"), d("2026-03-16"))).isEqualTo(10);
      assertThat(BERLIN.workingDaysBetween(d("2026-03-02"), d("2026-03-17"))).isEqualTo(11);
    }

    @Test
    void nothingCountsWhenTheEndIsNotAfterTheStart() {
      assertThat(BERLIN.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
      assertThat(BERLIN.workingDaysBetween(d("2026-03-05"), d("2026-03-02"))).isZero();
    }

    @Test
    void addWorkingDaysNeedsAPositiveCount() {
      assertThatThrownBy(() -> BERLIN.addWorkingDays(d("2026-03-02"), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Easter {

    @Test
    void karfreitagAndOstermontag2026() {
      // Easter Sunday 5 Apr 2026: Karfreitag Fri 3 Apr, Ostermontag Mon 6 Apr.
      // receipt Thu 2 Apr -> Fri 3 (holiday), Sat, Sun, Mon 6 (holiday), Tue 7 = 1, Wed 8 = 2, Thu 9 = 3
      assertThat(BERLIN.isWorkingDay(d("2026-04-03"))).isFalse();
      assertThat(BERLIN.isWorkingDay(d("2026-04-06"))).isFalse();
      assertThat(BERLIN.holidayName(d("2026-04-03"))).contains("Karfreitag");
      assertThat(BERLIN.holidayName(d("2026-04-06"))).contains("Ostermontag");
      assertThat(BERLIN.addWorkingDays(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
      assertThat(BERLIN.addWorkingDays(d("2026-04-02"), 3)).isEqualTo(d("2026-04-09"));
      assertThat(BERLIN.workingDaysBetween(d("2026-04-02"), d("2026-04-09"))).isEqualTo(3);
    }

    @Test
    void karfreitagAndOstermontag2027() {
      // Easter Sunday 28 Mar 2027: Karfreitag Fri 26 Mar, Ostermontag Mon 29 Mar.
      // receipt Wed 24 Mar -> Thu 25 = 1, Fri 26 (holiday), Sat, Sun, Mon 29 (holiday), Tue 30 = 2, Wed 31 = 3
      assertThat(BERLIN.addWorkingDays(d("2027-03-24"), 3)).isEqualTo(d("2027-03-31"));
      assertThat(BERLIN.workingDaysBetween(d("2027-03-24"), d("2027-03-30"))).isEqualTo(2);
      assertThat(BERLIN.holidayName(d("2027-03-26"))).contains("Karfreitag");
    }

    @Test
    void himmelfahrtAndPfingstmontag2026() {
      // Himmelfahrt = Easter + 39 = Thu 14 May 2026; receipt Wed 13 May -> Thu 14 (holiday), Fri 15 = 1,
      // Mon 18 = 2, Tue 19 = 3
      assertThat(BERLIN.addWorkingDays(d("2026-05-13"), 3)).isEqualTo(d("2026-05-19"));
      assertThat(BERLIN.holidayName(d("2026-05-14"))).contains("Christi Himmelfahrt");
      // Pfingstmontag = Easter + 50 = Mon 25 May 2026; receipt Fri 22 May -> Sat, Sun, Mon 25 (holiday),
      // Tue 26 = 1, Wed 27 = 2, Thu 28 = 3
      assertThat(BERLIN.addWorkingDays(d("2026-05-22"), 3)).isEqualTo(d("2026-05-28"));
      assertThat(BERLIN.holidayName(d("2026-05-25"))).contains("Pfingstmontag");
    }
  }

  @Nested
  class BerlinOnlyHolidays {

    @Test
    void frauentag2027FallsOnAMonday() {
      // 8 Mar 2027 is a Monday: receipt Fri 5 Mar -> Sat, Sun, Mon 8 (holiday), Tue 9 = 1, Wed 10 = 2, Thu 11 = 3
      assertThat(BERLIN.isWorkingDay(d("2027-03-08"))).isFalse();
      assertThat(BERLIN.holidayName(d("2027-03-08"))).contains("Internationaler Frauentag");
      assertThat(BERLIN.addWorkingDays(d("2027-03-05"), 1)).isEqualTo(d("2027-03-09"));
      assertThat(BERLIN.addWorkingDays(d("2027-03-05"), 3)).isEqualTo(d("2027-03-11"));
    }

    @Test
    void frauentag2026FallsOnASundayAndIsNotMovedToMonday() {
      // 8 Mar 2026 is a Sunday; Germany has no substitute holidays, so Mon 9 Mar is working day 1
      // after receipt on Fri 6 Mar, and Wed 11 Mar is day 3
      assertThat(BERLIN.holidayName(d("2026-03-08"))).contains("Internationaler Frauentag");
      assertThat(BERLIN.isWorkingDay(d("2026-03-09"))).isTrue();
      assertThat(BERLIN.addWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
      assertThat(BERLIN.addWorkingDays(d("2026-03-06"), 3)).isEqualTo(d("2026-03-11"));
    }

    @Test
    void frauentagOnlySince2019() {
      assertThat(BERLIN.isWorkingDay(d("2018-03-08"))).isTrue(); // Thursday, before the law
      assertThat(BERLIN.isWorkingDay(d("2019-03-08"))).isFalse(); // Friday, first Frauentag
    }

    @Test
    void eighthOfMay2025IsAOneOffHoliday() {
      // receipt Wed 7 May 2025 -> Thu 8 (Tag der Befreiung, once), Fri 9 = 1, Mon 12 = 2, Tue 13 = 3
      assertThat(BERLIN.holidayName(d("2025-05-08"))).contains("Tag der Befreiung");
      assertThat(BERLIN.addWorkingDays(d("2025-05-07"), 3)).isEqualTo(d("2025-05-13"));
      // receipt Wed 30 Apr 2025 -> Thu 1 May (holiday), Fri 2 = 1, Mon 5 = 2, Tue 6 = 3, Wed 7 = 4,
      // Thu 8 (holiday), Fri 9 = 5
      assertThat(BERLIN.addWorkingDays(d("2025-04-30"), 5)).isEqualTo(d("2025-05-09"));
      assertThat(BERLIN.workingDaysBetween(d("2025-04-30"), d("2025-05-09"))).isEqualTo(5);
      // also 8 May 2020 (Friday); but 8 May 2026 (Friday) is an ordinary working day
      assertThat(BERLIN.isWorkingDay(d("2020-05-08"))).isFalse();
      assertThat(BERLIN.isWorkingDay(d("2026-05-08"))).isTrue();
    }

    @Test
    void otherStatesHolidaysAreWorkingDaysInBerlin() {
      assertThat(BERLIN.isWorkingDay(d("2026-01-06"))).isTrue(); // Heilige Drei Könige (Tue)
      assertThat(BERLIN.isWorkingDay(d("2025-10-31"))).isTrue(); // Reformationstag (Fri, Brandenburg)
      assertThat(BERLIN.isWorkingDay(d("2026-11-18"))).isTrue(); // Buß- und Bettag (Wed, Saxony)
    }
  }

  @Nested
  class FixedHolidays {

    @Test
    void labourDay2026() {
      // 1 May 2026 is a Friday: receipt Thu 30 Apr -> Fri 1 (holiday), Mon 4 = 1, Tue 5 = 2, Wed 6 = 3
      assertThat(BERLIN.holidayName(d("2026-05-01"))).contains("Tag der Arbeit");
      assertThat(BERLIN.addWorkingDays(d("2026-04-30"), 3)).isEqualTo(d("2026-05-06"));
    }

    @Test
    void germanUnityDay2025() {
      // 3 Oct 2025 is a Friday: receipt Thu 2 Oct -> Fri 3 (holiday), Mon 6 = 1, Tue 7 = 2, Wed 8 = 3
      assertThat(BERLIN.holidayName(d("2025-10-03"))).contains("Tag der Deutschen Einheit");
      assertThat(BERLIN.addWorkingDays(d("2025-10-02"), 3)).isEqualTo(d("2025-10-08"));
    }

    @Test
    void christmas2025() {
      // 25/26 Dec 2025 are Thu/Fri: receipt Tue 23 Dec -> Wed 24 = 1, Thu 25, Fri 26 (holidays), Sat, Sun,
      // Mon 29 = 2, Tue 30 = 3
      assertThat(BERLIN.holidayName(d("2025-12-25"))).contains("1. Weihnachtsfeiertag");
      assertThat(BERLIN.holidayName(d("2025-12-26"))).contains("2. Weihnachtsfeiertag");
      assertThat(BERLIN.addWorkingDays(d("2025-12-23"), 3)).isEqualTo(d("2025-12-30"));
      assertThat(BERLIN.workingDaysBetween(d("2025-12-23"), d("2025-12-30"))).isEqualTo(3);
    }

    @Test
    void yearEndIntoNeujahr() {
      // receipt Wed 31 Dec 2025 -> Thu 1 Jan 2026 (Neujahr), Fri 2 = 1, Sat, Sun, Mon 5 = 2, Tue 6 = 3
      // (6 Jan is no holiday in Berlin)
      assertThat(BERLIN.holidayName(d("2026-01-01"))).contains("Neujahr");
      assertThat(BERLIN.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-02"));
      assertThat(BERLIN.addWorkingDays(d("2025-12-31"), 3)).isEqualTo(d("2026-01-06"));
      assertThat(BERLIN.workingDaysBetween(d("2025-12-31"), d("2026-01-06"))).isEqualTo(3);
    }

    @Test
    void wholeYears() {
      // 2026 starts on a Thursday, 365 days = 52 weeks + 1 Thursday -> 261 weekdays; holidays on
      // weekdays: Neujahr (Thu), Karfreitag, Ostermontag, 1 May (Fri), Himmelfahrt, Pfingstmontag,
      // 25 Dec (Fri) = 7 (8 Mar Sun, 3 Oct Sat, 26 Dec Sat) -> 254
      assertThat(BERLIN.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(254);
      // 2025 starts on a Wednesday -> 261 weekdays; holidays on weekdays: Neujahr, Karfreitag,
      // Ostermontag, 1 May, 8 May, Himmelfahrt, Pfingstmontag, 3 Oct, 25 Dec, 26 Dec = 10 (8 Mar Sat)
      // -> 251
      assertThat(BERLIN.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(251);
      // both together, across the year boundary
      assertThat(BERLIN.workingDaysBetween(d("2024-12-31"), d("2026-12-31"))).isEqualTo(505);
    }
  }

  @Nested
  class ConfiguredClosingDays {

    @Test
    void christmasEveAndNewYearsEveClosedEveryYear() {
      // receipt Wed 23 Dec 2026.
      // Holidays only: Thu 24 = 1, Fri 25 + Sat 26 (holidays), Sun, Mon 28 = 2, Tue 29 = 3, Wed 30 = 4,
      //   Thu 31 = 5, Fri 1 Jan 2027 (Neujahr), Sat, Sun, Mon 4 Jan = 6
      // Closed 24 and 31 Dec: Mon 28 = 1, Tue 29 = 2, Wed 30 = 3, Mon 4 Jan = 4, Tue 5 Jan = 5
      assertThat(BERLIN.addWorkingDays(d("2026-12-23"), 3)).isEqualTo(d("2026-12-29"));
      assertThat(WITH_CLOSING_DAYS.addWorkingDays(d("2026-12-23"), 3)).isEqualTo(d("2026-12-30"));
      assertThat(BERLIN.addWorkingDays(d("2026-12-23"), 5)).isEqualTo(d("2026-12-31"));
      assertThat(WITH_CLOSING_DAYS.addWorkingDays(d("2026-12-23"), 5)).isEqualTo(d("2027-01-05"));
      assertThat(BERLIN.workingDaysBetween(d("2026-12-23"), d("2027-01-04"))).isEqualTo(6);
      assertThat(WITH_CLOSING_DAYS.workingDaysBetween(d("2026-12-23"), d("2027-01-04"))).isEqualTo(4);
      assertThat(WITH_CLOSING_DAYS.holidayName(d("2026-12-24")))
          .contains(WorkingDayCalendar.EXTRA_CLOSING_DAY_NAME);
      assertThat(WITH_CLOSING_DAYS.holidayName(d("2026-12-25"))).contains("1. Weihnachtsfeiertag");
      // recurring: also in 2027 (Fri 24 Dec 2027)
      assertThat(WITH_CLOSING_DAYS.isWorkingDay(d("2027-12-24"))).isFalse();
      assertThat(BERLIN.isWorkingDay(d("2027-12-24"))).isTrue();
    }

    @Test
    void fixedClosingDayOnlyInItsYear() {
      // bridge day Fri 15 May 2026 closed: receipt Wed 13 May -> Thu 14 (Himmelfahrt), Fri 15 (closed),
      // Sat, Sun, Mon 18 = 1, Tue 19 = 2, Wed 20 = 3 (holidays only: Fri 15 = 1 ... Tue 19 = 3)
      assertThat(WITH_CLOSING_DAYS.addWorkingDays(d("2026-05-13"), 3)).isEqualTo(d("2026-05-20"));
      assertThat(BERLIN.addWorkingDays(d("2026-05-13"), 3)).isEqualTo(d("2026-05-19"));
      assertThat(WITH_CLOSING_DAYS.isWorkingDay(d("2027-05-14"))).isTrue(); // Fri 14 May 2027
    }

    @Test
    void parsesConfigurationEntries() {
      ExtraClosingDays days = ExtraClosingDays.parse(List.of("2026-05-15", "--12-24", " --12-31 "));
      assertThat(days.fixedDates()).containsExactly(d("2026-05-15"));
      assertThat(days.recurringDays()).containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31));
      assertThat(new WorkingDayCalendar(days).isWorkingDay(d("2025-12-31"))).isFalse();
    }

    @Test
    void rejectsABadEntryByName() {
      assertThatThrownBy(() -> ExtraClosingDays.parse(List.of("--12-24", "24.12.2026")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'24.12.2026'")
          .hasMessageContaining("--12-24");
      assertThatThrownBy(() -> ExtraClosingDays.parse(List.of("--13-01")))
          .hasMessageContaining("'--13-01'");
    }
  }

  @Nested
  class Consistency {

    /** Counts day by day: the definition, against which the table lookups are checked. */
    int naiveBetween(WorkingDayCalendar calendar, LocalDate a, LocalDate b) {
      int count = 0;
      for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
        if (calendar.isWorkingDay(day)) {
          count++;
        }
      }
      return count;
    }

    @Test
    void betweenAndAddAgreeWithTheDefinition() {
      Random random = new Random(42);
      LocalDate base = d("2019-01-01");
      for (int i = 0; i < 2_000; i++) {
        LocalDate a = base.plusDays(random.nextInt(12 * 365));
        LocalDate b = a.plusDays(random.nextInt(800));
        assertThat(WITH_CLOSING_DAYS.workingDaysBetween(a, b))
            .as("%s .. %s", a, b)
            .isEqualTo(naiveBetween(WITH_CLOSING_DAYS, a, b));
        int n = 1 + random.nextInt(30);
        LocalDate due = WITH_CLOSING_DAYS.addWorkingDays(a, n);
        assertThat(WITH_CLOSING_DAYS.isWorkingDay(due)).isTrue();
        assertThat(WITH_CLOSING_DAYS.workingDaysBetween(a, due)).isEqualTo(n);
        assertThat(WITH_CLOSING_DAYS.workingDaysBetween(a, due.minusDays(1))).isEqualTo(n - 1);
      }
    }

    @Test
    @Timeout(10)
    void manyCallsAreCheap() {
      // indicators call this for every case: a million lookups must not touch jollyday again
      LocalDate a = d("2025-01-02");
      long sum = 0;
      for (int i = 0; i < 1_000_000; i++) {
        sum += BERLIN.workingDaysBetween(a.plusDays(i % 700), a.plusDays(i % 700 + 14));
      }
      // every 14-day window holds 8 to 10 working days
      assertThat(sum).isBetween(8_000_000L, 10_000_000L);
    }
  }
}

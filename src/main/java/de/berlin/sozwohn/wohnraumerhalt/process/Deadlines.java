package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions (SPEC §2), e.g. {@code
 * camunda:dueDate="${deadlines.dueAfterWorkingDays(receivedOn, 3)}"} or a timer's {@code timeDate}.
 *
 * <p>Date arguments may be ISO strings as forms submit them ({@code "2026-03-02"}, {@code
 * "2026-05-12T09:00"}, also with seconds or an offset such as {@code "2026-05-12T07:00Z"}), {@link
 * Date}, {@link Calendar} or any java.time date/date-time; only the date in Europe/Berlin counts.
 * Anything else fails with a German message. "Now" is the engine's clock ({@link ClockUtil}).
 */
@Component("deadlines")
public class Deadlines {

  private final WorkingDayCalendar calendar;
  private final LocalTime deadlineTime;
  private final ZoneId zone;
  private final DateValues dates;
  private final Period followUpPeriod;

  public Deadlines(
      WorkingDayCalendar calendar,
      CalendarProperties calendarProperties,
      ProcessProperties processProperties) {
    this.calendar = calendar;
    this.deadlineTime = calendarProperties.deadlineTime();
    this.zone = calendarProperties.zone();
    this.dates = new DateValues(zone);
    this.followUpPeriod = processProperties.followUpPeriod();
  }

  /**
   * The due date of a quality standard with a deadline ({@code "1.1"}, {@code "1.2"}, {@code
   * "1.3"}): the end (deadline time) of its N-th working day after {@code from}. The models' due
   * dates and timers use this, so the number of days lives only in {@link Standard}.
   */
  public Date due(String standardId, Object from) {
    return dueAfterWorkingDays(from, Standard.deadline(standardId).workingDays());
  }

  /** The due day of a quality standard as ISO date ("2026-03-05"), as the forms show it. */
  public String dueDay(String standardId, Object from) {
    return dueDayAfterWorkingDays(from, Standard.deadline(standardId).workingDays());
  }

  /** The end (deadline time) of the n-th working day after {@code from}'s date: a due date or timer date. */
  public Date dueAfterWorkingDays(Object from, int n) {
    return endOfDay(calendar.addWorkingDays(toLocalDate(from), n));
  }

  /** The n-th working day after {@code from}'s date as ISO date ("2026-03-05"), for display. */
  public String dueDayAfterWorkingDays(Object from, int n) {
    return calendar.addWorkingDays(toLocalDate(from), n).toString();
  }

  /** That day at the deadline time (end of an appointment day or eviction day). */
  public Date endOfDay(Object dateOrDateTime) {
    return endOfDay(toLocalDate(dateOrDateTime));
  }

  /** Now plus the follow-up period ({@code wohnraumerhalt.follow-up-period}). */
  public Date followUpDate() {
    return Date.from(now().plus(followUpPeriod).toInstant());
  }

  /** Today in Berlin by the engine's clock, as ISO date ("2026-03-02"). */
  public String today() {
    return now().toLocalDate().toString();
  }

  /** Working days d with a &lt; d &le; b; 0 when b is not after a. */
  public int workingDaysBetween(Object a, Object b) {
    return calendar.workingDaysBetween(toLocalDate(a), toLocalDate(b));
  }

  private Date endOfDay(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, deadlineTime, zone).toInstant());
  }

  private ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone);
  }

  /** The Berlin date of a date-like value; package-private for tests. */
  LocalDate toLocalDate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Datum fehlt (leerer Wert statt eines Datums).");
    }
    return dates.toDate(value).orElseThrow(() -> invalid(value));
  }

  private static IllegalArgumentException invalid(Object value) {
    String shown =
        value instanceof CharSequence
            ? "'" + value + "'"
            : value + " (" + value.getClass().getSimpleName() + ")";
    return new IllegalArgumentException(
        "Kein gültiges Datum: "
            + shown
            + ". Erwartet wird ein Datum wie 2026-03-02 oder ein Zeitpunkt wie 2026-05-12T09:00.");
  }
}

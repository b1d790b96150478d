package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Proposes the fixed appointment that the standard letter offers (SPEC §3 step 2): for now the
 * {@value #WORKING_DAYS_AHEAD}th working day after the later of receipt and today, at 10:00. The
 * caseworker may change it; office hours per district will refine this later.
 */
public class AppointmentProposer {

  /** Working days between the later of receipt/today and the appointment: time for the letter to arrive. */
  public static final int WORKING_DAYS_AHEAD = 5;

  public static final LocalTime APPOINTMENT_TIME = LocalTime.of(10, 0);

  private final WorkingDayCalendar calendar;

  public AppointmentProposer(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * @param receivedOn the day the notice reached the Fachstelle
   * @param today today in Berlin
   */
  public LocalDateTime propose(LocalDate receivedOn, LocalDate today) {
    LocalDate start = receivedOn.isAfter(today) ? receivedOn : today;
    return calendar.addWorkingDays(start, WORKING_DAYS_AHEAD).atTime(APPOINTMENT_TIME);
  }
}

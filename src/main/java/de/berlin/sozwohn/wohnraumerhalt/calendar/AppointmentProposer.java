package de.berlin.sozwohn.wohnraumerhalt.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The fixed appointment of the time before the district calendars: the {@value
 * #WORKING_DAYS_AHEAD}th working day after the later of receipt and today, at 10:00.
 *
 * @deprecated appointments are slots of the district's office hours ({@link AppointmentSlots},
 *     {@link OfficeHours}), held per household; this proposal holds nothing. Kept for {@code
 *     Deadlines#proposeAppointment} until the demo no longer calls it.
 */
@Deprecated(forRemoval = true)
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

package de.berlin.sozwohn.wohnraumerhalt.intake;

/**
 * What intake needs from the working-day calendar (SPEC §2) to seed a new case: kept as a small
 * interface so intake does not depend on how the calendar is built.
 */
public interface CaseDeadlines {

  /** A proposed appointment for the standard letter, "2026-03-09T10:00". */
  String proposeAppointment(Object receivedOn);

  /** The n-th working day after {@code from}, as ISO date "2026-03-05". */
  String dueDayAfterWorkingDays(Object from, int n);
}

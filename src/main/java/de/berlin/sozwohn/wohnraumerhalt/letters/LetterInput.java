package de.berlin.sozwohn.wohnraumerhalt.letters;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.APPOINTMENT_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.BAILIFF_REFERENCE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT_FILE_NUMBER;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.EVICTION_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.EVICTION_LETTER_SENT_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_CITY;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_NAME;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_POSTAL_CODE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_STREET;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.LETTER_SENT_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.SERVED_ON;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterDataIncompleteException.Gap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a case's variables into {@link LetterData}. Knows the variable names (CaseVariables) and
 * their ISO-8601 string form, nothing of Camunda: the caller passes a lookup that resolves a name
 * in the task's scope (so the bailiff data local to the eviction subprocess is found).
 */
public class LetterInput {

  /** How many open consultation days before the eviction the eviction letter names. */
  static final int CONSULTATION_DAYS_NAMED = 3;
  /** Days the letter needs by post: consultation days are named from letter date + this. */
  static final int POSTAL_DAYS = 2;

  private final WorkingDayCalendar calendar;
  private final DateValues dates;

  public LetterInput(WorkingDayCalendar calendar, ZoneId zone) {
    this.calendar = calendar;
    this.dates = new DateValues(zone);
  }

  /**
   * @param variables resolves a variable name to its value (null when unset)
   * @param today the letter date when the dispatch date is not set yet (preview)
   * @param contact the caseworker who sends the letter; null: none named
   * @throws LetterDataIncompleteException when required data is missing or not a valid date
   */
  public LetterData read(LetterKind kind, String caseId, String district, DistrictOffice office,
      Function<String, Object> variables, LocalDate today, ContactPerson contact) {
    List<Gap> invalid = new ArrayList<>();
    String sentOnVariable = kind == LetterKind.COURT_LETTER ? LETTER_SENT_ON : EVICTION_LETTER_SENT_ON;
    LocalDate letterDate = date(variables.apply(sentOnVariable), sentOnVariable, "Versanddatum", invalid);
    if (letterDate == null) {
      letterDate = today;
    }
    LocalDateTime appointmentAt = kind == LetterKind.COURT_LETTER
        ? dateTime(variables.apply(APPOINTMENT_AT), APPOINTMENT_AT, "Termin", invalid) : null;
    LocalDateTime evictionAt = kind == LetterKind.EVICTION_LETTER
        ? dateTime(variables.apply(EVICTION_AT), EVICTION_AT, "Räumungstermin", invalid) : null;
    LocalDate servedOn = kind == LetterKind.COURT_LETTER
        ? date(variables.apply(SERVED_ON), SERVED_ON, "Zustellung der Klage", invalid) : null;
    if (!invalid.isEmpty()) {
      throw new LetterDataIncompleteException(kind, invalid);
    }
    List<LocalDate> consultationDates = kind == LetterKind.EVICTION_LETTER && evictionAt != null
        ? nextOpenConsultationDates(office.openConsultationDays(), letterDate, evictionAt.toLocalDate())
        : List.of();
    return new LetterData(kind, caseId, district,
        text(variables.apply(HOUSEHOLD_NAME)), text(variables.apply(HOUSEHOLD_STREET)),
        text(variables.apply(HOUSEHOLD_POSTAL_CODE)), text(variables.apply(HOUSEHOLD_CITY)),
        text(variables.apply(COURT)), text(variables.apply(COURT_FILE_NUMBER)),
        appointmentAt,
        kind == LetterKind.EVICTION_LETTER ? text(variables.apply(BAILIFF_REFERENCE)) : null,
        evictionAt, letterDate, consultationDates, servedOn, contact)
        .requireComplete();
  }

  /**
   * The next open consultation days (working days on the configured weekdays) that a letter
   * written on {@code letterDate} can still reach, before the eviction day.
   */
  List<LocalDate> nextOpenConsultationDates(List<DayOfWeek> days, LocalDate letterDate, LocalDate evictionDay) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = letterDate.plusDays(POSTAL_DAYS);
        d.isBefore(evictionDay) && dates.size() < CONSULTATION_DAYS_NAMED; d = d.plusDays(1)) {
      if (days.contains(d.getDayOfWeek()) && calendar.isWorkingDay(d)) {
        dates.add(d);
      }
    }
    return dates;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private LocalDate date(Object value, String name, String label, List<Gap> invalid) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDate date = dates.toDate(value).orElse(null);
    if (date == null) {
      invalid.add(new Gap(name, label, "ist kein gültiges Datum: „" + value + "“"));
    }
    return date;
  }

  private LocalDateTime dateTime(Object value, String name, String label, List<Gap> invalid) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDateTime dateTime = dates.toDateTime(value).orElse(null);
    if (dateTime == null) {
      invalid.add(new Gap(name, label, "ist kein gültiges Datum mit Uhrzeit: „" + value + "“"));
    }
    return dateTime;
  }
}

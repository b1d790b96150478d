package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.letters.LetterDataIncompleteException.Gap;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one letter says about its case, independent of where it came from (process variables, a
 * test). Required: the case id, the household's name and address, the letter date, and the appointment (court
 * letter) or the eviction date (eviction letter).
 *
 * @param openConsultationDates the next days of the open consultation before the eviction that
 *     the eviction letter names (may be empty)
 * @param servedOn when the lawsuit was served on the household, if known (court letter: the
 *     Schonfrist ends two months later)
 * @param contact the caseworker who sends the letter, if known
 */
public record LetterData(
    LetterKind kind,
    String caseId,
    String district,
    String householdName,
    String householdStreet,
    String householdPostalCode,
    String householdCity,
    String court,
    String courtFileNumber,
    LocalDateTime appointmentAt,
    String bailiffReference,
    LocalDateTime evictionAt,
    LocalDate letterDate,
    List<LocalDate> openConsultationDates,
    LocalDate servedOn,
    ContactPerson contact) {

  public LetterData {
    openConsultationDates = openConsultationDates == null ? List.of() : List.copyOf(openConsultationDates);
  }

  /** A letter without the day of service and without a named contact person. */
  public LetterData(LetterKind kind, String caseId, String district, String householdName,
      String householdStreet, String householdPostalCode, String householdCity, String court,
      String courtFileNumber, LocalDateTime appointmentAt, String bailiffReference,
      LocalDateTime evictionAt, LocalDate letterDate, List<LocalDate> openConsultationDates) {
    this(kind, caseId, district, householdName, householdStreet, householdPostalCode,
        householdCity, court, courtFileNumber, appointmentAt, bailiffReference, evictionAt,
        letterDate, openConsultationDates, null, null);
  }

  /**
   * The last day of the Schonfrist (§ 569 Abs. 3 Nr. 2 BGB): the termination for rent arrears
   * becomes ineffective when the arrears are paid – or a public body undertakes to pay them – no
   * later than two months after the lawsuit was served. Counted by §§ 187, 188 BGB (the day of
   * service not counted; the period ends on the day of the month with the same number, or the
   * month's last day). Deliberately not moved past a weekend or holiday (§ 193 BGB): the letter
   * names the earlier, safe day. Empty when the day of service is not known.
   */
  public Optional<LocalDate> schonfristEndsOn() {
    return Optional.ofNullable(servedOn).map(day -> day.plusMonths(2));
  }

  /** What the letter needs but does not have; empty when the letter can be written. */
  public List<Gap> missing() {
    List<Gap> missing = new ArrayList<>();
    require(missing, caseId, CaseVariables.CASE_ID, "Fallnummer");
    require(missing, householdName, CaseVariables.HOUSEHOLD_NAME, "Name des Haushalts");
    require(missing, householdStreet, CaseVariables.HOUSEHOLD_STREET, "Straße");
    require(missing, householdPostalCode, CaseVariables.HOUSEHOLD_POSTAL_CODE, "Postleitzahl");
    require(missing, householdCity, CaseVariables.HOUSEHOLD_CITY, "Ort");
    if (letterDate == null) {
      missing.add(Gap.missing(kind == LetterKind.COURT_LETTER ? CaseVariables.LETTER_SENT_ON
          : CaseVariables.EVICTION_LETTER_SENT_ON, "Versanddatum"));
    }
    if (kind == LetterKind.COURT_LETTER && appointmentAt == null) {
      missing.add(Gap.missing(CaseVariables.APPOINTMENT_AT, "Termin mit Datum und Uhrzeit"));
    }
    if (kind == LetterKind.EVICTION_LETTER && evictionAt == null) {
      missing.add(Gap.missing(CaseVariables.EVICTION_AT, "Räumungstermin mit Datum und Uhrzeit"));
    }
    return missing;
  }

  /** Throws {@link LetterDataIncompleteException} when {@link #missing()} is not empty. */
  public LetterData requireComplete() {
    List<Gap> missing = missing();
    if (!missing.isEmpty()) {
      throw new LetterDataIncompleteException(kind, missing);
    }
    return this;
  }

  private static void require(List<Gap> missing, String value, String field, String label) {
    if (value == null || value.isBlank()) {
      missing.add(Gap.missing(field, label));
    }
  }
}

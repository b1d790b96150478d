package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.letters.LetterDataIncompleteException.Gap;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What one letter says about its case, independent of where it came from (process variables, a
 * test). Required: the case id, the household's name and address, the letter date, and the appointment (court
 * letter) or the eviction date (eviction letter).
 *
 * @param openConsultationDates the next days of the open consultation before the eviction that
 *     the eviction letter names (may be empty)
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
    List<LocalDate> openConsultationDates) {

  public LetterData {
    openConsultationDates = openConsultationDates == null ? List.of() : List.copyOf(openConsultationDates);
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

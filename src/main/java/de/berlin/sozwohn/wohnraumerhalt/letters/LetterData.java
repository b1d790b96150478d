package de.berlin.sozwohn.wohnraumerhalt.letters;

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

  /**
   * German labels (with the variable name) of what the letter needs but does not have; empty when
   * the letter can be written.
   */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    require(missing, caseId, "Fallnummer (Business Key oder caseId)");
    require(missing, householdName, "Name des Haushalts (householdName)");
    require(missing, householdStreet, "Straße (householdStreet)");
    require(missing, householdPostalCode, "Postleitzahl (householdPostalCode)");
    require(missing, householdCity, "Ort (householdCity)");
    if (letterDate == null) {
      missing.add(kind == LetterKind.COURT_LETTER ? "Versanddatum (letterSentOn)"
          : "Versanddatum (evictionLetterSentOn)");
    }
    if (kind == LetterKind.COURT_LETTER && appointmentAt == null) {
      missing.add("Termin mit Datum und Uhrzeit (appointmentAt)");
    }
    if (kind == LetterKind.EVICTION_LETTER && evictionAt == null) {
      missing.add("Räumungstermin mit Datum und Uhrzeit (evictionAt)");
    }
    return missing;
  }

  /** Throws {@link LetterDataIncompleteException} when {@link #missing()} is not empty. */
  public LetterData requireComplete() {
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new LetterDataIncompleteException(kind, missing);
    }
    return this;
  }

  private static void require(List<String> missing, String value, String label) {
    if (value == null || value.isBlank()) {
      missing.add(label);
    }
  }
}

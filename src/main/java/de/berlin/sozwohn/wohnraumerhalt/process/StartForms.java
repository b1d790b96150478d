package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.ARREARS;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.BAILIFF_REFERENCE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.CASE_ID;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT_FILE_NUMBER;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.DISTRICT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.EVICTION_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HEARING_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_CITY;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_EMAIL;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_NAME;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_PHONE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_POSTAL_CODE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_STREET;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.LANDLORD;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.RECEIVED_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.SERVED_ON;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The start forms of Tasklist – the two notice entry forms and the two casework forms (case
 * events, corrections), the only processes the REST API may start – and the fields each submits:
 * the start-form side of the task catalogue ({@link UserTaskCatalogue}). Plain Java; {@code
 * intake.NoticeForm} reads the notice fields into a notice, {@code casework.CaseEventFormEntry}
 * and {@code casework.CaseCorrectionFormEntry} read theirs into the request of {@code POST
 * /api/cases/{caseId}/events|corrections}; the door guard lets exactly these through.
 *
 * <p>The casework forms name the case by {@code caseId}; their entry instance forgets it once the
 * case has the event (it keeps {@link CaseVariables#ENTERED_CASE_ID}).
 */
public final class StartForms {

  /** The keys of the court notice form, in form order. */
  public static final List<String> COURT_NOTICE_FIELDS = List.of(COURT, COURT_FILE_NUMBER,
      RECEIVED_ON, HOUSEHOLD_NAME, HOUSEHOLD_STREET, HOUSEHOLD_POSTAL_CODE, HOUSEHOLD_CITY,
      HOUSEHOLD_PHONE, HOUSEHOLD_EMAIL, LANDLORD, ARREARS, HEARING_ON, SERVED_ON, DISTRICT);
  /** The keys of the bailiff notice form, in form order. */
  public static final List<String> BAILIFF_NOTICE_FIELDS = List.of(BAILIFF_REFERENCE, RECEIVED_ON,
      EVICTION_AT, HOUSEHOLD_NAME, HOUSEHOLD_STREET, HOUSEHOLD_POSTAL_CODE, HOUSEHOLD_CITY,
      HOUSEHOLD_PHONE, HOUSEHOLD_EMAIL, COURT, COURT_FILE_NUMBER, DISTRICT);

  /** Case event form: the event's code ({@code lawsuit-withdrawn} …), not a case variable. */
  public static final String EVENT_TYPE = "type";
  /** Case event form: the day of the event (YYYY-MM-DD). */
  public static final String EVENT_ON = "on";
  /** Case event form: the district a case is handed over to ({@code transferred}). */
  public static final String TO_DISTRICT = "toDistrict";
  /** Case event and correction form: why (entered-in-error, every correction). */
  public static final String REASON = "reason";
  /** Correction form: which date is corrected ({@code receivedOn}, {@code letterSentOn} …). */
  public static final String CORRECTED_FIELD = "field";
  /** Correction form: which home visit (1 or 2) for {@code visitedOn}. */
  public static final String VISIT = "visit";
  /** Correction form: the right date (YYYY-MM-DD). */
  public static final String CORRECTED_VALUE = "value";

  /** The keys of the case event form ("Fallereignis erfassen"), in form order. */
  public static final List<String> CASE_EVENT_FIELDS = List.of(CASE_ID, EVENT_TYPE, EVENT_ON,
      TO_DISTRICT, BAILIFF_REFERENCE, EVICTION_AT, REASON);
  /** The keys of the correction form ("Korrektur erfassen"), in form order. */
  public static final List<String> CASE_CORRECTION_FIELDS = List.of(CASE_ID, CORRECTED_FIELD,
      VISIT, BAILIFF_REFERENCE, CORRECTED_VALUE, REASON);

  /** The forms' checkbox that shows the district choice (administrators only); not a case variable. */
  public static final String ENTER_FOR_OTHER_DISTRICT = "enterForOtherDistrict";

  /**
   * What the start form of that entry process may submit: its fields (the notice forms also the
   * district checkbox); an empty set for any other process (it has no start form the REST API may
   * use).
   */
  public static Set<String> submittableFields(String processDefinitionKey) {
    String key = processDefinitionKey == null ? "" : processDefinitionKey;
    return switch (key) {
      case ProcessKeys.COURT_NOTICE_ENTRY -> withDistrictChoice(COURT_NOTICE_FIELDS);
      case ProcessKeys.BAILIFF_NOTICE_ENTRY -> withDistrictChoice(BAILIFF_NOTICE_FIELDS);
      case ProcessKeys.CASE_EVENT_ENTRY -> new LinkedHashSet<>(CASE_EVENT_FIELDS);
      case ProcessKeys.CASE_CORRECTION_ENTRY -> new LinkedHashSet<>(CASE_CORRECTION_FIELDS);
      default -> Set.of();
    };
  }

  private static Set<String> withDistrictChoice(List<String> fields) {
    Set<String> keys = new LinkedHashSet<>(fields);
    keys.add(ENTER_FOR_OTHER_DISTRICT);
    return keys;
  }

  private StartForms() {}
}

package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.ARREARS;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.BAILIFF_REFERENCE;
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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The start forms of Tasklist – the two notice entry forms, the only processes the REST API may
 * start – and the fields each submits: the start-form side of the task catalogue ({@link
 * UserTaskCatalogue}). Plain Java; {@code intake.NoticeForm} reads these fields into a notice, the
 * door guard lets exactly these through.
 */
public final class StartForms {

  /** The keys of the court notice form, in form order. */
  public static final List<String> COURT_NOTICE_FIELDS = List.of(COURT, COURT_FILE_NUMBER,
      RECEIVED_ON, HOUSEHOLD_NAME, HOUSEHOLD_STREET, HOUSEHOLD_POSTAL_CODE, HOUSEHOLD_CITY,
      HOUSEHOLD_PHONE, HOUSEHOLD_EMAIL, LANDLORD, ARREARS, HEARING_ON, DISTRICT);
  /** The keys of the bailiff notice form, in form order. */
  public static final List<String> BAILIFF_NOTICE_FIELDS = List.of(BAILIFF_REFERENCE, RECEIVED_ON,
      EVICTION_AT, HOUSEHOLD_NAME, HOUSEHOLD_STREET, HOUSEHOLD_POSTAL_CODE, HOUSEHOLD_CITY,
      HOUSEHOLD_PHONE, HOUSEHOLD_EMAIL, COURT, COURT_FILE_NUMBER, DISTRICT);

  /** The forms' checkbox that shows the district choice (administrators only); not a case variable. */
  public static final String ENTER_FOR_OTHER_DISTRICT = "enterForOtherDistrict";

  /**
   * What the start form of that entry process may submit: its fields and the district checkbox;
   * an empty set for any other process (it has no start form the REST API may use).
   */
  public static Set<String> submittableFields(String processDefinitionKey) {
    List<String> fields = switch (processDefinitionKey == null ? "" : processDefinitionKey) {
      case ProcessKeys.COURT_NOTICE_ENTRY -> COURT_NOTICE_FIELDS;
      case ProcessKeys.BAILIFF_NOTICE_ENTRY -> BAILIFF_NOTICE_FIELDS;
      default -> List.of();
    };
    if (fields.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new LinkedHashSet<>(fields);
    keys.add(ENTER_FOR_OTHER_DISTRICT);
    return keys;
  }

  private StartForms() {}
}

package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The variables a case starts with, and those a bailiff notice brings to it – built in one place
 * from a checked notice. The intake ({@link NoticeIntake}) starts every case with them; tests that
 * drive the process directly start their cases with them too, so that intake and model cannot
 * drift apart unnoticed.
 *
 * <p>It starts from the notice as the intake has checked and read it ({@link CourtNotice}, {@link
 * BailiffNotice}).
 */
@Component
public class CaseStartVariables {

  static final String DEFAULT_CITY = "Berlin";
  private static final String STANDARD_1_1 = Standard.COURT_NOTICE_LETTER.id();
  private static final String STANDARD_1_3 = Standard.BAILIFF_NOTICE_LETTER.id();

  private final Deadlines deadlines;

  public CaseStartVariables(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * A case opened by a court notice: the case's identity and household, the notice's data and the
   * due day of standard 1.1. The appointment the letter offers ({@code appointmentAt}) comes from
   * the district calendar when the letter task is created ({@code appointments}).
   *
   * @param enteredBy the user who entered the notice (null: none, e.g. a test)
   */
  public VariableMap courtCase(String caseId, CourtNotice notice, String enteredBy) {
    String receivedOn = notice.receivedOn().toString();
    return common(caseId, notice.district(), CaseRegistry.ORIGIN_COURT, notice.court(),
        notice.courtFileNumber(), receivedOn, notice.household(), enteredBy)
        .putValue(CaseVariables.LANDLORD, notice.landlord())
        .putValue(CaseVariables.ARREARS,
            notice.arrears() == null ? null : notice.arrears().doubleValue())
        .putValue(CaseVariables.HEARING_ON,
            notice.hearingOn() == null ? null : notice.hearingOn().toString())
        .putValue(CaseVariables.SERVED_ON,
            notice.servedOn() == null ? null : notice.servedOn().toString())
        .putValue(CaseVariables.COURT_LETTER_DUE_ON, deadlines.dueDay(STANDARD_1_1, receivedOn));
  }

  /**
   * A case opened by a bailiff notice for a household without an open case; the notice itself
   * follows with {@link #bailiffNotice}.
   */
  public VariableMap bailiffCase(String caseId, BailiffNotice notice, String enteredBy) {
    return common(caseId, notice.district(), CaseRegistry.ORIGIN_BAILIFF, notice.court(),
        notice.courtFileNumber(), notice.receivedOn().toString(), notice.household(), enteredBy)
        .putValue(CaseVariables.LANDLORD, null)
        .putValue(CaseVariables.ARREARS, null)
        .putValue(CaseVariables.HEARING_ON, null)
        .putValue(CaseVariables.SERVED_ON, null);
  }

  /**
   * A case handed over by another district: the household and court data of the first case
   * ({@code previous}, its case variables), origin {@code transfer}, the day of the handover as
   * {@code receivedOn} (the letter is due 3 working days after it). Its appointment comes from the
   * receiving district's calendar when the letter task is created.
   */
  public VariableMap transferredCase(String caseId, String toDistrict, String previousCaseId,
      Map<String, Object> previous, LocalDate handedOverOn) {
    String receivedOn = handedOverOn.toString();
    VariableMap variables = Variables.createVariables();
    for (String name : List.of(CaseVariables.COURT, CaseVariables.COURT_FILE_NUMBER,
        CaseVariables.HOUSEHOLD_NAME, CaseVariables.HOUSEHOLD_STREET,
        CaseVariables.HOUSEHOLD_POSTAL_CODE, CaseVariables.HOUSEHOLD_CITY,
        CaseVariables.HOUSEHOLD_PHONE, CaseVariables.HOUSEHOLD_EMAIL, CaseVariables.LANDLORD,
        CaseVariables.ARREARS, CaseVariables.HEARING_ON, CaseVariables.SERVED_ON)) {
      variables.putValue(name, previous.get(name));
    }
    return variables
        .putValue(CaseVariables.CASE_ID, caseId)
        .putValue(CaseVariables.DISTRICT, toDistrict)
        .putValue(CaseVariables.CASE_ORIGIN, CaseRegistry.ORIGIN_TRANSFER)
        .putValue(CaseVariables.PREVIOUS_CASE_ID, previousCaseId)
        .putValue(CaseVariables.RECEIVED_ON, receivedOn)
        .putValue(CaseVariables.ENTERED_BY, previous.get(CaseVariables.ENTERED_BY))
        .putValue(CaseVariables.COURT_LETTER_DUE_ON, deadlines.dueDay(STANDARD_1_1, receivedOn))
        .putValue(CaseVariables.CONTACT_ESTABLISHED, false)
        .putValue(CaseVariables.CLOSURE_OPEN, false);
  }

  /**
   * What a bailiff notice brings to its case – local to the bailiff-notice event subprocess, so
   * that two notices of one case do not overwrite each other: the notice, the due day of
   * standard 1.3, and the empty fields of its tasks.
   */
  public VariableMap bailiffNotice(BailiffNotice notice) {
    String receivedOn = notice.receivedOn().toString();
    return Variables.createVariables()
        .putValue(CaseVariables.BAILIFF_REFERENCE, notice.bailiffReference())
        .putValue(CaseVariables.BAILIFF_RECEIVED_ON, receivedOn)
        .putValue(CaseVariables.EVICTION_AT, NoticeValidator.formatDateTime(notice.evictionAt()))
        .putValue(CaseVariables.EVICTION_LETTER_DUE_ON, deadlines.dueDay(STANDARD_1_3, receivedOn))
        .putValue(CaseVariables.EVICTION_LETTER_SENT_ON, null)
        .putValue(CaseVariables.ATTEND_EVICTION, null)
        .putValue(CaseVariables.EVICTION_ATTENDED, null)
        .putValue(CaseVariables.EVICTION_STAFF_COUNT, null)
        .putValue(CaseVariables.EVICTION_CARRIED_OUT, null);
  }

  private static VariableMap common(String caseId, String district, String origin, String court,
      String courtFileNumber, String receivedOn, HouseholdData household, String enteredBy) {
    String city = household.city();
    return Variables.createVariables()
        .putValue(CaseVariables.CASE_ID, caseId)
        .putValue(CaseVariables.DISTRICT, district)
        .putValue(CaseVariables.CASE_ORIGIN, origin)
        .putValue(CaseVariables.COURT, court)
        .putValue(CaseVariables.COURT_FILE_NUMBER, courtFileNumber)
        .putValue(CaseVariables.RECEIVED_ON, receivedOn)
        .putValue(CaseVariables.HOUSEHOLD_NAME, household.name())
        .putValue(CaseVariables.HOUSEHOLD_STREET, household.street())
        .putValue(CaseVariables.HOUSEHOLD_POSTAL_CODE, household.postalCode())
        .putValue(CaseVariables.HOUSEHOLD_CITY, city == null ? DEFAULT_CITY : city)
        .putValue(CaseVariables.HOUSEHOLD_PHONE, household.phone())
        .putValue(CaseVariables.HOUSEHOLD_EMAIL, household.email())
        .putValue(CaseVariables.ENTERED_BY, enteredBy)
        .putValue(CaseVariables.CONTACT_ESTABLISHED, false)
        .putValue(CaseVariables.CLOSURE_OPEN, false);
  }
}

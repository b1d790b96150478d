package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.util.Arrays;

/**
 * Process variable names. Form field names of SPEC §3/§7 are part of the external contract; the
 * others are ours. Dates are ISO-8601 strings ("2026-03-02", "2026-05-12T09:00") as Camunda Forms
 * submits them.
 */
public final class CaseVariables {

  // case data (set at intake)
  public static final String CASE_ID = "caseId";
  public static final String DISTRICT = "district";
  /** "court", "bailiff" or "transfer": which notice opened the case (or a handover). */
  public static final String CASE_ORIGIN = "caseOrigin";
  public static final String COURT = "court";
  public static final String COURT_FILE_NUMBER = "courtFileNumber";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String HOUSEHOLD_NAME = "householdName";
  public static final String HOUSEHOLD_STREET = "householdStreet";
  public static final String HOUSEHOLD_POSTAL_CODE = "householdPostalCode";
  public static final String HOUSEHOLD_CITY = "householdCity";
  public static final String HOUSEHOLD_PHONE = "householdPhone";
  public static final String HOUSEHOLD_EMAIL = "householdEmail";
  public static final String LANDLORD = "landlord";
  public static final String ARREARS = "arrears";
  public static final String HEARING_ON = "hearingOn";
  /**
   * When the lawsuit was served on the household (optional): two months later the Schonfrist of
   * § 569 Abs. 3 Nr. 2 BGB ends, which the court letter names.
   */
  public static final String SERVED_ON = "servedOn";
  public static final String ENTERED_BY = "enteredBy";
  /** A case handed over by another district ("transfer"): the case id there. */
  public static final String PREVIOUS_CASE_ID = "previousCaseId";

  // case events (casework.CaseEvents)
  /** The case event that ended the outreach early (lawsuit-withdrawn, …) and its day. */
  public static final String CASE_SETTLED_BY = "caseSettledBy";
  public static final String CASE_SETTLED_ON = "caseSettledOn";

  // SendCourtLetter
  public static final String APPOINTMENT_AT = "appointmentAt";
  public static final String LETTER_SENT_ON = "letterSentOn";
  public static final String COURT_LETTER_DUE_ON = "courtLetterDueOn";
  public static final String HOME_VISIT_DUE_ON = "homeVisitDueOn";
  /**
   * Form variable of SendCourtLetter, computed when the form is opened, never stored: the free
   * slots of the district calendar ({@code [{label, value}]}, JSON) the form's select lists.
   */
  public static final String APPOINTMENT_SLOTS = "appointmentSlots";

  // RecordContact
  public static final String CONTACT_ON = "contactOn";
  public static final String CONTACT_CHANNEL = "contactChannel";
  /** true once the household had any contact with the Fachstelle (recorded contact or at a visit). */
  public static final String CONTACT_ESTABLISHED = "contactEstablished";
  public static final String FIRST_CONTACT_ON = "firstContactOn";

  // HomeVisit1 / HomeVisit2
  public static final String VISITED_ON = "visitedOn";
  public static final String VISIT_STAFF_COUNT = "visitStaffCount";
  public static final String CONTACT_MADE = "contactMade";
  public static final String SECOND_VISIT_WANTED = "secondVisitWanted";

  // Counselling
  public static final String COUNSELLING_ON = "counsellingOn";
  public static final String RENT_DEBT_TAKEOVER = "rentDebtTakeover";
  /** Counselling: the rent debt taken over, in euros (optional; impact and cost). */
  public static final String RENT_DEBT_TAKEN_OVER = "rentDebtTakenOver";
  public static final String HELP_67 = "help67";
  public static final String LANDLORD_AGREEMENT = "landlordAgreement";
  public static final String COUNSELLING_NOTES = "counsellingNotes";

  // bailiff notice (local to the event subprocess instance of each notice)
  public static final String BAILIFF_REFERENCE = "bailiffReference";
  public static final String BAILIFF_RECEIVED_ON = "bailiffReceivedOn";
  public static final String EVICTION_AT = "evictionAt";
  public static final String EVICTION_LETTER_DUE_ON = "evictionLetterDueOn";
  public static final String EVICTION_LETTER_SENT_ON = "evictionLetterSentOn";
  public static final String ATTEND_EVICTION = "attendEviction";
  public static final String EVICTION_ATTENDED = "evictionAttended";
  public static final String EVICTION_STAFF_COUNT = "evictionStaffCount";
  public static final String EVICTION_CARRIED_OUT = "evictionCarriedOut";

  // CloseCase / FollowUp
  public static final String OUTCOME = "outcome";
  public static final String CLOSED_ON = "closedOn";
  /** true while a CloseCase task waits after unsuccessful visits (guards a second CloseCase). */
  public static final String CLOSURE_OPEN = "closureOpen";
  public static final String STILL_HOUSED_AFTER_12_MONTHS = "stillHousedAfter12Months";

  // process selbstauskunft (standard 1.5): district (above), the year reported on, six standards
  public static final String REPORT_YEAR = "reportYear";
  public static final String SHARED_MAIL_ADDRESS = "sharedMailAddress";
  public static final String SHARED_PHONE_NUMBER = "sharedPhoneNumber";
  public static final String OPEN_CONSULTATION = "openConsultation";
  public static final String OPEN_CONSULTATION_TUE_THU = "openConsultationTueThu";
  public static final String PHONE_CONSULTATION_HOURS = "phoneConsultationHours";
  public static final String UNIFORM_FLYER = "uniformFlyer";
  /** District name for display in the self-report form ("Neukölln"). */
  public static final String DISTRICT_NAME = "districtName";

  // process halbjahresbericht: district and districtName (above), the period, the day it was
  // requested, and the team lead's reasons for values below the minimum (form fields, external
  // contract: underscores, because form-js would turn a dot into a nested object)
  /** The period reported on: {@code 2026-H1} (first half-year) or {@code 2026} (whole year). */
  public static final String REPORT_PERIOD = "reportPeriod";
  /** The period for display: "1. Halbjahr 2026 (01.01.2026–30.06.2026)". */
  public static final String REPORT_PERIOD_TEXT = "reportPeriodText";
  /** The day the report was requested (ISO date); the deadline counts from it. */
  public static final String REQUESTED_ON = "requestedOn";
  public static final String COMMENT_1_1 = "comment1_1";
  public static final String COMMENT_1_2 = "comment1_2";
  public static final String COMMENT_1_3 = "comment1_3";
  public static final String COMMENT_1_4 = "comment1_4";
  public static final String COMMENT_1_5 = "comment1_5";
  public static final String COMMENT_2 = "comment2";

  /**
   * The reason field of a quality standard in the report form: {@code "1.1"} → {@code comment1_1},
   * {@code "2"} → {@code comment2}.
   *
   * @throws IllegalArgumentException for an id that is not one of {@link Standard}
   */
  public static String commentOf(String standardId) {
    if (Arrays.stream(Standard.values()).noneMatch(s -> s.id().equals(standardId))) {
      throw new IllegalArgumentException("not a quality standard: " + standardId);
    }
    return "comment" + standardId.replace('.', '_');
  }

  // notice entry (start forms courtNoticeEntry / bailiffNoticeEntry): what the entry instance keeps
  // after it handed the notice to the intake – deliberately not "caseId", so that queries for case
  // data never find an entry instance
  public static final String ENTERED_CASE_ID = "enteredCaseId";
  public static final String ENTERED_CASE_INSTANCE_ID = "enteredCaseInstanceId";
  /** true when a bailiff notice joined an open case, false when it opened one. */
  public static final String JOINED_OPEN_CASE = "joinedOpenCase";

  /** Task-local flag set by the deadline escalation. */
  public static final String OVERDUE = "overdue";
  /**
   * Input parameter of the service task "Fristüberschreitung melden" behind each deadline task's
   * non-interrupting timer: the key of the deadline task (e.g. {@code SendCourtLetter}).
   */
  public static final String DEADLINE_TASK = "deadlineTask";

  private CaseVariables() {}
}

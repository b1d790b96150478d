package de.berlin.sozwohn.wohnraumerhalt.process;

/** Keys of the BPMN model that code refers to: process, tasks, messages. The one place they are spelled. */
public final class ProcessKeys {

  public static final String PROCESS = "wohnraumerhalt";

  /**
   * Start-form process "Mitteilung über Räumungsklage erfassen": Tasklist's door to the intake
   * of a court notice (the case itself is {@link #PROCESS}).
   */
  public static final String COURT_NOTICE_ENTRY = "courtNoticeEntry";
  /** Start-form process "Mitteilung über Zwangsräumung erfassen": the door for a bailiff notice. */
  public static final String BAILIFF_NOTICE_ENTRY = "bailiffNoticeEntry";
  /** The form ids ({@code forms/*.form}) of the two start forms. */
  public static final String FORM_COURT_NOTICE_ENTRY = "form-court-notice-entry";
  public static final String FORM_BAILIFF_NOTICE_ENTRY = "form-bailiff-notice-entry";
  /**
   * Start-form process "Fallereignis erfassen": Tasklist's door to the case events ({@code
   * casework.CaseEvents}, the same as {@code POST /api/cases/{caseId}/events}).
   */
  public static final String CASE_EVENT_ENTRY = "caseEventEntry";
  /**
   * Start-form process "Korrektur erfassen" (team leads and administrators): Tasklist's door to
   * the corrections ({@code casework.CaseCorrections}).
   */
  public static final String CASE_CORRECTION_ENTRY = "caseCorrectionEntry";
  /** The form ids of the two casework start forms. */
  public static final String FORM_CASE_EVENT_ENTRY = "form-case-event-entry";
  public static final String FORM_CASE_CORRECTION_ENTRY = "form-case-correction-entry";

  /** Message start: a court notice (Räumungsklage) opens a case. */
  public static final String MSG_COURT_NOTICE = "CourtNoticeReceived";
  /** Message start: a bailiff notice opens a case for a household without an open case. */
  public static final String MSG_CASE_OPENED_BY_BAILIFF = "CaseOpenedByBailiffNotice";
  /** Message to the open case (event subprocess): a bailiff notice (Zwangsräumung) joins it. */
  public static final String MSG_BAILIFF_NOTICE = "BailiffNoticeReceived";

  /** Message start: a case handed over by another district ("transferred") opens here. */
  public static final String MSG_CASE_TAKEN_OVER = "CaseTakenOver";
  /**
   * Interrupting boundary event "Verfahren erledigt" on the outreach: lawsuit withdrawn, arrears
   * settled or household moved (case events).
   */
  public static final String MSG_CASE_SETTLED = "CaseSettled";
  /** Event subprocess inside each bailiff notice's: the eviction was called off (case event). */
  public static final String MSG_EVICTION_CALLED_OFF = "EvictionCalledOff";
  /** Interrupting event subprocess of the case: handed over to another district. */
  public static final String MSG_CASE_TRANSFERRED = "CaseTransferred";
  /** Interrupting event subprocess of the case: entered in error (team lead). */
  public static final String MSG_CASE_ENTERED_IN_ERROR = "CaseEnteredInError";

  /**
   * Interrupting boundary event "Verfahren erledigt" ({@link #MSG_CASE_SETTLED}) on the outreach:
   * the appointment the letter offered is no longer needed.
   */
  public static final String OUTREACH_SETTLED = "OutreachSettled";

  /** Embedded subprocess "Fall bearbeiten": its start is the opening of a case. */
  public static final String CASE_WORK = "CaseWork";

  /** The deadline timers (non-interrupting boundary events) of the three deadline tasks. */
  public static final String TIMER_SEND_COURT_LETTER = "SendCourtLetterDeadline";
  public static final String TIMER_HOME_VISIT_1 = "HomeVisit1Deadline";
  public static final String TIMER_SEND_EVICTION_LETTER = "SendEvictionLetterDeadline";

  public static final String TASK_SEND_COURT_LETTER = "SendCourtLetter";
  public static final String TASK_RECORD_CONTACT = "RecordContact";
  public static final String TASK_HOME_VISIT_1 = "HomeVisit1";
  public static final String TASK_HOME_VISIT_2 = "HomeVisit2";
  public static final String TASK_COUNSELLING = "Counselling";
  public static final String TASK_SEND_EVICTION_LETTER = "SendEvictionLetter";
  public static final String TASK_DECIDE_EVICTION_ATTENDANCE = "DecideEvictionAttendance";
  public static final String TASK_ATTEND_EVICTION = "AttendEviction";
  public static final String TASK_CLOSE_CASE = "CloseCase";
  public static final String TASK_FOLLOW_UP = "FollowUp";

  /** Yearly self-report of a district on the six access standards (standard 1.5). */
  public static final String SELF_REPORT_PROCESS = "selbstauskunft";
  /** Message start of one district's self-report (variables district, districtName, reportYear). */
  public static final String MSG_SELF_REPORT_REQUESTED = "SelfReportRequested";
  public static final String TASK_SUBMIT_SELF_REPORT = "SubmitSelfReport";

  /**
   * Half-year report of a district to the Monitoringstelle (Zielvereinbarung 2.3): requested on 1
   * July for the first half-year and on 1 January for the whole previous year, approved by the
   * team lead, then frozen.
   */
  public static final String HALF_YEAR_REPORT_PROCESS = "halbjahresbericht";
  /**
   * Message start of one district's report (variables district, districtName, reportPeriod,
   * reportPeriodText, requestedOn; business key {@code halbjahresbericht-2026-H1-mitte}).
   */
  public static final String MSG_REPORT_REQUESTED = "ReportRequested";
  /** User task "Halbjahresbericht prüfen und freigeben" of the team lead. */
  public static final String TASK_APPROVE_REPORT = "ApproveReport";
  /** The form of {@link #TASK_APPROVE_REPORT}. */
  public static final String FORM_HALF_YEAR_REPORT = "form-half-year-report";

  public static boolean isNoticeEntry(String processDefinitionKey) {
    return COURT_NOTICE_ENTRY.equals(processDefinitionKey)
        || BAILIFF_NOTICE_ENTRY.equals(processDefinitionKey);
  }

  private ProcessKeys() {}
}

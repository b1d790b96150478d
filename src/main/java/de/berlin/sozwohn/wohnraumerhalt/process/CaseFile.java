package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only, typed view of a case's process variables: the one place that knows how a variable
 * is read (its name from {@link CaseVariables}, its type, dates through {@link DateValues} in
 * Berlin time). Plain Java; the engine-facing side is {@link CaseFiles}.
 *
 * <p>A case file is a snapshot of the variables it was built from – the variables visible in one
 * scope (inherited ones included, as {@code getVariable} resolves them) or only a scope's local
 * ones ({@link CaseFiles#local}), such as a bailiff notice's data in its event subprocess
 * instance. Nothing is written back.
 *
 * <p>How values are read – one style for all getters:
 * <ul>
 *   <li>A value the case may lack is an {@link Optional}: empty when the variable is absent, null,
 *       or not readable as that type. Callers that pass facts on as nullable values write
 *       {@code .orElse(null)}.
 *   <li>Dates are read leniently ({@link DateValues#toDate}): an ISO string as Camunda Forms
 *       sends it, a {@link java.util.Date}, a java.time value; with an offset or zone the date is
 *       taken in Berlin time.
 *   <li>Texts: the value's {@code toString()}; a blank text counts as absent.
 *   <li>Whole numbers: a {@link Number} with an integral value (Forms may send {@code 2.0}).
 *   <li>Answers (yes/no that a caseworker may not have given yet): {@code Optional<Boolean>},
 *       present only for a {@link Boolean} value.
 *   <li>Flags the process treats as "true or not" ({@link #contactMade}, {@link #overdue}, the
 *       self-report's ticks): {@code boolean}, true only for {@link Boolean#TRUE}.
 * </ul>
 */
public final class CaseFile {

  private final Map<String, Object> variables;
  private final String tenantId;
  private final DateValues dates;

  /**
   * @param variables the variables by name (null values allowed; copied)
   * @param tenantId the case's tenant (the district), null when the engine knows none
   * @param dates the date codec (Berlin time)
   */
  public CaseFile(Map<String, ?> variables, String tenantId, DateValues dates) {
    this.variables = new HashMap<>(Objects.requireNonNull(variables));
    this.tenantId = tenantId;
    this.dates = Objects.requireNonNull(dates);
  }

  // --- case data (intake) ---

  /** The case id ("WE-2026-0001"); callers fall back to the business key themselves. */
  public Optional<String> caseId() {
    return text(CASE_ID);
  }

  /** The district: the {@code district} variable, else the tenant id. */
  public Optional<String> district() {
    return text(DISTRICT).or(() -> Optional.ofNullable(tenantId).filter(t -> !t.isBlank()));
  }

  /** "court" or "bailiff": which notice opened the case. */
  public Optional<String> caseOrigin() {
    return text(CASE_ORIGIN);
  }

  /** Receipt of the court notice. */
  public Optional<LocalDate> receivedOn() {
    return date(RECEIVED_ON);
  }

  /** The court hearing named in the notice, if any. */
  public Optional<LocalDate> hearingOn() {
    return date(HEARING_ON);
  }

  /** When the lawsuit was served on the household, if known. */
  public Optional<LocalDate> servedOn() {
    return date(SERVED_ON);
  }

  /** The rent arrears named in the court notice, in euros. */
  public Optional<BigDecimal> arrears() {
    return variables.get(ARREARS) instanceof Number n && Double.isFinite(n.doubleValue())
        ? Optional.of(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()))
        : Optional.empty();
  }

  /** The day a case event ended the outreach early (lawsuit withdrawn, …). */
  public Optional<LocalDate> caseSettledOn() {
    return date(CASE_SETTLED_ON);
  }

  // --- SendCourtLetter ---

  public Optional<LocalDate> letterSentOn() {
    return date(LETTER_SENT_ON);
  }

  /** The day of the proposed appointment (the date of {@code appointmentAt}, or a plain date). */
  public Optional<LocalDate> appointmentOn() {
    return date(APPOINTMENT_AT);
  }

  /** The proposed appointment with its time; empty for a plain date. */
  public Optional<LocalDateTime> appointmentAt() {
    return dates.toDateTime(variables.get(APPOINTMENT_AT));
  }

  /** The due day of standard 1.1 (the letter), as the intake computed it. */
  public Optional<LocalDate> courtLetterDueOn() {
    return date(COURT_LETTER_DUE_ON);
  }

  /** The due day of standard 1.2 (the first home visit), local to the HomeVisit1 task. */
  public Optional<LocalDate> homeVisitDueOn() {
    return date(HOME_VISIT_DUE_ON);
  }

  // --- contact, visits, counselling ---

  public Optional<LocalDate> contactOn() {
    return date(CONTACT_ON);
  }

  public Optional<LocalDate> firstContactOn() {
    return date(FIRST_CONTACT_ON);
  }

  public Optional<LocalDate> visitedOn() {
    return date(VISITED_ON);
  }

  /** Whether a home visit reached the household. */
  public boolean contactMade() {
    return flag(CONTACT_MADE);
  }

  public Optional<Integer> visitStaffCount() {
    return wholeNumber(VISIT_STAFF_COUNT);
  }

  public Optional<LocalDate> counsellingOn() {
    return date(COUNSELLING_ON);
  }

  // --- bailiff notice (local to the notice's event subprocess instance) ---

  public Optional<LocalDate> bailiffReceivedOn() {
    return date(BAILIFF_RECEIVED_ON);
  }

  /** The eviction's date and time; a notice that gives only a day counts from its start. */
  public Optional<LocalDateTime> evictionAt() {
    return dates.toDateTime(variables.get(EVICTION_AT))
        .or(() -> date(EVICTION_AT).map(LocalDate::atStartOfDay));
  }

  public Optional<LocalDate> evictionLetterSentOn() {
    return date(EVICTION_LETTER_SENT_ON);
  }

  /** The due day of standard 1.3 (the eviction letter) of this bailiff notice. */
  public Optional<LocalDate> evictionLetterDueOn() {
    return date(EVICTION_LETTER_DUE_ON);
  }

  public Optional<Boolean> attendEviction() {
    return answer(ATTEND_EVICTION);
  }

  public Optional<Boolean> evictionAttended() {
    return answer(EVICTION_ATTENDED);
  }

  public Optional<Integer> evictionStaffCount() {
    return wholeNumber(EVICTION_STAFF_COUNT);
  }

  public Optional<Boolean> evictionCarriedOut() {
    return answer(EVICTION_CARRIED_OUT);
  }

  // --- CloseCase / FollowUp ---

  /** The outcome key ({@link TaskInputRules#OUTCOMES}). */
  public Optional<String> outcome() {
    return text(OUTCOME);
  }

  public Optional<LocalDate> closedOn() {
    return date(CLOSED_ON);
  }

  public Optional<Boolean> stillHousedAfter12Months() {
    return answer(STILL_HOUSED_AFTER_12_MONTHS);
  }

  // --- deadline escalation ---

  /** The task-local overdue mark set by the deadline escalation. */
  public boolean overdue() {
    return flag(OVERDUE);
  }

  /** The input parameter of "Fristüberschreitung melden": the key of the deadline task. */
  public Optional<String> deadlineTask() {
    return text(DEADLINE_TASK);
  }

  // --- self-report (process selbstauskunft, standard 1.5) ---

  public Optional<Integer> reportYear() {
    return wholeNumber(REPORT_YEAR);
  }

  public boolean sharedMailAddress() {
    return flag(SHARED_MAIL_ADDRESS);
  }

  public boolean sharedPhoneNumber() {
    return flag(SHARED_PHONE_NUMBER);
  }

  public boolean openConsultation() {
    return flag(OPEN_CONSULTATION);
  }

  public boolean openConsultationTueThu() {
    return flag(OPEN_CONSULTATION_TUE_THU);
  }

  public boolean phoneConsultationHours() {
    return flag(PHONE_CONSULTATION_HOURS);
  }

  public boolean uniformFlyer() {
    return flag(UNIFORM_FLYER);
  }

  // --- reading ---

  private Optional<LocalDate> date(String name) {
    return dates.toDate(variables.get(name));
  }

  private Optional<String> text(String name) {
    Object value = variables.get(name);
    return value == null ? Optional.empty()
        : Optional.of(value.toString()).filter(s -> !s.isBlank());
  }

  private Optional<Integer> wholeNumber(String name) {
    return variables.get(name) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        ? Optional.of(n.intValue()) : Optional.empty();
  }

  private Optional<Boolean> answer(String name) {
    return variables.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(variables.get(name));
  }

  @Override
  public String toString() {
    // no values: a case file holds personal data
    return "CaseFile" + variables.keySet();
  }
}

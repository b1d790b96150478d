package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rules of SPEC §4 for the case-based standards 1.1–1.4, one fact at a time. Working days as
 * SPEC §2: an act on day b meets "within N working days after a" when
 * {@code workingDaysBetween(a, b) <= N}; the deadline has passed once the N-th working day after a
 * is over ({@code today} is later). "Now" is the engine's clock at the time of the report.
 *
 * <p>Case events (SPEC §4, ADR 0009): an act that was not done and whose deadline had not passed
 * when a case event made it moot – the outreach ended (lawsuit withdrawn, arrears settled,
 * household moved, case transferred), the eviction was called off, the case was closed or handed
 * over – is not counted (neither met, missed nor pending). A deadline already passed by then
 * counts as it stands.
 */
public final class IndicatorRules {

  /** Standard 1.1: the standard letter within 3 working days after the court notice. */
  public static final int COURT_LETTER_DAYS = Standard.COURT_NOTICE_LETTER.workingDays();
  /** Standard 1.2: the first home visit within 10 working days after the letter. */
  public static final int HOME_VISIT_DAYS = Standard.HOME_VISIT.workingDays();
  /** Standard 1.3: the eviction letter within 3 working days after the bailiff notice. */
  public static final int EVICTION_LETTER_DAYS = Standard.BAILIFF_NOTICE_LETTER.workingDays();

  private final WorkingDayCalendar calendar;

  public IndicatorRules(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * 1.1 – every court notice received in the period (a case taken over from another district has
   * none); met when the Fachstelle acted at most 3 working days after {@code receivedOn}: the
   * letter was sent, or a contact was recorded before it; pending while neither and the due day
   * not over.
   */
  public Assessment courtNoticeLetter(CaseFacts facts, Period period, LocalDate today) {
    if (!facts.openedByCourtNotice() || !period.contains(facts.courtReceivedOn())) {
      return Assessment.NOT_COUNTED;
    }
    LocalDate receivedOn = facts.courtReceivedOn();
    LocalDate act = facts.firstActOnCourtNotice().orElse(null);
    if (act == null
        && facts.outreachEndedBy(calendar.addWorkingDays(receivedOn, COURT_LETTER_DAYS))) {
      return Assessment.NOT_COUNTED;
    }
    return withinWorkingDays(receivedOn, COURT_LETTER_DAYS, act, today);
  }

  /**
   * 1.2 – cases whose letter was sent in the period and that had no reaction to it: no contact
   * recorded before the first home visit, or – where no visit took place – before the visit
   * deadline passed. Met when the first visit was made at most 10 working days after the letter.
   * A contact made at a visit is no reaction (the visit was needed). Pending while there was no
   * contact, no visit and the deadline is not over.
   */
  public Assessment homeVisit(CaseFacts facts, Period period, LocalDate today) {
    LocalDate letterSentOn = facts.letterSentOn();
    if (letterSentOn == null || !period.contains(letterSentOn)) {
      return Assessment.NOT_COUNTED;
    }
    Optional<LocalDate> reaction = facts.recordedContactOn();
    Optional<HomeVisit> firstVisit = facts.firstVisit();
    if (firstVisit.isPresent()) {
      LocalDate visitedOn = firstVisit.get().visitedOn();
      if (reaction.isPresent() && reaction.get().isBefore(visitedOn)) {
        return Assessment.NOT_COUNTED;
      }
      return calendar.workingDaysBetween(letterSentOn, visitedOn) <= HOME_VISIT_DAYS
          ? Assessment.MET : Assessment.MISSED;
    }
    LocalDate due = calendar.addWorkingDays(letterSentOn, HOME_VISIT_DAYS);
    if (reaction.isPresent() && !reaction.get().isAfter(due) || facts.outreachEndedBy(due)) {
      return Assessment.NOT_COUNTED;
    }
    return today.isAfter(due) ? Assessment.MISSED : Assessment.PENDING;
  }

  /**
   * 1.3 – every bailiff notice received in the period; met when the eviction letter was sent at
   * most 3 working days after its {@code receivedOn}.
   */
  public Assessment bailiffNoticeLetter(EvictionNoticeFacts notice, Period period, LocalDate today) {
    if (!period.contains(notice.receivedOn())) {
      return Assessment.NOT_COUNTED;
    }
    if (notice.evictionLetterSentOn() == null && notice.endedBy(
        calendar.addWorkingDays(notice.receivedOn(), EVICTION_LETTER_DAYS))) {
      return Assessment.NOT_COUNTED;
    }
    return withinWorkingDays(notice.receivedOn(), EVICTION_LETTER_DAYS,
        notice.evictionLetterSentOn(), today);
  }

  /**
   * 1.4 – evictions with {@code evictionAt} in the period (a postponed one by its new date), not
   * called off, in cases without contact (recorded or at a visit) before the eviction day. Met
   * when {@code evictionAttended}; missed when recorded as not attended, or when the eviction day
   * is over without attendance; pending until then ({@code AttendEviction} is due at the end of the
   * eviction day). Not counted when the case ended (closure, transfer) before the eviction day: a
   * case closed on the day itself – the eviction carried out, nobody there – counts.
   */
  public Assessment evictionAttendance(EvictionNoticeFacts notice, Period period,
      LocalDateTime now) {
    if (!period.contains(notice.evictionAt()) || notice.calledOff()
        || notice.contactBeforeEvictionDay()) {
      return Assessment.NOT_COUNTED;
    }
    Boolean attended = notice.evictionAttended();
    if (attended != null) {
      return attended ? Assessment.MET : Assessment.MISSED;
    }
    LocalDate evictionDay = notice.evictionAt().toLocalDate();
    if (notice.endedBy(evictionDay.minusDays(1))) {
      return Assessment.NOT_COUNTED;
    }
    return now.toLocalDate().isAfter(evictionDay) ? Assessment.MISSED : Assessment.PENDING;
  }

  private Assessment withinWorkingDays(LocalDate start, int days, LocalDate act, LocalDate today) {
    if (act != null) {
      return calendar.workingDaysBetween(start, act) <= days ? Assessment.MET : Assessment.MISSED;
    }
    LocalDate due = calendar.addWorkingDays(start, days);
    return today.isAfter(due) ? Assessment.MISSED : Assessment.PENDING;
  }
}

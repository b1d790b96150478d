package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One household's story in the demo world, drawn once from the seeded random: which notices arrive
 * when, and how the household and the caseworkers will react. Delays are counted from the moment
 * the step becomes possible, so the story fits whatever the real process makes of it.
 *
 * @param district tenant id
 * @param enteredOn the day the first notice is entered (its {@code receivedOn} may be earlier)
 * @param courtNotice the court notice that opens the case; null when a bailiff notice opens it
 * @param outreach how the household reacts to letter and visits
 * @param eviction the bailiff notice, if any (joins the open case or opens a new one)
 * @param closure counselling, closure and follow-up
 * @param casework what happens to the case outside its tasks; {@link Casework#NONE} mostly
 * @param openToday the task (definition key, {@code ProcessKeys.TASK_*}) this case has reached and
 *     the caseworker has not done yet: part of today's work in Tasklist, never done by the demo,
 *     whatever the delays say ({@link DemoScenario}'s morning work); null: every task is done as
 *     drawn
 */
public record CasePlan(String district, LocalDate enteredOn,
    CourtNoticeRequest courtNotice, Outreach outreach, Eviction eviction, Closure closure,
    Casework casework, String openToday) {

  CasePlan(String district, LocalDate enteredOn, CourtNoticeRequest courtNotice, Outreach outreach,
      Eviction eviction, Closure closure, Casework casework) {
    this(district, enteredOn, courtNotice, outreach, eviction, closure, casework, null);
  }

  /** When (if at all) the household gets in touch. */
  public enum Reaction {
    /**
     * calls or comes by before the standard letter went out (the court named the Fachstelle); the
     * letter is not sent any more
     */
    BEFORE_LETTER,
    /** calls, writes or comes by before the appointment */
    EARLY_CONTACT,
    /** keeps the appointment offered in the letter */
    AT_APPOINTMENT,
    /** is met at the first home visit */
    AT_VISIT_1,
    /** is met at the second home visit */
    AT_VISIT_2,
    /** gets in touch only after unsuccessful visits */
    AFTER_VISITS,
    /** never reacts; the case is closed without contact */
    NEVER
  }

  /**
   * @param letterDelay working days from receipt to the standard letter (0: the day it is entered;
   *     more than 3 is late and escalates)
   * @param contactChannel channel of a recorded contact ({@code phone}, {@code email}, …)
   * @param contactDelay calendar days from the letter (early contact) or from the last visit (contact
   *     after the visits) to the contact; working days from the entry of the notice for a contact
   *     before the letter
   * @param visit1Delay working days from the appointment day to the first visit (more than 5 is late)
   * @param visit2Delay working days from the first to the second visit
   */
  public record Outreach(Reaction reaction, int letterDelay, String contactChannel,
      int contactDelay, int visit1Delay, int visit1Staff, boolean secondVisit, int visit2Delay,
      int visit2Staff) {

    /** The same household calling {@code workingDays} after its notice was entered. */
    Outreach beforeLetter(int workingDays) {
      return new Outreach(Reaction.BEFORE_LETTER, letterDelay, contactChannel, workingDays,
          visit1Delay, visit1Staff, secondVisit, visit2Delay, visit2Staff);
    }

    /** The same outreach with another reaction of the household. */
    Outreach withReaction(Reaction changed) {
      return new Outreach(changed, letterDelay, contactChannel, contactDelay, visit1Delay,
          visit1Staff, secondVisit || changed == Reaction.AT_VISIT_2, visit2Delay, visit2Staff);
    }
  }

  /**
   * @param enteredOn the day the bailiff notice is entered
   * @param notice the notice as intake receives it
   * @param evictionAt the eviction date and time
   * @param letterDelay working days from receipt to the eviction letter (more than 3 is late)
   * @param decideDelay working days to decide on attendance
   * @param carriedOut false: the eviction is called off
   */
  public record Eviction(LocalDate enteredOn, BailiffNoticeRequest notice, LocalDateTime evictionAt,
      int letterDelay, int decideDelay, boolean attend, boolean attended, int staff,
      boolean carriedOut) {}

  /**
   * @param counsellingDelay working days from the contact to counselling
   * @param closeDelay working days from counselling (or the last step) to closing the case
   * @param outcome outcome after counselling ({@code housing-retained}, {@code moved-out},
   *     {@code other}); no contact and a carried-out eviction have their own outcomes
   * @param followUpDelay working days from the follow-up becoming due to the check
   */
  public record Closure(int counsellingDelay, boolean rentDebtTakeover, boolean help67,
      boolean landlordAgreement, String notes, int closeDelay, String outcome, int followUpDelay,
      boolean stillHoused) {}

  /**
   * What happens to the case outside its tasks (SPEC §3 step 8), recorded as a case event by the
   * district's caseworker on the day it happens, and the team lead's correction (step 9). At most
   * one event per household.
   *
   * @param event {@code lawsuit-withdrawn} or {@code arrears-settled} while the outreach waits for
   *     the household (after the letter, by the appointment it offers); {@code household-moved},
   *     {@code eviction-called-off}, {@code eviction-postponed} before the eviction day of the
   *     bailiff notice; {@code transferred} to {@code toDistrict}; null: none
   * @param days working days from the letter to a withdrawal or settlement, before the eviction
   *     day for the eviction events and the move (not before the working day after the notice is
   *     entered), from the entry to a transfer
   * @param postponedBy working days by which the bailiff postpones the eviction
   * @param toDistrict the district a transferred case goes to
   * @param letterDateCorrected the district's team lead corrects the date of the standard letter
   *     two working days after it went out: it had left the day before
   */
  public record Casework(CaseEventType event, int days, int postponedBy, String toDistrict,
      boolean letterDateCorrected) {

    public static final Casework NONE = new Casework(null, 0, 0, null, false);

    static Casework event(CaseEventType event, int days) {
      return new Casework(event, days, 0, null, false);
    }
  }

  CasePlan withOutreach(Outreach changed) {
    return new CasePlan(district, enteredOn, courtNotice, changed, eviction, closure, casework,
        openToday);
  }

  CasePlan withCourtNotice(CourtNoticeRequest changed) {
    return new CasePlan(district, enteredOn, changed, outreach, eviction, closure, casework,
        openToday);
  }

  CasePlan withEviction(Eviction changed) {
    return new CasePlan(district, enteredOn, courtNotice, outreach, changed, closure, casework,
        openToday);
  }

  CasePlan withCasework(Casework changed) {
    return new CasePlan(district, enteredOn, courtNotice, outreach, eviction, closure, changed,
        openToday);
  }

  /** Did a bailiff notice open the case (no court notice)? */
  public boolean openedByBailiff() {
    return courtNotice == null;
  }
}

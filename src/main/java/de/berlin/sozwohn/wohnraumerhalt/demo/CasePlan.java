package de.berlin.sozwohn.wohnraumerhalt.demo;

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
 */
public record CasePlan(String district, LocalDate enteredOn,
    CourtNoticeRequest courtNotice, Outreach outreach, Eviction eviction, Closure closure) {

  /** When (if at all) the household gets in touch. */
  public enum Reaction {
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
   *     after the visits) to the contact
   * @param visit1Delay working days from the appointment day to the first visit (more than 5 is late)
   * @param visit2Delay working days from the first to the second visit
   */
  public record Outreach(Reaction reaction, int letterDelay, String contactChannel,
      int contactDelay, int visit1Delay, int visit1Staff, boolean secondVisit, int visit2Delay,
      int visit2Staff) {}

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

  /** Did a bailiff notice open the case (no court notice)? */
  public boolean openedByBailiff() {
    return courtNotice == null;
  }
}

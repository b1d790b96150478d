package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One bailiff notice (Mitteilung über eine Zwangsräumung) and what became of it, recorded from the
 * process history of its case. No personal data (no bailiff reference, no names).
 *
 * @param noticeKey pseudonymous key of the notice
 * @param caseKey the case it joined or opened
 * @param receivedOn receipt of the notice in the Fachstelle
 * @param evictionAt the eviction date and time (Berlin local time)
 * @param evictionLetterSentOn dispatch of the eviction letter; null while not sent
 * @param attendEviction the decision to attend ({@code attendEviction}); null when not decided
 * @param evictionAttended {@code evictionAttended}; null while not recorded
 * @param evictionStaffCount staff at the eviction
 * @param evictionCarriedOut false when the eviction was called off; null while not recorded
 * @param caseFirstContactOn the earliest contact of the case with the household, whenever it was
 * @param calledOffOn the day the eviction was recorded as called off by a case event
 *     ({@code eviction-called-off}, or {@code household-moved}); null when it was not
 * @param caseEndedOn the day the notice's case ended (closed, or handed over to another district);
 *     null while it runs
 */
public record EvictionNoticeFacts(
    String noticeKey,
    String caseKey,
    String district,
    LocalDate receivedOn,
    LocalDateTime evictionAt,
    LocalDate evictionLetterSentOn,
    Boolean attendEviction,
    Boolean evictionAttended,
    Integer evictionStaffCount,
    Boolean evictionCarriedOut,
    LocalDate caseFirstContactOn,
    LocalDate calledOffOn,
    LocalDate caseEndedOn) {

  /** A notice neither called off by a case event nor of an ended case. */
  public EvictionNoticeFacts(String noticeKey, String caseKey, String district,
      LocalDate receivedOn, LocalDateTime evictionAt, LocalDate evictionLetterSentOn,
      Boolean attendEviction, Boolean evictionAttended, Integer evictionStaffCount,
      Boolean evictionCarriedOut, LocalDate caseFirstContactOn) {
    this(noticeKey, caseKey, district, receivedOn, evictionAt, evictionLetterSentOn,
        attendEviction, evictionAttended, evictionStaffCount, evictionCarriedOut,
        caseFirstContactOn, null, null);
  }

  public EvictionNoticeFacts {
    Objects.requireNonNull(noticeKey, "noticeKey");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(evictionAt, "evictionAt");
  }

  /** The household had contact with the Fachstelle before the eviction day (SPEC §4, 1.4). */
  public boolean contactBeforeEvictionDay() {
    return caseFirstContactOn != null && caseFirstContactOn.isBefore(evictionAt.toLocalDate());
  }

  /**
   * Recorded as called off: by the case event, or at the eviction itself
   * ({@code evictionCarriedOut = false}).
   */
  public boolean calledOff() {
    return calledOffOn != null || Boolean.FALSE.equals(evictionCarriedOut);
  }

  /**
   * The notice's work stopped no later than {@code day} without the act being done: the eviction
   * was called off, or the case ended (closure, transfer).
   */
  public boolean endedBy(LocalDate day) {
    return calledOffOn != null && !calledOffOn.isAfter(day)
        || caseEndedOn != null && !caseEndedOn.isAfter(day);
  }
}

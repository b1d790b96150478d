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
    LocalDate caseFirstContactOn) {

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

  /** Recorded as called off ({@code evictionCarriedOut = false}). */
  public boolean calledOff() {
    return Boolean.FALSE.equals(evictionCarriedOut);
  }
}

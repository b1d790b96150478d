package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the indicators need to know about one case, recorded from its process history. No personal
 * data: the key is pseudonymous (the engine's process instance id), there are no names, addresses or
 * court file numbers.
 *
 * @param caseKey pseudonymous key of the case
 * @param district district id (tenant)
 * @param courtReceivedOn receipt of the court notice in the Fachstelle; null for a case opened by
 *     a bailiff notice or by a transfer from another district (no court notice was received here)
 * @param letterSentOn dispatch of the standard letter ({@code letterSentOn}); null while not sent
 * @param appointmentOn the day of the appointment the letter offered
 * @param firstContactOn the earliest contact with the household (recorded or at a visit)
 * @param firstContactSource how that contact came about
 * @param visits the home visits made (0–2)
 * @param closedOn closure of the case; null while open
 * @param outcome {@code housing-retained|eviction-carried-out|moved-out|no-contact|other}
 * @param followUpOn the day the 12-month follow-up was recorded
 * @param stillHoused result of the follow-up ({@code stillHousedAfter12Months})
 * @param outreachEndedOn the day a case event (lawsuit withdrawn, arrears settled, household moved,
 *     case transferred) ended the outreach; null when none did
 */
public record CaseFacts(
    String caseKey,
    String district,
    LocalDate courtReceivedOn,
    LocalDate letterSentOn,
    LocalDate appointmentOn,
    LocalDate firstContactOn,
    ContactSource firstContactSource,
    List<HomeVisit> visits,
    LocalDate closedOn,
    String outcome,
    LocalDate followUpOn,
    Boolean stillHoused,
    LocalDate outreachEndedOn) {

  /** A case whose outreach no case event ended. */
  public CaseFacts(String caseKey, String district, LocalDate courtReceivedOn,
      LocalDate letterSentOn, LocalDate appointmentOn, LocalDate firstContactOn,
      ContactSource firstContactSource, List<HomeVisit> visits, LocalDate closedOn,
      String outcome, LocalDate followUpOn, Boolean stillHoused) {
    this(caseKey, district, courtReceivedOn, letterSentOn, appointmentOn, firstContactOn,
        firstContactSource, visits, closedOn, outcome, followUpOn, stillHoused, null);
  }

  public CaseFacts {
    Objects.requireNonNull(caseKey, "caseKey");
    Objects.requireNonNull(district, "district");
    visits = visits == null ? List.of()
        : visits.stream().sorted(Comparator.comparing(HomeVisit::visitedOn)
            .thenComparing(HomeVisit::number)).toList();
  }

  /** Opened by a court notice (and so subject to standards 1.1 and 1.2). */
  public boolean openedByCourtNotice() {
    return courtReceivedOn != null;
  }

  /** The first home visit made (by date). */
  public Optional<HomeVisit> firstVisit() {
    return visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(0));
  }

  /**
   * The day the Fachstelle first acted on the court notice: the standard letter, or a contact
   * recorded before it (the household called first; the letter is then not sent).
   */
  public Optional<LocalDate> firstActOnCourtNotice() {
    LocalDate contact = firstContactOn;
    if (letterSentOn == null || contact != null && contact.isBefore(letterSentOn)) {
      return Optional.ofNullable(contact);
    }
    return Optional.of(letterSentOn);
  }

  /** The outreach was ended by a case event no later than {@code day}. */
  public boolean outreachEndedBy(LocalDate day) {
    return outreachEndedOn != null && !outreachEndedOn.isAfter(day);
  }

  /** The earliest contact recorded as a reaction of the household (not at a visit). */
  public Optional<LocalDate> recordedContactOn() {
    return firstContactSource == ContactSource.RECORDED ? Optional.ofNullable(firstContactOn)
        : Optional.empty();
  }
}

package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A district's yearly self-report on the six standards of uniform access (standard 1.5 of the
 * Zielvereinbarung): 1) shared mail address, 2) shared phone number, 3) open consultation, 4) open
 * consultation Tue and Thu 9–12, 5) phone consultation Mon–Thu 9–15 and Fri 9–13, 6) uniform flyer.
 */
public record AccessStandards(
    String district,
    int year,
    boolean sharedMailAddress,
    boolean sharedPhoneNumber,
    boolean openConsultation,
    boolean openConsultationTueThu,
    boolean phoneConsultationHours,
    boolean uniformFlyer,
    LocalDate reportedOn) {

  public static final int STANDARDS = 6;

  public AccessStandards {
    Objects.requireNonNull(district, "district");
  }

  public int standardsMet() {
    int met = 0;
    for (boolean standard : new boolean[] {sharedMailAddress, sharedPhoneNumber, openConsultation,
        openConsultationTueThu, phoneConsultationHours, uniformFlyer}) {
      met += standard ? 1 : 0;
    }
    return met;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A court notice as the intake has checked and read it: text trimmed (absent is null), dates
 * parsed once ({@link NoticeValidator#parse(CourtNoticeRequest)}). The case starts from it.
 */
public record CourtNotice(
    String district,
    String court,
    String courtFileNumber,
    LocalDate receivedOn,
    HouseholdData household,
    String landlord,
    BigDecimal arrears,
    LocalDate hearingOn,
    LocalDate servedOn) {

  /** A notice without the (optional) day the lawsuit was served. */
  public CourtNotice(String district, String court, String courtFileNumber, LocalDate receivedOn,
      HouseholdData household, String landlord, BigDecimal arrears, LocalDate hearingOn) {
    this(district, court, courtFileNumber, receivedOn, household, landlord, arrears, hearingOn,
        null);
  }
}

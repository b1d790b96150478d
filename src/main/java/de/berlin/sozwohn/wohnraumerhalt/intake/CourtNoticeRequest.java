package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/notices/court} (SPEC §7). Dates are strings so that a wrong format gets
 * our own field message instead of a parser error.
 */
public record CourtNoticeRequest(
    String district,
    String court,
    String courtFileNumber,
    String receivedOn,
    HouseholdData household,
    String landlord,
    BigDecimal arrears,
    String hearingOn,
    String servedOn) {

  /** A notice without the (optional) day the lawsuit was served. */
  public CourtNoticeRequest(String district, String court, String courtFileNumber,
      String receivedOn, HouseholdData household, String landlord, BigDecimal arrears,
      String hearingOn) {
    this(district, court, courtFileNumber, receivedOn, household, landlord, arrears, hearingOn,
        null);
  }
}

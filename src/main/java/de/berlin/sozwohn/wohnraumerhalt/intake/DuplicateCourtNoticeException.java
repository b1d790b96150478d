package de.berlin.sozwohn.wohnraumerhalt.intake;

/** The court file of a court notice already has a case (HTTP 409); nothing was stored. */
public class DuplicateCourtNoticeException extends RuntimeException {

  private final String existingCaseId;

  /** @param existingCaseId the case of the court file; null only in a race not yet visible */
  public DuplicateCourtNoticeException(String existingCaseId) {
    super("Doppelte Mitteilung, bestehender Fall: " + existingCaseId);
    this.existingCaseId = existingCaseId;
  }

  public String existingCaseId() {
    return existingCaseId;
  }
}

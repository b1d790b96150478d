package de.berlin.sozwohn.wohnraumerhalt.intake;

/**
 * The district already has a bailiff notice with this bailiff reference (HTTP 409); nothing was
 * stored. SPEC §3: the same district + {@code bailiffReference} is a duplicate, as a court notice
 * is.
 */
public class DuplicateBailiffNoticeException extends RuntimeException {

  private final String existingCaseId;

  /** @param existingCaseId the case of the first notice; null only in a race not yet visible */
  public DuplicateBailiffNoticeException(String existingCaseId) {
    super("Doppelte Mitteilung der Gerichtsvollzieherin, bestehender Fall: " + existingCaseId);
    this.existingCaseId = existingCaseId;
  }

  public String existingCaseId() {
    return existingCaseId;
  }
}

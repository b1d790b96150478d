package de.berlin.sozwohn.wohnraumerhalt.intake;

/**
 * The registry names an open case, but its process instance does not accept a bailiff notice
 * (HTTP 409); nothing was stored. Means the registry and the process disagree – worth a look.
 */
public class CaseNotReceivingException extends RuntimeException {

  private final String caseId;

  public CaseNotReceivingException(String caseId, Throwable cause) {
    super("Fall " + caseId + " nimmt keine Mitteilung der Gerichtsvollzieherin an", cause);
    this.caseId = caseId;
  }

  public String caseId() {
    return caseId;
  }
}

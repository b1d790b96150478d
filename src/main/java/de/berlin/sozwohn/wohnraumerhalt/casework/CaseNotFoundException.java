package de.berlin.sozwohn.wohnraumerhalt.casework;

/** No such case – or one of another district, which is answered alike (404). */
public class CaseNotFoundException extends RuntimeException {

  private final String caseId;

  public CaseNotFoundException(String caseId) {
    super("Fall nicht gefunden: " + caseId);
    this.caseId = caseId;
  }

  public String caseId() {
    return caseId;
  }
}

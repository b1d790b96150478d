package de.berlin.sozwohn.wohnraumerhalt.casework;

/**
 * The event or correction does not fit the case as it stands (409): closed, already recorded, an
 * unknown bailiff reference. {@code field} names the field concerned, or null.
 */
public class CaseEventConflictException extends RuntimeException {

  private final String field;

  public CaseEventConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

package de.berlin.sozwohn.wohnraumerhalt.ppbe;

/** The model cannot be evaluated for staffing needs; the German message names the element. */
public class PpbeModelException extends RuntimeException {

  private final String elementId;

  public PpbeModelException(String elementId, String message) {
    super(message);
    this.elementId = elementId;
  }

  /** The element at fault (gateway, flow, task …), or null when it concerns the whole model. */
  public String elementId() {
    return elementId;
  }
}
